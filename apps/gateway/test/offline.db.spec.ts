import tls from 'node:tls';
import { demoToken, postGraphQL } from '@lagesbild/test-kit';
import { loadGatewayConfig } from '../src/config';
import { startGateway } from '../src/start-gateway';

describe('the gateway on an intranet', () => {
  afterEach(() => jest.useRealTimers());

  it('opens no connection to the outside world, not even when it stops or later', async () => {
    // Timers are fake, so that whatever the gateway schedules (a usage report, a schema poll)
    // can be made due at once after it stops, instead of waiting for it.
    jest.useFakeTimers({
      doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask', 'Date', 'performance', 'hrtime'],
    });
    const connect = jest.spyOn(tls, 'connect');
    try {
      const gateway = await startGateway(loadGatewayConfig({ PORT: '0', LOG_LEVEL: 'silent' }));
      const token = await demoToken(gateway.url, 'admin');
      await postGraphQL(`${gateway.url}/graphql`, '{ indicators { key } }', { token });
      await gateway.stop();
      // An hour of timers, run at once; then let what they started reach the network.
      await jest.advanceTimersByTimeAsync(60 * 60_000);
      for (let turn = 0; turn < 10; turn++) await new Promise((resolve) => setImmediate(resolve));
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
