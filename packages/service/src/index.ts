export { createLogger, type Logger } from './logger';
export { runUntilSignalled } from './run-until-signalled';
export { assignRequestId } from './request-id';
export { listen } from './listen';
export { createServiceApp } from './service-app';
export {
  authenticate,
  DATA_VERSION_PATH,
  graphqlEndpoint,
  GRAPHQL_BODY_LIMIT,
  type AuthenticatedRequest,
} from './graphql-endpoint';
export { apolloHardening, OPERATION_LIMITS } from './hardening';
export { directoryOrganisationCodes } from './directory-organisations';
export { createMetrics, type ServiceMetrics, type PoolStats, type MetricsAccess } from './metrics';
export { gatewayClient } from './gateway-client';
export { loadDemoData } from './demo-data';
export { callerHangUp, RequestCancelledError } from './caller-hang-up';
export { callerVerification, type CallerVerification } from './caller-verifier';
export { freshRead } from './fresh-read';
export { COUNCIL_TIME_ZONE, councilDate, daysBetween, today } from './council-calendar';
