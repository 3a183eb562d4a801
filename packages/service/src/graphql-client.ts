/** One GraphQL error as a server sends it. */
export interface GraphQLErrorBody {
  message: string;
  path?: (string | number)[];
  extensions?: Record<string, unknown>;
}

/** A GraphQL answer over HTTP: the status and the parsed body, whatever the status. */
export interface GraphQLResponse<Data = Record<string, unknown>> {
  status: number;
  data?: Data | null;
  errors?: GraphQLErrorBody[];
}

export interface GraphQLRequestOptions {
  /** A bearer token, sent as `Authorization: Bearer <token>`. */
  token?: string;
  /** A whole `Authorization` header, passed on as it came (a caller's, forwarded). */
  authorization?: string;
  variables?: Record<string, unknown>;
  signal?: AbortSignal;
  /** Gives up after this long (with `signal`, whichever comes first). */
  timeoutMs?: number;
}

function requestSignal(options: GraphQLRequestOptions): AbortSignal | undefined {
  const signals = [
    options.signal,
    options.timeoutMs === undefined ? undefined : AbortSignal.timeout(options.timeoutMs),
  ].filter((signal) => signal !== undefined);
  return signals.length > 1 ? AbortSignal.any(signals) : signals[0];
}

/**
 * Posts a JSON body that is already a GraphQL request (`{"query": …}`) and parses the answer; an
 * answer that is not JSON becomes one error naming the status and the start of the text.
 */
export async function postGraphQLBody<Data = Record<string, unknown>>(
  url: string | URL,
  body: string,
  options: Omit<GraphQLRequestOptions, 'variables'> = {},
): Promise<GraphQLResponse<Data>> {
  const authorization =
    options.authorization ?? (options.token ? `Bearer ${options.token}` : undefined);
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body,
    signal: requestSignal(options),
  });
  const text = await response.text();
  try {
    const parsed = JSON.parse(text) as Omit<GraphQLResponse<Data>, 'status'>;
    return { status: response.status, data: parsed.data, errors: parsed.errors };
  } catch {
    return {
      status: response.status,
      errors: [{ message: `Not JSON (HTTP ${response.status}): ${text.slice(0, 200)}` }],
    };
  }
}

/** Sends one GraphQL operation over HTTP, as a browser, the gateway or a subgraph would. */
export function postGraphQL<Data = Record<string, unknown>>(
  url: string | URL,
  query: string,
  options: GraphQLRequestOptions = {},
): Promise<GraphQLResponse<Data>> {
  return postGraphQLBody<Data>(
    url,
    JSON.stringify({ query, variables: options.variables }),
    options,
  );
}

/** The data of an answer, or an error naming `what` and the errors (or the status) instead. */
export function dataOf<Data>(response: GraphQLResponse<Data>, what: string): Data {
  if (response.data === undefined || response.data === null || response.errors?.length) {
    const reason = response.errors?.map((e) => e.message).join('; ') || `HTTP ${response.status}`;
    throw new Error(`${what}: ${reason}`);
  }
  return response.data;
}
