import { fetchAuthConfig } from './auth-config';
import { keepDemoSession } from './demo-session';
import type { OidcSession } from './oidc-session';

/** How this deployment signs people in, ready for use. */
export type SignInMethod =
  | { mode: 'demo' }
  | { mode: 'oidc'; session: OidcSession; /** Why the sign-in just made failed. */ error?: string };

let starting: Promise<SignInMethod> | undefined;

async function start(): Promise<SignInMethod> {
  const config = await fetchAuthConfig();
  if (config.mode === 'demo') {
    keepDemoSession();
    return { mode: 'demo' };
  }
  // The OpenID Connect client loads only where it is used, not with the demo's first page.
  const { createOidcSession } = await import('./oidc-session');
  const session = createOidcSession(config);
  try {
    await session.start();
    return { mode: 'oidc', session };
  } catch (error) {
    // A sign-in that came back refused (or was replayed): offer a fresh one.
    window.history.replaceState(null, '', '/');
    return { mode: 'oidc', session, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Asks the gateway how people sign in and restores the session this browser has, once per page
 * load; a failed attempt (the gateway unreachable) may be tried again.
 */
export function startSignIn(): Promise<SignInMethod> {
  starting ??= start().catch((error: unknown) => {
    starting = undefined;
    throw error;
  });
  return starting;
}
