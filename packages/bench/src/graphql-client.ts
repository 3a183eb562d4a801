export interface GraphQLAnswer<Data = unknown> {
  status: number;
  data?: Data;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  /** Milliseconds from sending to the parsed answer. */
  ms: number;
}

/** One GraphQL request with a bearer token; the answer parsed, whatever its status. */
export async function postGraphQL<Data = unknown>(
  url: string,
  token: string,
  body: string,
  timeoutMs = 120_000,
): Promise<GraphQLAnswer<Data>> {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body,
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await response.text();
  let parsed: { data?: Data; errors?: GraphQLAnswer['errors'] } = {};
  try {
    parsed = JSON.parse(text) as typeof parsed;
  } catch {
    parsed = { errors: [{ message: `Not JSON (HTTP ${response.status}): ${text.slice(0, 200)}` }] };
  }
  return { status: response.status, ...parsed, ms: performance.now() - started };
}

/** Throws with the first error unless the answer is HTTP 200 without GraphQL errors. */
export function expectData<Data>(answer: GraphQLAnswer<Data>, what: string): Data {
  if (answer.status !== 200 || answer.errors?.length || answer.data === undefined) {
    throw new Error(`${what}: HTTP ${answer.status}, ${answer.errors?.[0]?.message ?? 'no data'}`);
  }
  return answer.data;
}
