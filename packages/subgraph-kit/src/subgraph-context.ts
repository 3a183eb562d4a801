import type { Principal } from '@lagesbild/auth';
import type { Logger } from '@lagesbild/service';

/** What every resolver receives; an app adds its services and loaders under its own names. */
export interface SubgraphContext {
  principal: Principal;
  /** The caller's `Authorization` header, for the rare read one subgraph makes of another. */
  authorization: string;
  requestId: string;
  logger: Logger;
  /** Aborted when the caller (the gateway) hangs up before the answer is sent. */
  signal: AbortSignal;
}
