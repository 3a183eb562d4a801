import { generateKeyPairSync } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { JWK } from 'oidc-provider';
import { DEMO_USERS } from '@lagesbild/demo-data';

/** The resource indicator the dashboard's access tokens are issued for. */
const RESOURCE = 'urn:lagesbild:api';
/** The scope that asks for an access token to the API (the resource server's one scope). */
export const API_SCOPE = 'lagesbild';

export interface TestProvider {
  /** The issuer, e.g. http://127.0.0.1:43123 (no trailing slash, as tokens name it). */
  issuer: string;
  jwksUrl: string;
  stop(): Promise<void>;
}

export interface TestProviderOptions {
  clientId: string;
  /** The dashboard's origin, where the provider may send the browser back to. */
  dashboardOrigin: string;
  callbackPath: string;
  /** The `aud` of the access tokens: the services' OIDC_AUDIENCE. */
  audience: string;
}

/**
 * A real OpenID Connect provider (oidc-provider, with its development login and consent pages):
 * one public client that must use PKCE, refresh tokens, and JWT access tokens for the API that
 * carry the demo user's name, roles and organisation under the services' default claim names.
 */
export async function startTestProvider(options: TestProviderOptions): Promise<TestProvider> {
  // ESM-only; jest compiles it to CommonJS (jest.config.ts).
  const { default: Provider } = await import('oidc-provider');
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const signingKey: JWK = {
    ...(generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({
      format: 'jwk',
    }) as JWK),
    kid: 'test-signing-key',
    alg: 'RS256',
    use: 'sig',
  };
  const user = (accountId: string) => DEMO_USERS.find((u) => u.username === accountId);

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: options.clientId,
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: [`${options.dashboardOrigin}${options.callbackPath}`],
        post_logout_redirect_uris: [`${options.dashboardOrigin}/`],
      },
    ],
    jwks: { keys: [signingKey] },
    cookies: { keys: ['a cookie key for this test only'] },
    pkce: { required: () => true },
    ttl: {
      AccessToken: 10 * 60,
      IdToken: 10 * 60,
      RefreshToken: 60 * 60,
      Session: 60 * 60,
      Grant: 60 * 60,
      Interaction: 10 * 60,
    },
    clientBasedCORS: (_ctx, origin) => origin === options.dashboardOrigin,
    scopes: ['openid', 'profile', 'offline_access', API_SCOPE],
    claims: { openid: ['sub'], profile: ['name'] },
    findAccount: (_ctx, accountId) => ({
      accountId,
      claims: () => ({ sub: accountId, name: user(accountId)?.name ?? accountId }),
    }),
    // Public clients get refresh tokens without offline_access, as identity providers commonly
    // issue them to single-page applications.
    issueRefreshToken: (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    extraTokenClaims: (_ctx, token) => {
      const account = 'accountId' in token ? user(token.accountId) : undefined;
      return account
        ? { name: account.name, roles: account.accessRoles, org: account.organisation }
        : undefined;
    },
    features: {
      devInteractions: { enabled: true },
      rpInitiatedLogout: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo: () => ({
          scope: API_SCOPE,
          audience: options.audience,
          accessTokenFormat: 'jwt',
          accessTokenTTL: 10 * 60,
          jwt: { sign: { alg: 'RS256' } },
        }),
      },
    },
  });
  server.on('request', provider.callback());
  return {
    issuer,
    jwksUrl: `${issuer}/jwks`,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
