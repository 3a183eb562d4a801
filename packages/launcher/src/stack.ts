import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '@lagesbild/db';
import { SUBGRAPHS } from '@lagesbild/supergraph';
import { freePort } from './free-port';
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
  /** Build the dashboard and serve it too (Vite's preview server, proxying the API). */
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
  /** The running process of a service (`gateway`, a subgraph's name, or `dashboard`). */
  process(name: string): ServiceProcess;
  /** Starts a service again, as it was started, once it has stopped; resolves when it is ready. */
  restart(name: string): Promise<void>;
  /** Stops the embedded database (the services keep running) and starts it again on the same port. */
  stopDatabase(): Promise<void>;
  startDatabase(): Promise<void>;
  stop(): Promise<void>;
}

/** How to start one service, kept so that it can be started again. */
interface ServiceSpec {
  name: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  cwd?: string;
  readyUrl: string;
}

/**
 * Starts the whole product: the embedded database (unless a URL is given), every subgraph,
 * the gateway and optionally the dashboard; resolves once each answers its readiness check.
 */
export async function startStack(options: StackOptions): Promise<Stack> {
  const running = new Map<string, { spec: ServiceSpec; process: ServiceProcess }>();
  let database: EmbeddedDatabase | undefined;
  let databasePort = 0;
  const launch = async (spec: ServiceSpec) => {
    const service = startServiceProcess(spec.name, spec.args, {
      env: spec.env,
      cwd: spec.cwd,
      log: options.log,
    });
    running.set(spec.name, { spec, process: service });
    await waitUntilReady(service, spec.readyUrl);
  };
  let dashboardBuild: string | undefined;
  const stop = async () => {
    for (const { process } of [...running.values()].reverse()) await process.stop();
    await database?.stop();
    database = undefined;
    if (dashboardBuild) rmSync(dashboardBuild, { recursive: true, force: true });
  };
  const startDatabase = async () => {
    if (databasePort === 0) {
      // A port none of the services will ask for: port 0 could hand out one of theirs.
      const taken = new Set([
        options.ports.gateway,
        options.ports.dashboard,
        ...Object.values(options.ports.subgraphs),
      ]);
      do databasePort = await freePort();
      while (taken.has(databasePort));
    }
    database = await startEmbeddedDatabase({
      dataDir: options.dataDir,
      port: databasePort,
      maxConnections: 100,
    });
    databasePort = Number(new URL(database.url).port);
  };

  try {
    if (!options.databaseUrl) await startDatabase();
    const databaseUrl = options.databaseUrl ?? database?.url ?? '';
    const gatewayBase = `http://127.0.0.1:${options.ports.gateway}`;
    const identityEnv = options.env.OIDC_ISSUER
      ? {}
      : {
          OIDC_ISSUER: 'urn:lagesbild:demo',
          OIDC_AUDIENCE: 'lagesbild',
          OIDC_JWKS_URL: `${gatewayBase}/auth/jwks.json`,
        };

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
      SUBGRAPHS.map(({ name }) =>
        launch({
          name,
          args: [path.join(ROOT, 'apps', name, 'dist', 'main.js')],
          env: {
            ...options.env,
            ...identityEnv,
            ...subgraphUrlEnv,
            DATABASE_URL: databaseUrl,
            PORT: String(options.ports.subgraphs[name]),
            HOST: '127.0.0.1',
            DEMO_DATA: String(options.demoData),
            LOG_LEVEL: options.logLevel,
          },
          readyUrl: (subgraphUrls[name] ?? '').replace(/\/graphql$/, '/readyz'),
        }),
      ),
    );

    await launch({
      name: 'gateway',
      args: [path.join(ROOT, 'apps/gateway/dist/main.js')],
      env: {
        ...options.env,
        ...subgraphUrlEnv,
        PORT: String(options.ports.gateway),
        HOST: '127.0.0.1',
        LOG_LEVEL: options.logLevel,
      },
      readyUrl: `${gatewayBase}/readyz`,
    });

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
      // The production bundle, as nginx serves it in docker/: a page loads in about a second,
      // where the dev server's hundreds of unbundled modules take ten.
      dashboardBuild = mkdtempSync(path.join(tmpdir(), 'lagesbild-dashboard-'));
      const build = startServiceProcess(
        'dashboard',
        [vite, 'build', '--outDir', dashboardBuild, '--emptyOutDir', '--logLevel', 'warn'],
        { env: dashboardEnv, cwd: dashboardDir, log: options.log },
      );
      const built = await build.exited;
      if (built !== 0) throw new Error(`Building the dashboard failed (exit code ${built}).`);
      await launch({
        name: 'dashboard',
        args: [
          vite,
          'preview',
          '--outDir',
          dashboardBuild,
          '--port',
          String(options.ports.dashboard),
          '--strictPort',
          '--host',
          '127.0.0.1',
        ],
        env: { ...dashboardEnv, GATEWAY_URL: gatewayBase },
        cwd: dashboardDir,
        readyUrl: `http://127.0.0.1:${options.ports.dashboard}/`,
      });
      dashboardUrl = `http://localhost:${options.ports.dashboard}/`;
    }

    const service = (name: string) => {
      const found = running.get(name);
      if (!found) throw new Error(`No service is called ${name}.`);
      return found;
    };
    return {
      gatewayUrl: `http://localhost:${options.ports.gateway}/graphql`,
      dashboardUrl,
      subgraphUrls,
      databaseUrl,
      embedded: database !== undefined,
      process: (name) => service(name).process,
      async restart(name) {
        const { spec, process } = service(name);
        await process.exited;
        await launch(spec);
      },
      async stopDatabase() {
        await database?.stop();
        database = undefined;
      },
      startDatabase,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
