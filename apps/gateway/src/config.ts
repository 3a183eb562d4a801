import { z } from 'zod';
import {
  logLevel,
  metricsAccess,
  metricsAccessFields,
  oidcClaimFields,
  oidcClaims,
  parseConfig,
  port,
  tokenPolicy,
  tokenPolicyFields,
} from '@lagesbild/config';
import { subgraphUrlFields, subgraphUrls } from '@lagesbild/supergraph';

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().default('127.0.0.1'),
    PORT: port(4000),
    /** Set in production: the OpenID Connect issuer whose tokens are accepted. Unset: demo mode. */
    OIDC_ISSUER: z.string().min(1).optional(),
    OIDC_AUDIENCE: z.string().min(1).default('lagesbild'),
    OIDC_JWKS_URL: z.url().optional(),
    /** The dashboard's client at the issuer, and what it asks for, told to the dashboard at start. */
    OIDC_CLIENT_ID: z.string().min(1).default('lagesbild-dashboard'),
    OIDC_SCOPES: z.string().trim().min(1).default('openid profile'),
    ...oidcClaimFields,
    ...tokenPolicyFields,
    ...metricsAccessFields,
    /** Requests per minute one user may make; beyond it the gateway answers 429. */
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(600),
    /** Failed authentications per client address and minute; beyond them the address gets 429. */
    AUTH_FAILURES_PER_MINUTE: z.coerce.number().int().positive().default(30),
    /**
     * How many proxies in front of the gateway to believe about the client's address
     * (`X-Forwarded-For`): 1 behind the dashboard's nginx, 0 when callers reach it directly.
     */
    TRUST_PROXY_HOPS: z.coerce.number().int().min(0).default(0),
    /** Longest wait for a subgraph's answer to a query. */
    SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
    /** Longest wait for a subgraph's answer to a mutation: an import of a large file takes a while. */
    SUBGRAPH_MUTATION_TIMEOUT_MS: z.coerce.number().int().positive().default(120_000),
    LOG_LEVEL: logLevel(),
    /** Megabytes of whole answers the gateway keeps per data version (0: none). */
    RESPONSE_CACHE_MB: z.coerce.number().int().nonnegative().default(64),
    ...subgraphUrlFields,
  })
  .superRefine((env, ctx) => {
    if (env.OIDC_ISSUER && !env.OIDC_JWKS_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['OIDC_JWKS_URL'],
        message: 'is required with OIDC_ISSUER',
      });
    }
  })
  .transform((env) => ({
    production: env.NODE_ENV === 'production',
    host: env.HOST,
    port: env.PORT,
    auth:
      env.OIDC_ISSUER && env.OIDC_JWKS_URL
        ? {
            mode: 'oidc' as const,
            issuer: env.OIDC_ISSUER,
            audience: env.OIDC_AUDIENCE,
            jwks: new URL(env.OIDC_JWKS_URL),
            claims: oidcClaims(env),
            client: { id: env.OIDC_CLIENT_ID, scopes: env.OIDC_SCOPES },
          }
        : { mode: 'demo' as const, issuer: DEMO_ISSUER, audience: env.OIDC_AUDIENCE },
    tokenPolicy: tokenPolicy(env),
    metrics: metricsAccess(env, env.NODE_ENV === 'production'),
    subgraphUrls: subgraphUrls(env),
    subgraphTimeouts: {
      query: env.SUBGRAPH_TIMEOUT_MS,
      mutation: env.SUBGRAPH_MUTATION_TIMEOUT_MS,
    },
    rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE,
    failedAuthenticationsPerMinute: env.AUTH_FAILURES_PER_MINUTE,
    trustProxyHops: env.TRUST_PROXY_HOPS,
    responseCache: { maxBytes: env.RESPONSE_CACHE_MB * 1024 * 1024 },
    logLevel: env.LOG_LEVEL,
  }));

/** The issuer name of the tokens the gateway signs itself in demo mode. */
export const DEMO_ISSUER = 'urn:lagesbild:demo';

export type GatewayConfig = z.infer<typeof schema>;

/** The gateway's configuration, read once from the environment. */
export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  return parseConfig(schema, env);
}

/**
 * @apollo/gateway sends anonymous usage metrics to Apollo's servers, after probing the cloud
 * providers' metadata addresses, unless this switch is set in the environment (the only place it
 * reads it from). A council's intranet gateway sends nothing out.
 */
export function keepApolloGatewayOffline(): void {
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
}
