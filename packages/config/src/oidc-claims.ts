import { z } from 'zod';

/** Where an OpenID Connect provider puts the user, name, roles and organisation in its tokens. */
export const oidcClaimFields = {
  OIDC_USERNAME_CLAIM: z.string().min(1).default('sub'),
  OIDC_NAME_CLAIM: z.string().min(1).default('name'),
  OIDC_ROLES_CLAIM: z.string().min(1).default('roles'),
  OIDC_ORGANISATION_CLAIM: z.string().min(1).default('org'),
};

type OidcClaimEnv = z.infer<z.ZodObject<typeof oidcClaimFields>>;

export function oidcClaims(env: OidcClaimEnv) {
  return {
    username: env.OIDC_USERNAME_CLAIM,
    name: env.OIDC_NAME_CLAIM,
    roles: env.OIDC_ROLES_CLAIM,
    organisation: env.OIDC_ORGANISATION_CLAIM,
  };
}
