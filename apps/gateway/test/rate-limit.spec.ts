import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { demoToken, postGraphQL } from '@lagesbild/test-kit';
import { loadGatewayConfig } from '../src/config';
import { startGateway, type GatewayServer } from '../src/start-gateway';

describe('per-user rate limit at the gateway', () => {
  let gateway: GatewayServer;
  let directory: Server;

  beforeAll(async () => {
    // Stands in for the directory's answer to "which organisations exist", which the gateway
    // asks before it accepts a token naming one.
    directory = createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ data: { organisations: [{ code: 'KS' }, { code: 'GSN' }] } }));
    });
    await new Promise<void>((resolve) => directory.listen(0, '127.0.0.1', resolve));
    const { port } = directory.address() as AddressInfo;
    gateway = await startGateway(
      loadGatewayConfig({
        PORT: '0',
        RATE_LIMIT_PER_MINUTE: '5',
        LOG_LEVEL: 'silent',
        DIRECTORY_URL: `http://127.0.0.1:${port}/graphql`,
      }),
    );
  });

  afterAll(async () => {
    await gateway?.stop();
    await new Promise<void>((resolve) => directory.close(() => resolve()));
  });

  const tokenFor = async (user: string) => {
    return demoToken(gateway.url, user);
  };

  it('answers 429 to a user past the limit, while others go on', async () => {
    // No subgraph runs here: requests within the limit reach Apollo and fail there, not at the door.
    const busy = await tokenFor('analytiker');
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      statuses.push(
        (await postGraphQL(`${gateway.url}/graphql`, '{ __typename }', { token: busy })).status,
      );
    }
    expect(statuses.slice(0, 5).every((s) => s !== 429)).toBe(true);
    expect(statuses.slice(5)).toEqual([429, 429]);
    const limited = await postGraphQL(`${gateway.url}/graphql`, '{ __typename }', { token: busy });
    expect(limited.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    const other = await postGraphQL(`${gateway.url}/graphql`, '{ __typename }', {
      token: await tokenFor('gsn.sekreterare'),
    });
    expect(other.status).toBe(200);
  });
});
