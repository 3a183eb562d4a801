import type { AuthenticatedRequest } from '@lagesbild/service';

/** What Apollo's plugins and the subgraph data sources receive for one request: the verified caller. */
export type GatewayContext = AuthenticatedRequest;
