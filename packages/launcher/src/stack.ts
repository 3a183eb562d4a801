import { createRequire } from 'node:module';
import path from 'node:path';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '@lagesbild/db';
import { SUBGRAPHS } from '@lagesbild/supergraph';
import {
  startServiceProcess,
  waitUntilReady,
  type LogSink,
  type ServiceProcess,
} from './service-process';

/** The repository root, from `packages/launcher/dist` or `packages/launcher/src`. */
const ROOT = path.join(__dirname, '..', '..', '..');

export interface StackOptions {
  ports: { gateway: number; dashboard: number; subgraphs: Record<string, number> };
  /** A PostgreSQL URL (production path); when absent the embedded database is started. */
  databaseUrl?: string;
  /** Where the embedded database persists; absent, it lives in memory. */
  dataDir?: string;
  /** Seed the demo municipality into empty schemas. */
  demoData: boolean;
  /** Start the dashboard's Vite dev server too. */
  dashboard: boolean;
  logLevel: string;
  /** The environment passed on to the services (e.g. OIDC settings in production). */
  env: NodeJS.ProcessEnv;
  log: LogSink;
}

export interface Stack {
  gatewayUrl: string;
  dashboardUrl?: string;
  subgraphUrls: Record<string, string>;
  databaseUrl: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/**
 * Starts the whole product: the embedded database (unless a URL is given), every subgraph,
 * the gateway and optionally the dashboard; resolves once each answers its readiness check.
 */
export async function startStack(options: StackOptions): Promise<Stack> {
  const started: ServiceProcess[] = [];
  let database: EmbeddedDatabase | undefined;
  const stop = async () => {
    for (const service of started.reverse()) await service.stop();
    await database?.stop();
  };

  try {
    if (!options.databaseUrl) {
      database = await startEmbeddedDatabase({ dataDir: options.dataDir, maxConnections: 100 });
    }
    const databaseUrl = options.databaseUrl ?? database?.url ?? '';
    const gatewayBase = `http://127.0.0.1:${options.ports.gateway}`;
    const demoIdentity = !options.env.OIDC_ISSUER;
    const identityEnv = demoIdentity
      ? {
          OIDC_ISSUER: 'urn:lagesbild:demo',
          OIDC_AUDIENCE: 'lagesbild',
          OIDC_JWKS_URL: `${gatewayBase}/auth/jwks.json`,
        }
      : {};

    const subgraphUrls: Record<string, string> = {};
    for (const { name } of SUBGRAPHS) {
      const port = options.ports.subgraphs[name];
      if (port === undefined) throw new Error(`No port given for the ${name} subgraph.`);
      subgraphUrls[name] = `http://127.0.0.1:${port}/graphql`;
    }
    // DIRECTORY_URL, SITUATION_URL, …: the gateway routes to them, and subgraphs read each other.
    const subgraphUrlEnv = Object.fromEntries(
      Object.entries(subgraphUrls).map(([name, url]) => [`${name.toUpperCase()}_URL`, url]),
    );
    await Promise.all(
      SUBGRAPHS.map(async ({ name }) => {
        const port = options.ports.subgraphs[name];
        const service = startServiceProcess(
          name,
          [path.join(ROOT, 'apps', name, 'dist', 'main.js')],
          {
            env: {
              ...options.env,
              ...identityEnv,
              ...subgraphUrlEnv,
              DATABASE_URL: databaseUrl,
              PORT: String(port),
              HOST: '127.0.0.1',
              DEMO_DATA: String(options.demoData),
              LOG_LEVEL: options.logLevel,
            },
            log: options.log,
          },
        );
        started.push(service);
        await waitUntilReady(service, `http://127.0.0.1:${port}/readyz`);
      }),
    );

    const gateway = startServiceProcess('gateway', [path.join(ROOT, 'apps/gateway/dist/main.js')], {
      env: {
        ...options.env,
        PORT: String(options.ports.gateway),
        HOST: '127.0.0.1',
        LOG_LEVEL: options.logLevel,
        ...subgraphUrlEnv,
      },
      log: options.log,
    });
    started.push(gateway);
    await waitUntilReady(gateway, `${gatewayBase}/readyz`);

    let dashboardUrl: string | undefined;
    if (options.dashboard) {
      // npm may install Vite under the dashboard rather than at the root: ask the dashboard.
      const dashboardDir = path.join(ROOT, 'apps', 'dashboard');
      const vitePackage = createRequire(path.join(dashboardDir, 'package.json')).resolve(
        'vite/package.json',
      );
      const vite = path.join(path.dirname(vitePackage), 'bin', 'vite.js');
      // Vite decides its own mode; a NODE_ENV meant for the services (e.g. `test`) must not leak in.
      const { NODE_ENV: _nodeEnv, ...dashboardEnv } = options.env;
      const dashboard = startServiceProcess(
        'dashboard',
        [vite, '--port', String(options.ports.dashboard), '--strictPort', '--host', '127.0.0.1'],
        {
          env: { ...dashboardEnv, GATEWAY_URL: gatewayBase },
          cwd: dashboardDir,
          log: options.log,
        },
      );
      started.push(dashboard);
      dashboardUrl = `http://localhost:${options.ports.dashboard}/`;
      await waitUntilReady(dashboard, `http://127.0.0.1:${options.ports.dashboard}/`);
    }

    return {
      gatewayUrl: `http://localhost:${options.ports.gateway}/graphql`,
      dashboardUrl,
      subgraphUrls,
      databaseUrl,
      embedded: database !== undefined,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
