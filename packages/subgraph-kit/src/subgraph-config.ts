import { z } from 'zod';
import {
  databaseUrl,
  logLevel,
  metricsAccess,
  metricsAccessFields,
  oidcClaimFields,
  oidcClaims,
  parseConfig,
  port,
  requiredString,
  requiredUrl,
  tokenPolicy,
  tokenPolicyFields,
} from '@lagesbild/config';
import { subgraphUrlFields, subgraphUrls } from '@lagesbild/supergraph';

function schema(prefix: string, defaultPort: number) {
  return z
    .object({
      ...databaseSchema(prefix).shape,
      NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
      HOST: z.string().default('127.0.0.1'),
      PORT: port(defaultPort),
      OIDC_ISSUER: requiredString(
        'is required: the issuer of the tokens to accept (npm start sets it)',
      ),
      OIDC_AUDIENCE: z.string().min(1).default('lagesbild'),
      OIDC_JWKS_URL: requiredUrl("is required: the URL of the issuer's public keys (JWKS)"),
      ...oidcClaimFields,
      ...tokenPolicyFields,
      ...metricsAccessFields,
      LOG_LEVEL: logLevel(),
      ...subgraphUrlFields,
      DEMO_DATA: z
        .enum(['true', 'false'])
        .default('false')
        .transform((value) => value === 'true'),
      /** Keep computed answers per data version (false: compute every answer afresh). */
      ANSWER_CACHE: z
        .enum(['true', 'false'])
        .default('true')
        .transform((value) => value === 'true'),
    })
    .transform((env) => ({
      production: env.NODE_ENV === 'production',
      host: env.HOST,
      port: env.PORT,
      databaseUrl: env.DATABASE_URL,
      auth: {
        issuer: env.OIDC_ISSUER,
        audience: env.OIDC_AUDIENCE,
        jwks: new URL(env.OIDC_JWKS_URL),
        claims: oidcClaims(env),
      },
      tokenPolicy: tokenPolicy(env),
      metrics: metricsAccess(env, env.NODE_ENV === 'production'),
      logLevel: env.LOG_LEVEL,
      demoData: env.DEMO_DATA,
      keepAnswers: env.ANSWER_CACHE,
      /** Where every subgraph answers, for the few reads one subgraph makes of another. */
      subgraphUrls: subgraphUrls(env),
    }));
}

export type SubgraphConfig = z.infer<ReturnType<typeof schema>>;

function databaseSchema(prefix: string) {
  return z.object({
    DATABASE_URL: databaseUrl({ required: `is required (or ${prefix}_DATABASE_URL)` }),
  });
}

/** `<NAME>_DATABASE_URL` wins over `DATABASE_URL`. */
function withOwnDatabaseUrl(prefix: string, env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const own = env[`${prefix}_DATABASE_URL`];
  return own ? { ...env, DATABASE_URL: own } : env;
}

/** Only the database URL, for `npm run migrate`, which needs no identity settings. */
export function loadSubgraphDatabaseUrl(name: string, env: NodeJS.ProcessEnv): string {
  const prefix = name.toUpperCase();
  return parseConfig(databaseSchema(prefix), withOwnDatabaseUrl(prefix, env)).DATABASE_URL;
}

/**
 * The environment every subgraph reads, parsed once at start-up. `<NAME>_DATABASE_URL`
 * (e.g. `DIRECTORY_DATABASE_URL`) overrides `DATABASE_URL`, so each subgraph may have its own database.
 */
export function loadSubgraphConfig(
  name: string,
  defaultPort: number,
  env: NodeJS.ProcessEnv,
): SubgraphConfig {
  const prefix = name.toUpperCase();
  return parseConfig(schema(prefix, defaultPort), withOwnDatabaseUrl(prefix, env));
}
