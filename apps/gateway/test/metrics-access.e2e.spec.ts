import { operationSeries } from '@lagesbild/test-kit';
import { startProductionFixture, type ProductionFixture } from './production-fixture';

const METRICS_TOKEN = 'scrape-token-for-prometheus-0123456789';

let fixture: ProductionFixture;

beforeAll(async () => {
  fixture = await startProductionFixture({ METRICS_TOKEN });
});

afterAll(async () => {
  await fixture?.stop();
});

/** `/metrics` of every service: the gateway and each subgraph. */
function metricsUrls(): string[] {
  return [fixture.stack.gatewayUrl, ...Object.values(fixture.stack.subgraphUrls)].map((url) =>
    url.replace(/graphql$/, 'metrics'),
  );
}

describe('metrics in production', () => {
  it('answers /metrics of every service only to a caller with the metrics token', async () => {
    const user = await fixture.tokenFor('analytiker');
    for (const url of metricsUrls()) {
      expect((await fetch(url)).status).toBe(401);
      // A user's valid access token is no metrics credential.
      expect((await fetch(url, { headers: { authorization: `Bearer ${user}` } })).status).toBe(401);
      const scraped = await fetch(url, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
      expect(scraped.status).toBe(200);
      expect(await scraped.text()).toContain('graphql_operations_in_flight');
    }
  });

  it('keeps /metrics the same size after 100 operations with random names as after one', async () => {
    const token = await fixture.tokenFor('analytiker');
    const scrape = async () =>
      (
        await fetch(metricsUrls()[0]!, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })
      ).text();
    const send = (name: string) =>
      fetch(fixture.stack.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: `query ${name} { council { name } }`, operationName: name }),
      });
    await send('First');
    const once = await scrape();
    for (let i = 0; i < 100; i += 1) {
      await send(`R${Math.random().toString(36).slice(2)}${'x'.repeat(10_000)}`);
    }
    const after = await scrape();
    // The same operation series (the process's own, such as garbage collection kinds, may grow).
    expect(operationSeries(after)).toHaveLength(operationSeries(once).length);
    expect(Math.abs(after.length - once.length)).toBeLessThan(3_000);
  });
});
