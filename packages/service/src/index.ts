export { createLogger, type Logger } from './logger';
export { runUntilSignalled } from './run-until-signalled';
export { assignRequestId } from './request-id';
export { listen } from './listen';
export { graphqlEndpoint, type AuthenticatedRequest } from './graphql-endpoint';
