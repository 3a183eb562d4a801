import { createServer } from 'node:http';
import { EnvelopArmor } from '@escape.tech/graphql-armor';
import {
  createGatewayRuntime,
  createRemoteJwksSigningKeyProvider,
  extractFromHeader,
  useJWT,
  type GatewayPlugin,
} from '@graphql-hive/gateway';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import { OPERATION_LIMITS } from '@lagesbild/service';

/**
 * Hive Gateway as the product's peer, in a process of its own: it serves the same committed
 * supergraph to the same subgraphs, verifies the caller's bearer token against the same JWKS
 * (issuer, audience, ES256) and forwards the `Authorization` header to the subgraphs, which verify
 * it again — as the product's Apollo gateway does. It applies the same operation limits
 * (graphql-armor), no landing page and no GraphiQL, and does not merge identical concurrent
 * requests (see below). It has no per-user rate limit and no request
 * log line (the product's, at LOG_LEVEL=warn, writes none either).
 *
 * Argument: JSON { port, supergraph (file), subgraphUrls, jwksUrl, issuer, audience }.
 */
export interface HiveGatewayOptions {
  port: number;
  supergraph: string;
  subgraphUrls: Record<string, string>;
  jwksUrl: string;
  issuer: string;
  audience: string;
  /** Hive Router's runtime (its Rust query planner, as a native addon) instead of the JavaScript one. */
  routerRuntime: boolean;
}

async function main() {
  const options = JSON.parse(process.argv[2] ?? '{}') as HiveGatewayOptions;
  const armor = new EnvelopArmor({
    maxDepth: { n: OPERATION_LIMITS.maxDepth },
    maxAliases: { n: OPERATION_LIMITS.maxAliases },
    maxDirectives: { n: OPERATION_LIMITS.maxDirectives },
    maxTokens: { n: OPERATION_LIMITS.maxTokens },
    costLimit: { maxCost: OPERATION_LIMITS.maxCost },
    blockFieldSuggestion: { enabled: true },
  }).protect();
  const gateway = createGatewayRuntime({
    supergraph: options.supergraph,
    transportEntries: Object.fromEntries(
      Object.entries(options.subgraphUrls).map(([name, url]) => [
        name,
        // Hive deduplicates identical in-flight subgraph requests by default (the key includes
        // the Authorization header). Real users carry different tokens; the bench's load carries
        // one per operation, which would let Hive answer eight requests with one fetch. Off.
        { location: url, options: { deduplicateInflightRequests: false } },
      ]),
    ),
    propagateHeaders: {
      fromClientToSubgraphs: ({ request }) => ({
        authorization: request.headers.get('authorization'),
      }),
    },
    ...(options.routerRuntime ? { unifiedGraphHandler } : {}),
    landingPage: false,
    graphiql: false,
    logging: 'warn',
    // Two copies of @graphql-hive/logger make the JWT plugin's type differ from the runtime's.
    plugins: () =>
      [
        useJWT({
          signingKeyProviders: [createRemoteJwksSigningKeyProvider({ jwksUri: options.jwksUrl })],
          tokenLookupLocations: [extractFromHeader({ name: 'authorization', prefix: 'Bearer' })],
          tokenVerification: {
            issuer: options.issuer,
            audience: options.audience,
            algorithms: ['ES256'],
          },
          reject: { missingToken: true, invalidToken: true },
        }),
        ...(armor.plugins as GatewayPlugin[]),
      ] as GatewayPlugin[],
  });
  const server = createServer(gateway);
  await new Promise<void>((resolve) => server.listen(options.port, '127.0.0.1', resolve));
  const stop = () => {
    server.close();
    void Promise.resolve(gateway.dispose()).finally(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
