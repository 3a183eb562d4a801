import { RemoteGraphQLDataSource } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from './start-gateway';

type ProcessOptions = Parameters<RemoteGraphQLDataSource<GatewayContext>['process']>[0];

/** A failure to reach a subgraph at all, as opposed to an answer with errors. */
function unreachable(error: unknown): boolean {
  // Duck-typed: fetch's DOMException and TypeError need not share this realm's Error.
  if (typeof error !== 'object' || error === null) return false;
  const { name, message } = error as { name?: unknown; message?: unknown };
  const text = typeof message === 'string' ? message : '';
  return (
    name === 'TimeoutError' ||
    name === 'AbortError' ||
    /fetch failed|ECONNREFUSED|ECONNRESET|socket hang up/.test(text)
  );
}

/**
 * How the gateway talks to one subgraph: it passes on the caller's token and the request id
 * (each subgraph verifies the token again), and turns an unreachable or too slow subgraph into
 * a `SERVICE_UNAVAILABLE` error naming it, so the rest of the answer still arrives.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly serviceName: string,
    config: ConstructorParameters<typeof RemoteGraphQLDataSource<GatewayContext>>[0],
  ) {
    super(config);
  }

  override willSendRequest({
    request,
    context,
  }: Parameters<RemoteGraphQLDataSource<GatewayContext>['willSendRequest'] & {}>[0]) {
    if (context.authorization) request.http?.headers.set('authorization', context.authorization);
    if (context.requestId) request.http?.headers.set('x-request-id', context.requestId);
  }

  override async process(options: ProcessOptions) {
    try {
      return await super.process(options);
    } catch (error) {
      if (!unreachable(error)) throw error;
      throw new GraphQLError(
        `The ${this.serviceName} service is unavailable; the rest of the answer is complete. Try again shortly.`,
        { extensions: { code: 'SERVICE_UNAVAILABLE', serviceName: this.serviceName } },
      );
    }
  }
}
