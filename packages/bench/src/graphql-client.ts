import { dataOf, postGraphQLBody, type GraphQLResponse } from '@lagesbild/service';

export interface GraphQLAnswer<Data = unknown> extends GraphQLResponse<Data> {
  /** Milliseconds from sending to the parsed answer. */
  ms: number;
}

/**
 * One GraphQL request with a bearer token, timed; `body` is sent as it is, so that every target
 * receives the same bytes. The answer is parsed whatever its status.
 */
export async function postGraphQL<Data = unknown>(
  url: string,
  token: string,
  body: string,
  timeoutMs = 120_000,
): Promise<GraphQLAnswer<Data>> {
  const started = performance.now();
  const answer = await postGraphQLBody<Data>(url, body, { token, timeoutMs });
  return { ...answer, ms: performance.now() - started };
}

/** Throws with the errors unless the answer is HTTP 200 with data and without GraphQL errors. */
export function expectData<Data>(answer: GraphQLAnswer<Data>, what: string): Data {
  if (answer.status !== 200) throw new Error(`${what}: HTTP ${answer.status}`);
  return dataOf(answer, what);
}
