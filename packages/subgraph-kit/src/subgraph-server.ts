import { createServer } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import type { OrganisationRegistry, TokenVerifier } from '@lagesbild/auth';
import { databaseStatus } from '@lagesbild/db';
import { formatError } from './format-error';
import {
  createServiceApp,
  DATA_VERSION_PATH,
  apolloHardening,
  createMetrics,
  graphqlEndpoint,
  listen,
  type Logger,
  type MetricsAccess,
  type PoolStats,
} from '@lagesbild/service';
import type { SubgraphContext } from './subgraph-context';
import { dataVersionRoute } from './data-version-route';

export interface SubgraphServerOptions<Context extends SubgraphContext> {
  name: string;
  schema: GraphQLSchema;
  dataSource: DataSource;
  verifier: TokenVerifier;
  /** The verifier's list of organisations, reported on `/readyz`. */
  organisations?: OrganisationRegistry;
  metricsAccess: MetricsAccess;
  logger: Logger;
  host: string;
  /** 0 picks a free port. */
  port: number;
  production: boolean;
  /** Adds the app's services and per-request loaders to the verified base context. */
  createContext: (base: SubgraphContext) => Context;
}

export interface SubgraphServer {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4001/graphql */
  url: string;
  /** Stops taking requests, lets in-flight ones finish, then closes the database pool. */
  stop(): Promise<void>;
}

/**
 * Serves a subgraph: `POST /graphql` (every request needs a verified bearer token),
 * `GET /healthz` (the process is alive), `GET /readyz` (database reachable, migrations applied)
 * and `GET /data-version` (the version of the data it answers from).
 */
export async function startSubgraphServer<Context extends SubgraphContext>(
  options: SubgraphServerOptions<Context>,
): Promise<SubgraphServer> {
  const { logger } = options;
  const app = createServiceApp();
  const httpServer = createServer(app);

  const metrics = createMetrics(options.name, options.metricsAccess);
  // pg's Pool behind TypeORM's postgres driver.
  metrics.observePool(
    () => (options.dataSource.driver as unknown as { master?: PoolStats }).master,
  );
  let stopping = false;
  app.get('/metrics', metrics.handler);
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', service: options.name });
  });
  app.get(DATA_VERSION_PATH, ...dataVersionRoute(options.dataSource, options.verifier));
  app.get('/readyz', async (_req, res) => {
    if (stopping) {
      res.status(503).json({ status: 'stopping' });
      return;
    }
    const database = await databaseStatus(options.dataSource);
    const ready = database.reachable && database.migrationsApplied;
    res.status(ready ? 200 : 503).json({
      status: ready ? 'ready' : 'unavailable',
      database,
      // A kept list still serves: only the directory's own answers are missing meanwhile.
      organisations: options.organisations?.status(),
    });
  });

  const hardening = apolloHardening<Context>(options.production);
  const apollo = new ApolloServer<Context>({
    schema: options.schema,
    ...hardening,
    // runUntilSignalled owns SIGTERM and SIGINT: one orderly stop, not two.
    stopOnTerminationSignals: false,
    formatError: (formatted, error) =>
      formatError(formatted, error, (cause) => logger.error({ err: cause }, 'unexpected error')),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginInlineTraceDisabled(),
      ...(options.production ? [ApolloServerPluginLandingPageDisabled()] : []),
      ...hardening.plugins,
      metrics.plugin<Context>(),
    ],
  });
  await apollo.start();

  app.use(
    '/graphql',
    graphqlEndpoint(apollo, {
      logger,
      verifier: options.verifier,
      createContext: options.createContext,
    }),
  );

  const port = await listen(httpServer, options.port, options.host);
  const url = `http://${options.host}:${port}/graphql`;
  logger.info({ url }, `${options.name} subgraph ready`);

  return {
    url,
    async stop() {
      stopping = true;
      await apollo.stop();
      await options.dataSource.destroy();
    },
  };
}
