import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadGatewayConfig } from '../src/config';
import { startGateway, type GatewayServer } from '../src/start-gateway';

export interface LoneGateway {
  gateway: GatewayServer;
  stop(): Promise<void>;
}

/**
 * The gateway in demo mode without any subgraph, for what it decides at its own door. A stand-in
 * answers the directory's one question the gateway asks before it accepts a token: which
 * organisations exist.
 */
export async function startLoneGateway(env: Record<string, string>): Promise<LoneGateway> {
  const directory: Server = createServer((_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ data: { organisations: [{ code: 'KS' }, { code: 'GSN' }] } }));
  });
  await new Promise<void>((resolve) => directory.listen(0, '127.0.0.1', resolve));
  const { port } = directory.address() as AddressInfo;
  const gateway = await startGateway(
    loadGatewayConfig({
      PORT: '0',
      LOG_LEVEL: 'silent',
      DIRECTORY_URL: `http://127.0.0.1:${port}/graphql`,
      ...env,
    }),
  );
  return {
    gateway,
    async stop() {
      await gateway.stop();
      await new Promise<void>((resolve) => directory.close(() => resolve()));
    },
  };
}
