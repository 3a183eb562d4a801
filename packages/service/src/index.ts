export { createLogger, type Logger } from './logger';
export { runUntilSignalled } from './run-until-signalled';
export { assignRequestId } from './request-id';
export { listen } from './listen';
export { graphqlEndpoint, GRAPHQL_BODY_LIMIT, type AuthenticatedRequest } from './graphql-endpoint';
export { apolloHardening, OPERATION_LIMITS } from './hardening';
export { directoryOrganisationCodes } from './directory-organisations';
export { createMetrics, type ServiceMetrics, type PoolStats } from './metrics';
export { gatewayClient } from './gateway-client';
