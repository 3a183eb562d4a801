import { formatLogLine, startStack, type Stack } from '@lagesbild/launcher';
import { SUBGRAPHS, type SubgraphName } from '@lagesbild/supergraph';
import { findServicePid, pickPort } from './processes';

/** No per-user rate limit under load: one demo user sends every request of a measurement. */
export const UNLIMITED_RATE = '1000000000';

/** The product as `npm start` runs it, on the production path, with what the bench needs of it. */
export interface Product {
  label: string;
  gatewayUrl: string;
  /** The gateway without `/graphql`, for `/auth/…`. */
  gatewayBase: string;
  subgraphUrls: Record<SubgraphName, string>;
  databaseUrl: string;
  embedded: boolean;
  /** The pid of each service process: `gateway` and every subgraph. */
  pids: Record<string, number>;
  /** A demo token for a user, from the gateway's demo issuer (cached). */
  token(user: string): Promise<string>;
  stop(): Promise<void>;
}

export interface ProductOptions {
  label: string;
  /** A PostgreSQL database; absent, the launcher starts the embedded database in this process. */
  databaseUrl?: string;
  demoData: boolean;
  /** The PATH the services run with. */
  path: string | undefined;
  /** Where the services' warnings and errors go. */
  log: (line: string) => void;
  /** More environment for every service (e.g. NODE_OPTIONS for the CPU profiler). */
  extraEnv?: NodeJS.ProcessEnv;
}

async function healthOf(base: string): Promise<string | null> {
  try {
    const response = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(5_000) });
    const body = (await response.json()) as { service?: string };
    return body.service ?? null;
  } catch {
    return null;
  }
}

async function startOnce(options: ProductOptions): Promise<Product> {
  const ports = {
    gateway: await pickPort(),
    dashboard: 0,
    subgraphs: {
      directory: await pickPort(),
      situation: await pickPort(),
      interventions: await pickPort(),
    },
  };
  const recent: string[] = [];
  const stack: Stack = await startStack({
    ports,
    databaseUrl: options.databaseUrl,
    demoData: options.demoData,
    dashboard: false,
    logLevel: 'warn',
    // The production path: built JavaScript, NODE_ENV=production (no introspection, masked errors).
    env: {
      ...options.extraEnv,
      PATH: options.path,
      NODE_ENV: 'production',
      RATE_LIMIT_PER_MINUTE: UNLIMITED_RATE,
    },
    log: (service, line) => {
      const formatted = `[${options.label}] ${formatLogLine(service, line)}`;
      recent.push(formatted);
      if (recent.length > 100) recent.shift();
      options.log(formatted);
    },
  });
  try {
    // Another program may have taken a port between choosing and listening: make sure that each
    // port is answered by our own process for the right service.
    const pids: Record<string, number> = {};
    const services: [string, number][] = [
      ['gateway', ports.gateway],
      ...SUBGRAPHS.map(({ name }): [string, number] => [name, ports.subgraphs[name]]),
    ];
    for (const [name, port] of services) {
      pids[name] = findServicePid(`apps/${name}/dist/main.js`, port);
      const answeredBy = await healthOf(`http://127.0.0.1:${port}`);
      if (answeredBy !== name) {
        throw new Error(`Port ${port} is answered by ${answeredBy ?? 'nothing'}, not ${name}.`);
      }
    }
    const gatewayBase = `http://127.0.0.1:${ports.gateway}`;
    const tokens = new Map<string, string>();
    return {
      label: options.label,
      gatewayUrl: `${gatewayBase}/graphql`,
      gatewayBase,
      subgraphUrls: stack.subgraphUrls as Record<SubgraphName, string>,
      databaseUrl: stack.databaseUrl,
      embedded: stack.embedded,
      pids,
      async token(user) {
        const known = tokens.get(user);
        if (known) return known;
        const response = await fetch(`${gatewayBase}/auth/dev-token`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ user }),
        });
        if (!response.ok) throw new Error(`No demo token for ${user}: HTTP ${response.status}`);
        const { token } = (await response.json()) as { token: string };
        tokens.set(user, token);
        return token;
      },
      stop: () => stack.stop(),
    };
  } catch (error) {
    await stack.stop();
    throw new Error(`${error instanceof Error ? error.message : error}\n${recent.join('\n')}`, {
      cause: error,
    });
  }
}

/** Starts the product, trying again on other ports if another program took one (three tries). */
export async function startProduct(options: ProductOptions): Promise<Product> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      return await startOnce(options);
    } catch (error) {
      lastError = error;
      options.log(`[${options.label}] start failed (try ${attempt} of 3): ${String(error)}`);
    }
  }
  throw lastError;
}
