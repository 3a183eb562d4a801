import {
  createLocalJWKSet,
  createRemoteJWKSet,
  errors,
  jwtVerify,
  type JSONWebKeySet,
  type JWTPayload,
} from 'jose';
import { AuthenticationError } from './authentication-error';
import { ACCESS_ROLES, type AccessRole, type Principal } from './principal';

export interface TokenVerifierOptions {
  issuer: string;
  audience: string;
  /** Where the issuer publishes its keys, or (for the gateway's own demo issuer) the keys themselves. */
  jwks: URL | JSONWebKeySet;
}

export interface TokenVerifier {
  verify(token: string): Promise<Principal>;
}

/** Asymmetric algorithms only: `none` and shared-secret HMAC tokens are never accepted. */
const ALGORITHMS = ['ES256', 'ES384', 'RS256', 'RS384', 'RS512', 'PS256', 'EdDSA'];

function isAccessRole(value: unknown): value is AccessRole {
  return typeof value === 'string' && (ACCESS_ROLES as readonly string[]).includes(value);
}

function toPrincipal(payload: JWTPayload): Principal {
  if (!payload.sub) throw new AuthenticationError('The token has no subject.');
  const roles = Array.isArray(payload.roles) ? payload.roles.filter(isAccessRole) : [];
  return {
    username: payload.sub,
    name: typeof payload.name === 'string' ? payload.name : payload.sub,
    roles,
    organisation: typeof payload.org === 'string' ? payload.org : null,
  };
}

/**
 * Verifies bearer JWTs against an issuer's JWKS (fetched over HTTP, cached,
 * refetched when a token names an unknown key), its issuer and audience, and its validity period.
 */
export function createTokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  const keys =
    options.jwks instanceof URL
      ? createRemoteJWKSet(options.jwks)
      : createLocalJWKSet(options.jwks);
  return {
    async verify(token) {
      try {
        const { payload } = await jwtVerify(token, keys, {
          issuer: options.issuer,
          audience: options.audience,
          algorithms: ALGORITHMS,
          clockTolerance: 5,
        });
        return toPrincipal(payload);
      } catch (error) {
        if (error instanceof AuthenticationError) throw error;
        if (error instanceof errors.JWTExpired) {
          throw new AuthenticationError('The token has expired; sign in again.', { cause: error });
        }
        if (error instanceof errors.JOSEError) {
          throw new AuthenticationError(`The token is not valid (${error.code}).`, {
            cause: error,
          });
        }
        throw new AuthenticationError('The token could not be verified.', { cause: error });
      }
    },
  };
}
