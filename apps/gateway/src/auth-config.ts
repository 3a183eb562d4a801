import express, { type Router } from 'express';
import type { GatewayConfig } from './config';

/** How the dashboard signs people in, as `GET /auth/config` tells it. */
export type DashboardAuthConfig =
  { mode: 'demo' } | { mode: 'oidc'; authority: string; clientId: string; scopes: string };

export function dashboardAuthConfig(auth: GatewayConfig['auth']): DashboardAuthConfig {
  return auth.mode === 'oidc'
    ? { mode: 'oidc', authority: auth.issuer, clientId: auth.client.id, scopes: auth.client.scopes }
    : { mode: 'demo' };
}

/**
 * `GET /auth/config`, public: the dashboard reads it when it starts, so one built bundle serves
 * any deployment and the identity provider is configured where the services' is.
 */
export function authConfigRoutes(auth: GatewayConfig['auth']): Router {
  const body = dashboardAuthConfig(auth);
  const router = express.Router();
  router.get('/config', (_req, res) => {
    res.setHeader('cache-control', 'no-cache');
    res.json(body);
  });
  return router;
}
