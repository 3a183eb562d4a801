import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, SignJWT, type JSONWebKeySet, type JWTPayload } from 'jose';
import type { Principal } from './principal';

export interface DemoIssuer {
  readonly issuer: string;
  readonly audience: string;
  /** The public keys, served so that every service verifies demo tokens as it would an OIDC provider's. */
  jwks(): JSONWebKeySet;
  sign(principal: Principal, lifetimeSeconds?: number): Promise<string>;
  /** Signs arbitrary claims (issuer, audience and lifetime added unless given), as other providers shape them. */
  signClaims(claims: JWTPayload, lifetimeSeconds?: number): Promise<string>;
}

/**
 * A local token issuer for embedded/demo mode: a fresh ES256 key each start,
 * short-lived tokens, and a JWKS like any OpenID Connect provider publishes.
 */
export async function createDemoIssuer(issuer: string, audience: string): Promise<DemoIssuer> {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  const kid = `demo-${randomUUID()}`;
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' };
  const signClaims = (claims: JWTPayload, lifetimeSeconds = 8 * 60 * 60) =>
    new SignJWT({ iss: issuer, aud: audience, ...claims })
      .setProtectedHeader({ alg: 'ES256', kid })
      .setIssuedAt()
      .setExpirationTime(`${lifetimeSeconds}s`)
      .sign(privateKey);
  return {
    issuer,
    audience,
    jwks: () => ({ keys: [publicJwk] }),
    signClaims,
    sign: (principal, lifetimeSeconds) =>
      signClaims(
        {
          sub: principal.username,
          name: principal.name,
          roles: principal.roles,
          org: principal.organisation,
        },
        lifetimeSeconds,
      ),
  };
}
