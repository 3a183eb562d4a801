import { createServer } from 'node:net';

/** A TCP port on loopback that was free a moment ago, for services started in tests. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('No port was assigned.');
  return address.port;
}

/** Distinct free ports for a whole stack: the gateway, the dashboard and every subgraph. */
export async function freeStackPorts(
  subgraphs: readonly string[],
): Promise<{ gateway: number; dashboard: number; subgraphs: Record<string, number> }> {
  const ports = new Set<number>();
  while (ports.size < subgraphs.length + 2) ports.add(await freePort());
  const [gateway = 0, dashboard = 0, ...rest] = [...ports];
  return {
    gateway,
    dashboard,
    subgraphs: Object.fromEntries(subgraphs.map((name, i) => [name, rest[i] ?? 0])),
  };
}
