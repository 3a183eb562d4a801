export { startTestDatabase, type TestDatabase } from './test-database';
export { startTestIssuer, type TestIssuer } from './test-issuer';
export { postGraphQL, type GraphQLResponse } from './post-graphql';
export { demoToken } from './demo-token';
export { eventually } from './eventually';
export { operationsInFlight, operationSeries } from './operations-in-flight';
