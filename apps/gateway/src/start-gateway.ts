import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { createDemoIssuer, type OrganisationRegistry, type TokenVerifier } from '@lagesbild/auth';
import helmet from 'helmet';
import {
  callerVerification,
  createServiceApp,
  apolloHardening,
  createLogger,
  createMetrics,
  directoryOrganisationCodes,
  graphqlEndpoint,
  listen,
  loadDemoData,
  type Logger,
} from '@lagesbild/service';
import { SUPERGRAPH_PATH } from '@lagesbild/supergraph';
import { keepApolloGatewayOffline, type GatewayConfig } from './config';
import { authConfigRoutes } from './auth-config';
import { demoAuthRoutes } from './demo-auth';
import type { GatewayContext } from './gateway-context';
import { responseCache } from './response-cache/response-cache';
import { notingUse } from './response-cache/subgraph-usage';
import { subgraphVersions } from './response-cache/subgraph-versions';
import { SubgraphDataSource } from './subgraph-data-source';

export interface GatewayServer {
  /** Base URL, e.g. http://127.0.0.1:4000 */
  url: string;
  logger: Logger;
  stop(): Promise<void>;
}

/**
 * The one entry point of the API: serves the committed supergraph at `POST /graphql`
 * (a verified bearer token required), routes each part of a query to its subgraph,
 * and in demo mode issues tokens for the demo users.
 */
export async function startGateway(config: GatewayConfig): Promise<GatewayServer> {
  const logger = createLogger('gateway', config.logLevel);
  const app = createServiceApp();
  const httpServer = createServer(app);
  // The failed-authentication limit counts per client address, not per proxy.
  app.set('trust proxy', config.trustProxyHops);

  app.use(helmet({ contentSecurityPolicy: config.production ? undefined : false }));
  const verification = (auth: Parameters<typeof callerVerification>[0]['auth']) =>
    callerVerification({
      auth,
      tokenPolicy: config.tokenPolicy,
      organisationCodes: directoryOrganisationCodes(config.subgraphUrls.directory),
      logger,
    });
  app.use('/auth', authConfigRoutes(config.auth));
  let verifier: TokenVerifier;
  let organisations: OrganisationRegistry;
  if (config.auth.mode === 'demo') {
    const issuer = await createDemoIssuer(config.auth.issuer, config.auth.audience);
    ({ verifier, organisations } = verification({ ...config.auth, jwks: issuer.jwks() }));
    app.use('/auth', demoAuthRoutes(issuer, (await loadDemoData()).DEMO_USERS));
  } else {
    ({ verifier, organisations } = verification(config.auth));
  }

  const dataSources: SubgraphDataSource[] = [];
  keepApolloGatewayOffline();
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(SUPERGRAPH_PATH, 'utf8'),
    buildService: ({ name }) => {
      const source = new SubgraphDataSource(
        name,
        config.subgraphUrls[name as keyof GatewayConfig['subgraphUrls']],
        config.subgraphTimeouts,
      );
      dataSources.push(source);
      return notingUse(name, source);
    },
  });

  const hardening = apolloHardening<GatewayContext>(config.production);
  const metrics = createMetrics('gateway', config.metrics);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    ...hardening,
    // runUntilSignalled owns SIGTERM and SIGINT: one orderly stop, not two.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ...(config.production ? [ApolloServerPluginLandingPageDisabled()] : []),
      ...hardening.plugins,
      metrics.plugin<GatewayContext>(),
    ],
  });
  await apollo.start();

  let stopping = false;
  app.get('/metrics', metrics.handler);
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', service: 'gateway' });
  });
  app.get('/readyz', (_req, res) => {
    // Apollo has loaded the committed supergraph by now; while stopping, take no new work.
    if (stopping) res.status(503).json({ status: 'stopping' });
    else res.json({ status: 'ready', supergraph: 'loaded', organisations: organisations.status() });
  });

  const versions = subgraphVersions(config.subgraphUrls, config.subgraphTimeouts.query);
  app.use(
    '/graphql',
    graphqlEndpoint(apollo, {
      logger,
      verifier,
      createContext: (request) => request,
      rateLimitPerMinute: config.rateLimitPerMinute,
      failedAuthenticationsPerMinute: config.failedAuthenticationsPerMinute,
      beforeApollo: config.responseCache.maxBytes
        ? [responseCache({ versions, ...config.responseCache })]
        : [],
    }),
  );

  const port = await listen(httpServer, config.port, config.host);
  const url = `http://${config.host}:${port}`;
  logger.info({ url: `${url}/graphql`, auth: config.auth.mode }, 'gateway ready');
  return {
    url,
    logger,
    stop: async () => {
      stopping = true;
      await apollo.stop();
      await Promise.all([...dataSources.map((source) => source.close()), versions.close()]);
    },
  };
}
