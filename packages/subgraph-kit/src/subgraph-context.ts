import type { Principal } from '@lagesbild/auth';
import type { Logger } from '@lagesbild/service';

/** What every resolver receives; an app adds its services and loaders under its own names. */
export interface SubgraphContext {
  principal: Principal;
  requestId: string;
  logger: Logger;
}
