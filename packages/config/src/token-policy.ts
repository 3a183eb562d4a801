import { z } from 'zod';

/** How long tokens and the list of organisations they name are trusted; the same in every service. */
export const tokenPolicyFields = {
  /** The longest validity an access token may have, from its issue to its expiry. */
  OIDC_MAX_TOKEN_LIFETIME_SECONDS: z.coerce
    .number()
    .int()
    .positive()
    .default(12 * 60 * 60),
  /** How often the list of organisations is fetched anew; a verified token is trusted as long. */
  ORGANISATION_REFRESH_SECONDS: z.coerce.number().int().positive().default(60),
};

type TokenPolicyEnv = z.infer<z.ZodObject<typeof tokenPolicyFields>>;

export function tokenPolicy(env: TokenPolicyEnv) {
  return {
    maxLifetimeSeconds: env.OIDC_MAX_TOKEN_LIFETIME_SECONDS,
    organisationRefreshMs: env.ORGANISATION_REFRESH_SECONDS * 1000,
  };
}
