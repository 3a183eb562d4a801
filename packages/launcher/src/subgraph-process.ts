import path from 'node:path';
import type { SubgraphName } from '@lagesbild/supergraph';
import { freePort } from './free-port';
import { startServiceProcess, waitUntilReady, type LogSink } from './service-process';

const ROOT = path.join(__dirname, '..', '..', '..');

export interface SubgraphProcess {
  /** Its GraphQL endpoint. */
  url: string;
  stop(): Promise<void>;
}

/**
 * One subgraph as its own process, from its built `dist/main.js`, on a free port; resolves once
 * it answers its readiness check. For a test of one subgraph that reads another over HTTP.
 */
export async function startSubgraphProcess(
  name: SubgraphName,
  options: { env: NodeJS.ProcessEnv; log: LogSink },
): Promise<SubgraphProcess> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const service = startServiceProcess(name, [path.join(ROOT, 'apps', name, 'dist', 'main.js')], {
    env: { ...options.env, PORT: String(port), HOST: '127.0.0.1' },
    log: options.log,
  });
  try {
    await waitUntilReady(service, `${base}/readyz`);
  } catch (error) {
    await service.stop();
    throw error;
  }
  return { url: `${base}/graphql`, stop: () => service.stop() };
}
