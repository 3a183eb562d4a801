import { STATUS_CODES } from 'node:http';
import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError, OperationTypeNode } from 'graphql';
import { Pool } from 'undici';
import type { GatewayContext } from './gateway-context';

type SubgraphResponse = Awaited<ReturnType<GraphQLDataSource<GatewayContext>['process']>>;

/**
 * The subgraph's host could not be found or reached, the connection was refused or broke off, or
 * the answer took too long.
 */
const UNREACHABLE = new Set([
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'UND_ERR_RES_CONTENT_LENGTH_MISMATCH',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_DESTROYED',
]);

/** The `code` a Node.js or undici error carries, if any. */
function errorCode(error: unknown): unknown {
  return (error as { code?: unknown } | null)?.code;
}

/** A failure to reach a subgraph in time, as opposed to an answer with errors. */
function unreachable(error: unknown): boolean {
  const code = errorCode(error);
  return typeof code === 'string' && UNREACHABLE.has(code);
}

/** The subgraph was reached but did not answer in time. */
function timedOut(error: unknown): boolean {
  const code = errorCode(error);
  return code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT';
}

/** What a subgraph's HTTP status other than 200 means for the caller, as Apollo reports it. */
function statusError(status: number, body: unknown): GraphQLError {
  const code = status === 401 ? 'UNAUTHENTICATED' : status === 403 ? 'FORBIDDEN' : undefined;
  return new GraphQLError(`${status}: ${STATUS_CODES[status] ?? 'Unknown status'}`, {
    extensions: { ...(code ? { code } : {}), response: { status, body } },
  });
}

/** How long the gateway waits for a subgraph's answer, by the kind of operation it serves. */
export interface SubgraphTimeouts {
  query: number;
  mutation: number;
}

/**
 * How the gateway talks to one subgraph: over a pool of kept-alive connections (undici), it
 * passes on the caller's token and the request id (each subgraph verifies the token again), and
 * turns an unreachable or too slow subgraph into a `SERVICE_UNAVAILABLE` error naming it, so
 * the rest of the answer still arrives. When the caller hangs up, or the wait runs out, the
 * connection to the subgraph is closed too, so that the subgraph can stop a write nobody awaits.
 */
export class SubgraphDataSource implements GraphQLDataSource<GatewayContext> {
  private readonly pool: Pool;
  private readonly path: string;

  constructor(
    private readonly serviceName: string,
    url: string,
    private readonly timeouts: SubgraphTimeouts,
  ) {
    const target = new URL(url);
    this.path = `${target.pathname}${target.search}`;
    this.pool = new Pool(target.origin);
  }

  async process(
    options: GraphQLDataSourceProcessOptions<GatewayContext>,
  ): Promise<SubgraphResponse> {
    const { request, context } = options;
    const mutation =
      'incomingRequestContext' in options &&
      options.incomingRequestContext.operation?.operation === OperationTypeNode.MUTATION;
    const timeoutMs = mutation ? this.timeouts.mutation : this.timeouts.query;
    const { query, variables, operationName, extensions } = request;
    if (!query) throw new Error('Missing query');
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    const caller = context as Partial<GatewayContext>;
    if (caller.authorization) headers.authorization = caller.authorization;
    if (caller.requestId) headers['x-request-id'] = caller.requestId;
    try {
      const response = await this.pool.request({
        path: this.path,
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables, operationName, extensions }),
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
        signal: caller.signal,
      });
      const contentType = String(response.headers['content-type'] ?? '');
      const body: unknown = contentType.startsWith('application/json')
        ? await response.body.json()
        : await response.body.text();
      if (response.statusCode !== 200) throw statusError(response.statusCode, body);
      if (typeof body !== 'object' || body === null) {
        throw new Error(`Expected a JSON answer from ${this.serviceName}, got: ${String(body)}`);
      }
      return body as SubgraphResponse;
    } catch (error) {
      if (!unreachable(error)) throw error;
      if (mutation && timedOut(error)) {
        throw new GraphQLError(
          `The ${this.serviceName} service did not answer within ${timeoutMs / 1000} s, so the change was not confirmed. Check whether it was saved before trying again.`,
          { extensions: { code: 'SERVICE_UNAVAILABLE', serviceName: this.serviceName } },
        );
      }
      throw new GraphQLError(
        `The ${this.serviceName} service is unavailable; the rest of the answer is complete. Try again shortly.`,
        { extensions: { code: 'SERVICE_UNAVAILABLE', serviceName: this.serviceName } },
      );
    }
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
