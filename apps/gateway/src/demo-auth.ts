import express, { type Router } from 'express';
import type { DemoIssuer } from '@lagesbild/auth';
import type { DemoPerson } from '@lagesbild/demo-data';

/**
 * Demo mode only (no OIDC issuer configured): the gateway is its own token issuer.
 * `POST /auth/dev-token {"user": "<username>"}` → `{"token": "<jwt>"}` for a seeded demo user;
 * `GET /auth/jwks.json` publishes the public key that every service verifies against;
 * `GET /auth/demo-users` lists who can sign in, for the dashboard's sign-in screen.
 */
export function demoAuthRoutes(issuer: DemoIssuer, users: readonly DemoPerson[]): Router {
  const router = express.Router();

  router.get('/jwks.json', (_req, res) => {
    res.setHeader('cache-control', 'public, max-age=300');
    res.json(issuer.jwks());
  });

  router.get('/demo-users', (_req, res) => {
    res.json(
      users.map((u) => ({
        username: u.username,
        name: u.name,
        title: u.title,
        organisation: u.organisation,
        roles: u.accessRoles,
      })),
    );
  });

  router.post('/dev-token', express.json({ limit: '4kb' }), async (req, res) => {
    const username: unknown = req.body?.user;
    const user = users.find((u) => u.username === username);
    if (typeof username !== 'string' || !user) {
      res.status(400).json({
        error: `Unknown demo user ${JSON.stringify(username ?? null)}. Known users: ${users.map((u) => u.username).join(', ')}.`,
      });
      return;
    }
    const token = await issuer.sign({
      username: user.username,
      name: user.name,
      roles: user.accessRoles,
      organisation: user.organisation,
    });
    res.json({ token });
  });

  return router;
}
