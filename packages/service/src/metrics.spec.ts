import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import express from 'express';
import { operationSeries } from '@lagesbild/test-kit';
import { createMetrics, type MetricsAccess } from './metrics';

/** A GraphQL server with the metrics plugin and `GET /metrics`, on a real port. */
async function serve(access: MetricsAccess) {
  const metrics = createMetrics('test', access);
  const apollo = new ApolloServer({
    typeDefs: 'type Query { council: String, districts: [String] } type Mutation { touch: Int }',
    resolvers: { Query: { council: () => 'Västerås', districts: () => [] } },
    plugins: [metrics.plugin()],
  });
  await apollo.start();
  const app = express();
  app.get('/metrics', metrics.handler);
  const server: Server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    run: (query: string, operationName?: string) =>
      apollo.executeOperation({ query, operationName }),
    stop: async () => {
      await apollo.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

describe('metrics', () => {
  it('labels operations only with values from the schema, whatever names callers send', async () => {
    const service = await serve({ openWithoutToken: true });
    const callers = async (name: string) => {
      await service.run(`query ${name} { council }`, name);
      // A name that matches no operation, and a document that does not parse.
      await service.run('query A { council }', `missing_${name}`);
      await service.run(`query ${name} {`);
    };
    const scrape = async () => (await fetch(`${service.base}/metrics`)).text();
    try {
      await callers('First');
      const once = await scrape();
      for (let i = 0; i < 100; i += 1) await callers(`N${i}_${'x'.repeat(10_000)}`);
      const after = await scrape();
      // The same series; only counts, sums and process figures have changed.
      expect(operationSeries(after)).toHaveLength(operationSeries(once).length);
      expect(Math.abs(after.length - once.length)).toBeLessThan(3_000);
      expect(after).toMatch(
        /graphql_operations_total\{type="query",field="council",outcome="ok"[^}]*\} 101/,
      );
      expect(after).toMatch(
        /graphql_operations_total\{type="invalid",field="invalid",outcome="error"[^}]*\} 202/,
      );
      expect(after).not.toMatch(/xxxx|N\d+_|missing_|First/);
    } finally {
      await service.stop();
    }
  });

  it('serves /metrics only with the token when one is configured, and not at all in production without', async () => {
    const token = 'a-long-scrape-token-0123456789';
    const guarded = await serve({ token, openWithoutToken: false });
    const closed = await serve({ openWithoutToken: false });
    try {
      expect((await fetch(`${guarded.base}/metrics`)).status).toBe(401);
      const wrong = await fetch(`${guarded.base}/metrics`, {
        headers: { authorization: `Bearer ${token.slice(0, -1)}x` },
      });
      expect(wrong.status).toBe(401);
      const right = await fetch(`${guarded.base}/metrics`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(right.status).toBe(200);
      expect(await right.text()).toContain('graphql_operations_in_flight');
      expect((await fetch(`${closed.base}/metrics`)).status).toBe(404);
    } finally {
      await Promise.all([guarded.stop(), closed.stop()]);
    }
  });
});
