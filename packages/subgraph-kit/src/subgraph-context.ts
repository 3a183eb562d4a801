import type { Principal } from '@lagesbild/auth';
import type { Logger } from '@lagesbild/service';

/** Who is asking, and about what request: the part of the context that is the same in every subgraph. */
export interface SubgraphContext {
  principal: Principal;
  /** The caller's `Authorization` header, for the rare read one subgraph makes of another. */
  authorization: string;
  requestId: string;
  logger: Logger;
  /** Aborted when the caller (the gateway) hangs up before the answer is sent. */
  signal: AbortSignal;
}

/** Resolves an entity that another subgraph refers to by its key fields. */
export type ReferenceResolver<Context extends SubgraphContext> = (
  reference: Record<string, unknown>,
  context: Context,
) => unknown;

/** What every resolver receives: the caller, the subgraph's services and this request's DataLoaders. */
export interface SubgraphRequestContext<Services, Loaders> extends SubgraphContext {
  services: Services;
  loaders: Loaders;
}
