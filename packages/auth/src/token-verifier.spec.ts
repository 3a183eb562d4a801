import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, UnsecuredJWT } from 'jose';
import { createDemoIssuer, type DemoIssuer } from './demo-issuer';
import { createTokenVerifier, type TokenVerifier } from './token-verifier';
import { AuthenticationError } from './authentication-error';
import type { Principal } from './principal';
import type * as TokenVerifierModule from './token-verifier';

afterEach(() => jest.useRealTimers());

const analyst: Principal = {
  username: 'analytiker',
  name: 'Analytiker',
  roles: ['ANALYST'],
  organisation: null,
};

describe('token verifier against a JWKS served over HTTP', () => {
  let issuer: DemoIssuer;
  let server: Server;
  let verifier: TokenVerifier;

  beforeAll(async () => {
    issuer = await createDemoIssuer('urn:test:issuer', 'lagesbild');
    server = createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(issuer.jwks()));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    verifier = createTokenVerifier({
      issuer: issuer.issuer,
      audience: issuer.audience,
      jwks: new URL(`http://127.0.0.1:${port}/jwks.json`),
    });
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('accepts a token it issued and reads the principal', async () => {
    const principal = await verifier.verify(await issuer.sign(analyst));
    expect(principal).toEqual(analyst);
  });

  it('refuses an expired token', async () => {
    await expect(verifier.verify(await issuer.sign(analyst, -60))).rejects.toThrow(/expired/);
  });

  it('refuses a token signed by another key', async () => {
    const stranger = await createDemoIssuer('urn:test:issuer', 'lagesbild');
    await expect(verifier.verify(await stranger.sign(analyst))).rejects.toBeInstanceOf(
      AuthenticationError,
    );
  });

  it('refuses a token for another issuer or audience', async () => {
    const otherIssuer = await createDemoIssuer('urn:test:other', 'lagesbild');
    const otherAudience = await createDemoIssuer('urn:test:issuer', 'other-app');
    await expect(verifier.verify(await otherIssuer.sign(analyst))).rejects.toThrow(/not valid/);
    await expect(verifier.verify(await otherAudience.sign(analyst))).rejects.toThrow(/not valid/);
  });

  it('refuses an unsigned (alg: none) token', async () => {
    const unsigned = new UnsecuredJWT({ roles: ['ADMIN'] })
      .setSubject('admin')
      .setIssuer('urn:test:issuer')
      .setAudience('lagesbild')
      .setExpirationTime('1h')
      .encode();
    await expect(verifier.verify(unsigned)).rejects.toBeInstanceOf(AuthenticationError);
  });

  it('drops roles it does not know', async () => {
    const principal = await verifier.verify(
      await issuer.sign({ ...analyst, roles: ['ANALYST', 'SUPERUSER' as never] }),
    );
    expect(principal.roles).toEqual(['ANALYST']);
  });
});

describe('token verifier options', () => {
  let server: Server;
  let issuer: DemoIssuer;
  let jwks: URL;

  beforeAll(async () => {
    issuer = await createDemoIssuer('urn:test:issuer', 'lagesbild');
    server = createServer((_req, res) => res.end(JSON.stringify(issuer.jwks())));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    jwks = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('refuses a token naming an organisation the council does not know', async () => {
    const verifier = createTokenVerifier({
      issuer: issuer.issuer,
      audience: issuer.audience,
      jwks,
      isKnownOrganisation: async (code) => ['GSN', 'IFF'].includes(code),
    });
    const member = { username: 'x', name: 'X', roles: ['COMMITTEE' as const], organisation: 'GSN' };
    await expect(verifier.verify(await issuer.sign(member))).resolves.toMatchObject({
      organisation: 'GSN',
    });
    await expect(
      verifier.verify(await issuer.sign({ ...member, organisation: 'EVIL' })),
    ).rejects.toThrow('organisation the council does not know: "EVIL"');
  });

  it('verifies a token once, then takes it on trust until the trust or the token runs out', async () => {
    // The clock is fake (jose reads Date, lru-cache performance.now), and the verifier is loaded
    // under it, since lru-cache takes the clock it finds when it loads. The fake clock starts its
    // performance.now() at 0, which lru-cache would read as "no time to live": move it on first.
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    jest.advanceTimersByTime(1_000);
    let fresh: typeof TokenVerifierModule | undefined;
    jest.isolateModules(() => {
      fresh = jest.requireActual<typeof TokenVerifierModule>('./token-verifier');
    });
    const checked: string[] = [];
    const verifierFor = (verifiedTokenTtlMs?: number) =>
      fresh!.createTokenVerifier({
        issuer: issuer.issuer,
        audience: issuer.audience,
        jwks,
        verifiedTokenTtlMs,
        isKnownOrganisation: async (code) => {
          checked.push(code);
          return true;
        },
      });
    const member = { username: 'x', name: 'X', roles: ['COMMITTEE' as const], organisation: 'GSN' };

    const verifier = verifierFor();
    const shortLived = await issuer.sign(member, 2);
    const principal = await verifier.verify(shortLived);
    await expect(verifier.verify(shortLived)).resolves.toBe(principal);
    expect(Object.isFrozen(principal) && Object.isFrozen(principal.roles)).toBe(true);
    expect(checked).toHaveLength(1);
    await verifier.verify(await issuer.sign({ ...member, organisation: 'IFF' }));
    expect(checked).toEqual(['GSN', 'IFF']);
    // Past its expiry the token is verified again (and accepted only within the clock tolerance).
    jest.advanceTimersByTime(2_100);
    await verifier.verify(shortLived).catch(() => undefined);
    expect(checked).toEqual(['GSN', 'IFF', 'GSN']);

    const briefTrust = verifierFor(100);
    const token = await issuer.sign(member);
    await briefTrust.verify(token);
    await briefTrust.verify(token);
    expect(checked).toHaveLength(4);
    jest.advanceTimersByTime(150);
    await briefTrust.verify(token);
    expect(checked).toHaveLength(5);
  });

  it('reads user, roles and organisation from the claims an identity provider uses', async () => {
    const verifier = createTokenVerifier({
      issuer: issuer.issuer,
      audience: issuer.audience,
      jwks,
      claims: {
        username: 'preferred_username',
        name: 'name',
        roles: 'realm_access.roles',
        organisation: 'lagesbild.organisation',
      },
    });
    const token = await issuer.signClaims({
      sub: 'f3b1-uuid',
      preferred_username: 'anna.analytiker',
      name: 'Anna',
      realm_access: { roles: ['ANALYST', 'offline_access'] },
      lagesbild: { organisation: 'KS' },
    });
    expect(await verifier.verify(token)).toEqual({
      username: 'anna.analytiker',
      name: 'Anna',
      roles: ['ANALYST'],
      organisation: 'KS',
    });
  });
});

describe('key rotation at the identity provider', () => {
  it('accepts tokens signed with a new key once the provider publishes it', async () => {
    const { startTestIssuer } = await import('@lagesbild/test-kit');
    const provider = await startTestIssuer();
    try {
      const verifier = createTokenVerifier({
        issuer: provider.issuer,
        audience: provider.audience,
        jwks: provider.jwksUrl,
        jwksCooldownMs: 0,
      });
      const kid = (token: string) =>
        (JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString()) as { kid: string })
          .kid;
      const before = await provider.tokenFor(analyst);
      await expect(verifier.verify(before)).resolves.toEqual(analyst);
      await provider.rotate();
      const rotated = await provider.tokenFor(analyst);
      expect(kid(rotated)).not.toBe(kid(before));
      await expect(verifier.verify(rotated)).resolves.toEqual(analyst);
      await expect(verifier.verify(before)).resolves.toEqual(analyst);
    } finally {
      await provider.stop();
    }
  });
});

describe('token lifetime', () => {
  const claims = {
    sub: 'analytiker',
    roles: ['ANALYST'],
    iss: 'urn:test:issuer',
    aud: 'lagesbild',
  };
  let privateKey: CryptoKey;
  let verifier: TokenVerifier;

  beforeAll(async () => {
    const pair = await generateKeyPair('ES256', { extractable: true });
    privateKey = pair.privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'ES256' };
    verifier = createTokenVerifier({
      issuer: 'urn:test:issuer',
      audience: 'lagesbild',
      jwks: { keys: [jwk] },
      maxLifetimeSeconds: 12 * 60 * 60,
    });
  });

  const sign = (shape: (jwt: SignJWT) => SignJWT) =>
    shape(new SignJWT(claims).setProtectedHeader({ alg: 'ES256', kid: 'k1' })).sign(privateKey);

  it('refuses a token without an expiry', async () => {
    const token = await sign((jwt) => jwt.setIssuedAt());
    await expect(verifier.verify(token)).rejects.toThrow('The token has no "exp" claim.');
  });

  it('refuses a token valid for longer than the longest lifetime, with or without iat', async () => {
    const century = await sign((jwt) => jwt.setIssuedAt().setExpirationTime('100y'));
    await expect(verifier.verify(century)).rejects.toThrow(/valid for \d+ hours; at most 12/);
    const noIssue = await sign((jwt) => jwt.setExpirationTime('13h'));
    await expect(verifier.verify(noIssue)).rejects.toThrow(/valid for 13 hours/);
    // Issued long ago for a long life, and so still far from its expiry: refused all the same.
    const backdated = await sign((jwt) =>
      jwt.setIssuedAt(Math.floor(Date.now() / 1000) - 3600 * 24).setExpirationTime('1h'),
    );
    await expect(verifier.verify(backdated)).rejects.toThrow(/valid for 25 hours/);
  });

  it('accepts a token living up to the longest lifetime', async () => {
    const token = await sign((jwt) => jwt.setIssuedAt().setExpirationTime('12h'));
    await expect(verifier.verify(token)).resolves.toMatchObject({ username: 'analytiker' });
  });
});
