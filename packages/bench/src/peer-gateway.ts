import path from 'node:path';
import { SUPERGRAPH_PATH } from '@lagesbild/supergraph';
import type { HiveGatewayOptions } from './hive-gateway';
import { pickPort } from './processes';
import type { Product } from './product';
import { runNodeService, waitForHttp, type RunningService } from './service-runner';

export interface PeerGateway extends RunningService {
  url: string;
}

/** Starts Hive Gateway (hive-gateway.ts) in front of the product's subgraphs. */
export async function startHiveGateway(
  product: Product,
  log: (line: string) => void,
  pathEnv: string | undefined,
): Promise<PeerGateway> {
  const options: HiveGatewayOptions = {
    port: await pickPort(),
    supergraph: SUPERGRAPH_PATH,
    subgraphUrls: product.subgraphUrls,
    jwksUrl: `${product.gatewayBase}/auth/jwks.json`,
    issuer: 'urn:lagesbild:demo',
    audience: 'lagesbild',
  };
  const { service, child } = runNodeService(
    'hive-gateway',
    path.join(__dirname, 'hive-gateway.js'),
    [JSON.stringify(options)],
    { PATH: pathEnv, NODE_ENV: 'production' },
    log,
  );
  try {
    await waitForHttp(`http://127.0.0.1:${options.port}/healthcheck`, child);
  } catch (error) {
    await service.stop();
    throw error;
  }
  return { ...service, url: `http://127.0.0.1:${options.port}/graphql` };
}
