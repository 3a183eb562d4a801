import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { demoToken, postGraphQL } from '@lagesbild/test-kit';
import { loadGatewayConfig } from '../src/config';
import { startGateway, type GatewayServer } from '../src/start-gateway';

describe('a slow subgraph', () => {
  let slow: Server;
  let gateway: GatewayServer;

  beforeAll(async () => {
    // A situation subgraph that takes ten seconds to answer anything.
    slow = createServer((_req, res) => {
      setTimeout(() => res.end('{"data":{}}'), 10_000).unref();
    });
    await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', resolve));
    const { port } = slow.address() as AddressInfo;
    gateway = await startGateway(
      loadGatewayConfig({
        PORT: '0',
        LOG_LEVEL: 'silent',
        SUBGRAPH_TIMEOUT_MS: '1000',
        SITUATION_URL: `http://127.0.0.1:${port}/graphql`,
      }),
    );
  });

  afterAll(async () => {
    await gateway?.stop();
    slow.closeAllConnections();
    await new Promise<void>((resolve) => slow.close(() => resolve()));
  });

  it('is cut off by the gateway within its timeout, with an error naming the service', async () => {
    console.info(
      '[fault injected] the situation subgraph answers after 10 s; the gateway waits 1 s',
    );
    const token = await demoToken(gateway.url, 'admin');
    const started = Date.now();
    const answer = await postGraphQL(`${gateway.url}/graphql`, '{ indicators { key } }', { token });
    const seconds = (Date.now() - started) / 1000;
    expect(seconds).toBeLessThan(3);
    expect(answer.errors?.[0]?.extensions).toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      serviceName: 'situation',
    });
    expect(answer.errors?.[0]?.message).toMatch(/situation/);
  });
});
