export { startTestDatabase, type TestDatabase } from './test-database';
export { startTestIssuer, type TestIssuer } from './test-issuer';
// The one GraphQL-over-HTTP client, as tests call it.
export { postGraphQL, type GraphQLResponse } from '@lagesbild/service';
export { demoToken } from './demo-token';
export { eventually } from './eventually';
export { operationsInFlight, operationSeries } from './operations-in-flight';
