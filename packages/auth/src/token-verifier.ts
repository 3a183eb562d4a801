import {
  createLocalJWKSet,
  createRemoteJWKSet,
  errors,
  jwtVerify,
  type JSONWebKeySet,
  type JWTPayload,
} from 'jose';
import { LRUCache } from 'lru-cache';
import { AuthenticationError } from './authentication-error';
import { ACCESS_ROLES, type AccessRole, type Principal } from './principal';

/** Where in the token the user's name, roles and organisation are (dotted paths allowed). */
export interface ClaimNames {
  username: string;
  name: string;
  roles: string;
  organisation: string;
}

export const DEFAULT_CLAIMS: ClaimNames = {
  username: 'sub',
  name: 'name',
  roles: 'roles',
  organisation: 'org',
};

export interface TokenVerifierOptions {
  issuer: string;
  audience: string;
  /** Where the issuer publishes its keys, or (for the gateway's own demo issuer) the keys themselves. */
  jwks: URL | JSONWebKeySet;
  claims?: ClaimNames;
  /**
   * Whether an organisation code is one the council knows; a token naming any other is refused.
   * Gets the token, for a service that must ask the directory on the caller's behalf.
   */
  isKnownOrganisation?: (code: string, token: string) => Promise<boolean>;
  /** The least time between two fetches of the JWKS when a token names an unknown key. */
  jwksCooldownMs?: number;
  /**
   * How long a verified token is taken on trust before it is verified again (never beyond its
   * expiry): as long as the list of organisations is trusted (organisation-registry.ts).
   */
  verifiedTokenTtlMs?: number;
  /** The longest validity a token may have, from its issue (or now) to its expiry (default 12 h). */
  maxLifetimeSeconds?: number;
}

export interface TokenVerifier {
  verify(token: string): Promise<Principal>;
}

/** Distinct tokens remembered as verified; beyond it the least recently used are verified anew. */
const VERIFIED_TOKENS = 10_000;

/** Access tokens live minutes to hours; one valid for days is a leak waiting to last. */
export const DEFAULT_MAX_LIFETIME_SECONDS = 12 * 60 * 60;

/** Asymmetric algorithms only: `none` and shared-secret HMAC tokens are never accepted. */
const ALGORITHMS = ['ES256', 'ES384', 'RS256', 'RS384', 'RS512', 'PS256', 'EdDSA'];

function isAccessRole(value: unknown): value is AccessRole {
  return typeof value === 'string' && (ACCESS_ROLES as readonly string[]).includes(value);
}

/** Reads `a.b.c` from a claims object, as identity providers nest roles (e.g. `realm_access.roles`). */
function claim(payload: JWTPayload, path: string): unknown {
  let value: unknown = payload;
  for (const part of path.split('.')) {
    value =
      value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
  }
  return value;
}

function toPrincipal(payload: JWTPayload, claims: ClaimNames): Principal {
  const username = claim(payload, claims.username);
  if (typeof username !== 'string' || !username) {
    throw new AuthenticationError(`The token has no "${claims.username}" claim naming the user.`);
  }
  const roles = claim(payload, claims.roles);
  const name = claim(payload, claims.name);
  const organisation = claim(payload, claims.organisation);
  return {
    username,
    name: typeof name === 'string' ? name : username,
    roles: Array.isArray(roles) ? roles.filter(isAccessRole) : [],
    organisation: typeof organisation === 'string' && organisation ? organisation : null,
  };
}

/**
 * Verifies bearer JWTs against an issuer's JWKS (fetched over HTTP, cached, refetched when a
 * token names an unknown key, so keys can rotate), its issuer and audience, its validity period,
 * and that the organisation it names exists. A client sends the same token with every request
 * until it expires: the principal of a verified token is remembered for a minute (at most until
 * the token expires), keyed by the whole token, signature included, so the signature check and
 * the organisation lookup run once a minute per token rather than once per request.
 */
export function createTokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  const verified = new LRUCache<string, Principal>({ max: VERIFIED_TOKENS });
  const trustMs = options.verifiedTokenTtlMs ?? 60_000;
  const maxLifetimeSeconds = options.maxLifetimeSeconds ?? DEFAULT_MAX_LIFETIME_SECONDS;
  const keys =
    options.jwks instanceof URL
      ? createRemoteJWKSet(options.jwks, { cooldownDuration: options.jwksCooldownMs ?? 30_000 })
      : createLocalJWKSet(options.jwks);
  const claims = options.claims ?? DEFAULT_CLAIMS;
  return {
    async verify(token) {
      const known = verified.get(token);
      if (known) return known;
      let principal: Principal;
      let expiresAt: number;
      try {
        const { payload } = await jwtVerify(token, keys, {
          issuer: options.issuer,
          audience: options.audience,
          algorithms: ALGORITHMS,
          clockTolerance: 5,
          requiredClaims: ['exp'],
        });
        const exp = payload.exp as number;
        const lifetime = exp - (payload.iat ?? Math.floor(Date.now() / 1000));
        if (lifetime > maxLifetimeSeconds) {
          throw new AuthenticationError(
            `The token is valid for ${Math.round(lifetime / 3600)} hours; at most ${maxLifetimeSeconds / 3600} are accepted.`,
          );
        }
        principal = toPrincipal(payload, claims);
        expiresAt = exp * 1000;
      } catch (error) {
        if (error instanceof AuthenticationError) throw error;
        if (error instanceof errors.JWTExpired) {
          throw new AuthenticationError('The token has expired; sign in again.', { cause: error });
        }
        if (error instanceof errors.JWTClaimValidationFailed && error.reason === 'missing') {
          throw new AuthenticationError(`The token has no "${error.claim}" claim.`, {
            cause: error,
          });
        }
        if (error instanceof errors.JOSEError) {
          throw new AuthenticationError(`The token is not valid (${error.code}).`, {
            cause: error,
          });
        }
        throw new AuthenticationError('The token could not be verified.', { cause: error });
      }
      if (
        principal.organisation &&
        options.isKnownOrganisation &&
        !(await options.isKnownOrganisation(principal.organisation, token))
      ) {
        throw new AuthenticationError(
          `The token names an organisation the council does not know: "${principal.organisation}".`,
        );
      }
      // Shared by every request that brings the same token: nobody may change it.
      Object.freeze(principal.roles);
      Object.freeze(principal);
      const ttl = Math.min(trustMs, expiresAt - Date.now());
      if (ttl >= 1) verified.set(token, principal, { ttl: Math.floor(ttl) });
      return principal;
    },
  };
}
