import { demoToken, postGraphQL } from '@lagesbild/test-kit';
import type { GatewayServer } from '../src/start-gateway';
import { startLoneGateway, type LoneGateway } from './lone-gateway';

describe('per-user rate limit at the gateway', () => {
  let lone: LoneGateway;
  let gateway: GatewayServer;

  beforeAll(async () => {
    lone = await startLoneGateway({ RATE_LIMIT_PER_MINUTE: '5' });
    gateway = lone.gateway;
  });

  afterAll(() => lone?.stop());

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
