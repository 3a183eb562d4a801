import { dashboardAuthConfig } from './auth-config';
import { loadGatewayConfig } from './config';

describe('the dashboard sign-in configuration', () => {
  it('is the demo picker without an issuer', () => {
    expect(dashboardAuthConfig(loadGatewayConfig({}).auth)).toEqual({ mode: 'demo' });
  });

  it('names the issuer, the client and its scopes with one', () => {
    const issuer = { OIDC_ISSUER: 'https://login.example.se/realms/kommun' };
    const jwks = { OIDC_JWKS_URL: 'https://login.example.se/realms/kommun/certs' };
    expect(dashboardAuthConfig(loadGatewayConfig({ ...issuer, ...jwks }).auth)).toEqual({
      mode: 'oidc',
      authority: 'https://login.example.se/realms/kommun',
      clientId: 'lagesbild-dashboard',
      scopes: 'openid profile',
    });
    const custom = loadGatewayConfig({
      ...issuer,
      ...jwks,
      OIDC_CLIENT_ID: 'trygghet',
      OIDC_SCOPES: ' openid profile offline_access ',
    });
    expect(dashboardAuthConfig(custom.auth)).toMatchObject({
      clientId: 'trygghet',
      scopes: 'openid profile offline_access',
    });
  });
});
