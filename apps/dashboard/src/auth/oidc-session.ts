import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import type { AuthConfig } from './auth-config';
import { sessionStore } from './session-store';

/** Where the identity provider sends the browser back with the authorization code. */
export const CALLBACK_PATH = '/inloggning';

/** Seconds before the access token expires when it is renewed. */
const RENEW_BEFORE_SECONDS = 60;

export interface OidcSession {
  /** Finishes a sign-in the provider sent the browser back from, or restores a kept session. */
  start(): Promise<void>;
  /** Sends the browser to the provider's sign-in, to come back to the page it is on. */
  signIn(): Promise<void>;
  /** Ends the session at the provider too, which sends the browser back to the dashboard. */
  signOut(): Promise<void>;
}

/**
 * Sign-in with the municipality's OpenID Connect provider: authorization code flow with PKCE
 * (oidc-client-ts), the user kept in localStorage so that every tab of the browser shares it, and
 * the access token renewed with the refresh token at the token endpoint (no hidden iframe).
 */
export function createOidcSession(config: Extract<AuthConfig, { mode: 'oidc' }>): OidcSession {
  const origin = window.location.origin;
  const manager = new UserManager({
    authority: config.authority,
    client_id: config.clientId,
    scope: config.scopes,
    redirect_uri: `${origin}${CALLBACK_PATH}`,
    post_logout_redirect_uri: `${origin}/`,
    userStore: new WebStorageStateStore({ store: window.localStorage }),
    // Renewal is ours (renew below), so that tabs sharing one refresh token take turns.
    automaticSilentRenew: false,
    accessTokenExpiringNotificationTimeInSeconds: RENEW_BEFORE_SECONDS,
  });

  const show = (user: User | null) => {
    if (user && !user.expired) sessionStore.signIn(user.access_token);
  };

  /**
   * Every tab runs this when the token is about to expire; the lock lets one of them use the
   * refresh token (a provider that rotates refresh tokens revokes the session when one is used
   * twice) and the others pick up what it stored.
   */
  const renew = () =>
    navigator.locks.request('lagesbild.token-renewal', async () => {
      const kept = await manager.getUser();
      if (kept && (kept.expires_in ?? 0) > RENEW_BEFORE_SECONDS) return show(kept);
      try {
        if (!kept?.refresh_token) throw new Error('No refresh token to renew the session with.');
        show(await manager.signinSilent());
      } catch {
        await manager.removeUser();
        sessionStore.signOut('ended');
      }
    });

  manager.events.addAccessTokenExpiring(() => void renew());
  manager.events.addAccessTokenExpired(() => void renew());
  // The API refused the token: forget it here and in the other tabs.
  sessionStore.subscribe(() => {
    if (sessionStore.get().token === null) void manager.removeUser();
  });
  // Another tab signed in, renewed the token or signed out.
  window.addEventListener('storage', (event) => {
    if (event.storageArea !== window.localStorage || !event.key?.startsWith('oidc.user:')) return;
    void manager.getUser().then((user) => {
      if (user) show(user);
      else sessionStore.signOut('signed-out');
    });
  });

  return {
    async start() {
      if (window.location.pathname === CALLBACK_PATH) {
        const user = await manager.signinRedirectCallback();
        const returnTo = typeof user.url_state === 'string' ? user.url_state : '/';
        window.history.replaceState(null, '', returnTo.startsWith('/') ? returnTo : '/');
        show(user);
        return;
      }
      const kept = await manager.getUser();
      if (kept?.expired) await renew();
      else show(kept);
    },
    signIn: () =>
      manager.signinRedirect({
        url_state: `${window.location.pathname}${window.location.search}`,
      }),
    signOut: () => manager.signoutRedirect(),
  };
}
