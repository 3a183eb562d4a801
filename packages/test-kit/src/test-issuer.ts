import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { JWTPayload } from 'jose';
import { createDemoIssuer, type DemoIssuer, type Principal } from '@lagesbild/auth';

export interface TestIssuer {
  issuer: string;
  audience: string;
  /** The JWKS, served over real HTTP like an OpenID Connect provider's. */
  jwksUrl: URL;
  tokenFor(principal: Principal, lifetimeSeconds?: number): Promise<string>;
  /** Any claims, for tokens shaped as other identity providers shape them. */
  tokenWith(claims: JWTPayload, lifetimeSeconds?: number): Promise<string>;
  /** Signs with a new key from now on, publishing it beside the old one, as providers rotate keys. */
  rotate(): Promise<void>;
  stop(): Promise<void>;
}

const ISSUER = 'urn:lagesbild:test';
const AUDIENCE = 'lagesbild';

/** A token issuer with its keys on a local HTTP server, for services under test. */
export async function startTestIssuer(): Promise<TestIssuer> {
  const keys: DemoIssuer[] = [await createDemoIssuer(ISSUER, AUDIENCE)];
  const current = () => keys[keys.length - 1] as DemoIssuer;
  const server = createServer((_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ keys: keys.flatMap((issuer) => issuer.jwks().keys) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    issuer: ISSUER,
    audience: AUDIENCE,
    jwksUrl: new URL(`http://127.0.0.1:${port}/.well-known/jwks.json`),
    tokenFor: (principal, lifetimeSeconds) => current().sign(principal, lifetimeSeconds),
    tokenWith: (claims, lifetimeSeconds) => current().signClaims(claims, lifetimeSeconds),
    async rotate() {
      keys.push(await createDemoIssuer(ISSUER, AUDIENCE));
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
