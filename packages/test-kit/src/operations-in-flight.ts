/**
 * The GraphQL operations a service has received and not yet answered, read from the Prometheus
 * metrics beside its GraphQL endpoint (`…/graphql` → `…/metrics`).
 */
export async function operationsInFlight(graphqlUrl: string): Promise<number> {
  const text = await (await fetch(graphqlUrl.replace(/graphql$/, 'metrics'))).text();
  const line = /^graphql_operations_in_flight\{[^}]*\} (\d+)$/m.exec(text);
  if (!line) throw new Error(`${graphqlUrl} reports no graphql_operations_in_flight`);
  return Number(line[1]);
}

/** The lines of the GraphQL operation metrics in a Prometheus scrape. */
export function operationSeries(scrape: string): string[] {
  return scrape.split('\n').filter((line) => line.startsWith('graphql_'));
}
