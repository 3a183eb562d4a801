import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Starts listening and answers the port actually bound (useful with port 0). */
export async function listen(server: Server, port: number, host: string): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return (server.address() as AddressInfo).port;
}
