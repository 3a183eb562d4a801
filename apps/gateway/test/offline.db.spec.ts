import tls from 'node:tls';
import { demoToken, postGraphQL } from '@lagesbild/test-kit';
import { loadGatewayConfig } from '../src/config';
import { startGateway } from '../src/start-gateway';

describe('the gateway on an intranet', () => {
  it('opens no connection to the outside world, not even when it stops', async () => {
    const connect = jest.spyOn(tls, 'connect');
    try {
      const gateway = await startGateway(loadGatewayConfig({ PORT: '0', LOG_LEVEL: 'silent' }));
      const token = await demoToken(gateway.url, 'admin');
      await postGraphQL(`${gateway.url}/graphql`, '{ indicators { key } }', { token });
      await gateway.stop();
      await new Promise((resolve) => setTimeout(resolve, 500));
      // @apollo/gateway would report to usage-reporting.api.apollographql.com over TLS.
      const hosts = connect.mock.calls.map(
        (args) => (args as unknown[] as [{ host?: string }])[0].host,
      );
      expect(hosts).toEqual([]);
    } finally {
      connect.mockRestore();
    }
  });
});
