import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from './gateway-context';
import { SubgraphDataSource } from './subgraph-data-source';

type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void;

/** A stand-in subgraph whose behaviour each test sets. */
async function fakeSubgraph(handler: Handler): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => handler(req, res, body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, server };
}

const context = {
  authorization: 'Bearer abc.def.ghi',
  requestId: 'request-1',
  signal: new AbortController().signal,
} as GatewayContext;

/** Sends the subgraph's part of a query, or of a mutation when the caller's operation is one. */
function ask(
  source: SubgraphDataSource,
  caller: { operation?: 'query' | 'mutation'; signal?: AbortSignal } = {},
) {
  const operation = caller.operation ?? 'query';
  return source.process({
    kind: 'incoming operation',
    request: {
      query: operation === 'query' ? '{ indicators { key } }' : 'mutation { importObservations }',
      variables: { x: 1 },
    },
    incomingRequestContext: { operation: { operation } },
    context: { ...context, signal: caller.signal ?? context.signal },
  } as unknown as GraphQLDataSourceProcessOptions<GatewayContext>);
}

async function failure(
  source: SubgraphDataSource,
  caller: Parameters<typeof ask>[1] = {},
): Promise<GraphQLError> {
  const error = await ask(source, caller).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof GraphQLError)) throw new Error(`Expected a GraphQLError: ${error}`);
  return error;
}

describe('SubgraphDataSource', () => {
  const servers: Server[] = [];
  const sources: SubgraphDataSource[] = [];
  const start = async (handler: Handler, timeouts = { query: 5_000, mutation: 5_000 }) => {
    const { url, server } = await fakeSubgraph(handler);
    servers.push(server);
    const source = new SubgraphDataSource('situation', url, timeouts);
    sources.push(source);
    return source;
  };

  afterAll(async () => {
    await Promise.all(sources.map((source) => source.close()));
    for (const server of servers) server.closeAllConnections();
    await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  });

  it("passes on the operation, the caller's token and the request id, and returns the answer", async () => {
    let seen: { headers: IncomingMessage['headers']; body: unknown } | undefined;
    const source = await start((req, res, body) => {
      seen = { headers: req.headers, body: JSON.parse(body) };
      res.setHeader('content-type', 'application/json; charset=utf-8');
      res.end(JSON.stringify({ data: { indicators: [{ key: 'population' }] } }));
    });
    await expect(ask(source)).resolves.toEqual({ data: { indicators: [{ key: 'population' }] } });
    expect(seen?.headers).toMatchObject({
      authorization: 'Bearer abc.def.ghi',
      'x-request-id': 'request-1',
      'content-type': 'application/json',
    });
    expect(seen?.body).toEqual({ query: '{ indicators { key } }', variables: { x: 1 } });
  });

  it('reports a refusal by the subgraph with its status and code', async () => {
    const source = await start((_req, res) => {
      res.statusCode = 403;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ errors: [{ message: 'no' }] }));
    });
    const error = await failure(source);
    expect(error.message).toBe('403: Forbidden');
    expect(error.extensions).toMatchObject({
      code: 'FORBIDDEN',
      response: { status: 403, body: { errors: [{ message: 'no' }] } },
    });
  });

  it('names the service when the subgraph breaks off in the middle of its answer', async () => {
    const source = await start((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
      res.write('{"data":{"indic');
      setTimeout(() => res.destroy(), 20);
    });
    const error = await failure(source);
    expect(error.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', serviceName: 'situation' });
  });

  it('names the service when nothing listens at its address', async () => {
    const { url, server } = await fakeSubgraph(() => undefined);
    await new Promise((resolve) => server.close(resolve));
    const source = new SubgraphDataSource('situation', url, { query: 5_000, mutation: 5_000 });
    sources.push(source);
    const error = await failure(source);
    expect(error.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', serviceName: 'situation' });
  });

  it('names the service when its answer takes longer than the timeout', async () => {
    const source = await start(
      (_req, res) => {
        setTimeout(() => res.end('{"data":{}}'), 5_000).unref();
      },
      { query: 200, mutation: 5_000 },
    );
    const started = Date.now();
    const error = await failure(source);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(error.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', serviceName: 'situation' });
  });

  it('waits longer for a mutation, and says that a change it gave up on was not confirmed', async () => {
    // undici checks these timeouts about once a second, so they are whole seconds here.
    let closedUnanswered = 0;
    const answerAfter = (ms: number) =>
      start(
        (_req, res) => {
          res.once('close', () => (closedUnanswered += res.writableFinished ? 0 : 1));
          setTimeout(() => {
            res.setHeader('content-type', 'application/json');
            res.end('{"data":{"importObservations":true}}');
          }, ms).unref();
        },
        { query: 1_000, mutation: 4_000 },
      );
    const [slow, tooSlow] = await Promise.all([answerAfter(2_500), answerAfter(9_000)]);
    const [query, mutation, abandoned] = await Promise.all([
      failure(slow),
      ask(slow, { operation: 'mutation' }),
      failure(tooSlow, { operation: 'mutation' }),
    ]);
    expect(query.message).toMatch(/situation service is unavailable/);
    expect(mutation).toEqual({ data: { importObservations: true } });
    expect(abandoned.message).toMatch(/situation service did not answer within 4 s/);
    expect(abandoned.message).toMatch(/not confirmed/);
    expect(abandoned.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', serviceName: 'situation' });
    // The query and the mutation given up on: their connections closed, so the subgraph knows.
    for (let waited = 0; closedUnanswered < 2 && waited < 2_000; waited += 10) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(closedUnanswered).toBe(2);
  });

  it('closes the connection to the subgraph when the caller hangs up', async () => {
    let received!: () => void;
    const arrived = new Promise<void>((resolve) => (received = resolve));
    let closedUnanswered!: (value: boolean) => void;
    const closed = new Promise<boolean>((resolve) => (closedUnanswered = resolve));
    const source = await start((_req, res) => {
      res.once('close', () => closedUnanswered(!res.writableFinished));
      received();
    });
    const hangUp = new AbortController();
    const asked = ask(source, { operation: 'mutation', signal: hangUp.signal }).catch(
      (error: unknown) => error,
    );
    await arrived;
    hangUp.abort(new Error('the caller hung up'));
    expect(await closed).toBe(true);
    expect(await asked).toBeInstanceOf(Error);
  });
});
