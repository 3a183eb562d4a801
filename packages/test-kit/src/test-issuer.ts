import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { JWTPayload } from 'jose';
import { createDemoIssuer, type Principal } from '@lagesbild/auth';

export interface TestIssuer {
  issuer: string;
  audience: string;
  /** The JWKS, served over real HTTP like an OpenID Connect provider's. */
  jwksUrl: URL;
  tokenFor(principal: Principal, lifetimeSeconds?: number): Promise<string>;
  /** Any claims, for tokens shaped as other identity providers shape them. */
  tokenWith(claims: JWTPayload, lifetimeSeconds?: number): Promise<string>;
  stop(): Promise<void>;
}

/** A token issuer with its keys on a local HTTP server, for services under test. */
export async function startTestIssuer(): Promise<TestIssuer> {
  const issuer = await createDemoIssuer('urn:lagesbild:test', 'lagesbild');
  const server = createServer((_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(issuer.jwks()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    issuer: issuer.issuer,
    audience: issuer.audience,
    jwksUrl: new URL(`http://127.0.0.1:${port}/.well-known/jwks.json`),
    tokenFor: (principal, lifetimeSeconds) => issuer.sign(principal, lifetimeSeconds),
    tokenWith: (claims, lifetimeSeconds) => issuer.signClaims(claims, lifetimeSeconds),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
