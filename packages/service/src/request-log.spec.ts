import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { ApolloServer } from '@apollo/server';
import type { Principal } from '@lagesbild/auth';
import { createLogger } from './logger';
import { createServiceApp } from './service-app';
import { graphqlEndpoint } from './graphql-endpoint';

const principal: Principal = { username: 'u', name: 'U', roles: [], organisation: null };

describe('request log', () => {
  const lines: string[] = [];
  let server: Server;
  let apollo: ApolloServer;
  let url: string;

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const logger = createLogger('test', 'info', sink);
    apollo = new ApolloServer({
      typeDefs: 'type Query { search(text: String): String }',
      resolvers: { Query: { search: () => 'found' } },
    });
    await apollo.start();
    const app = createServiceApp();
    app.use(
      '/graphql',
      graphqlEndpoint(apollo, {
        logger,
        verifier: { verify: async () => principal },
        createContext: (request) => request,
      }),
    );
    server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });

  afterAll(async () => {
    await apollo.stop();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('keeps bodies, variables and forwarded credentials out of the log', async () => {
    const malformed = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: 'Bearer SECRET-TOKEN',
        'x-forwarded-authorization': 'Bearer SECRET-FORWARDED',
      },
      body: `{"query": "SECRET-BODY ${'y'.repeat(5_000)}`,
    });
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toEqual({
      errors: [
        {
          message: 'The request body is not valid JSON.',
          extensions: { code: 'BAD_REQUEST' },
        },
      ],
    });
    const query = encodeURIComponent('query Q($t: String) { search(text: $t) }');
    const variables = encodeURIComponent('{"t":"SECRET-VARIABLE"}');
    const get = await fetch(`${url}?query=${query}&variables=${variables}`, {
      headers: { authorization: 'Bearer SECRET-TOKEN', 'apollo-require-preflight': 'true' },
    });
    expect(await get.json()).toEqual({ data: { search: 'found' } });

    const log = lines.join('');
    expect(log).toContain('request refused before GraphQL');
    expect(log).toContain('"url":"/graphql?[redacted]"');
    expect(log).not.toMatch(/SECRET|yyyy/);
  });
});
