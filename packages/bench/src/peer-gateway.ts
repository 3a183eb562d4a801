import path from 'node:path';
import { SUPERGRAPH_PATH } from '@lagesbild/supergraph';
import type { HiveGatewayOptions } from './hive-gateway';
import { pickPort } from './processes';
import type { Product } from './product';
import type { PeerTarget } from './results';
import { runNodeService, waitForHttp, type RunningService } from './service-runner';

export interface PeerGateway extends RunningService {
  target: PeerTarget;
  label: string;
  url: string;
}

/** The two peers: Hive Gateway as it comes, and with Hive Router's runtime (Rust query planner). */
export const PEERS: { target: PeerTarget; label: string; routerRuntime: boolean }[] = [
  { target: 'hive', label: '@graphql-hive/gateway', routerRuntime: false },
  { target: 'hive-router', label: '@graphql-hive/gateway + router runtime', routerRuntime: true },
];

/** Starts one peer, Hive Gateway (hive-gateway.ts), in front of the product's subgraphs. */
export async function startHiveGateway(
  peer: (typeof PEERS)[number],
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
    routerRuntime: peer.routerRuntime,
  };
  const { service, child } = runNodeService(
    peer.target,
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
  return {
    ...service,
    target: peer.target,
    label: peer.label,
    url: `http://127.0.0.1:${options.port}/graphql`,
  };
}
