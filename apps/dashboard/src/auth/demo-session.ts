import { sessionStore } from './session-store';

/** Where a demo token is kept: in localStorage, so that every tab of the browser shares it. */
const TOKEN_KEY = 'lagesbild.token';

function readToken(): string | null {
  try {
    return localStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

function writeToken(token: string | null) {
  try {
    if (token === null) localStorage.removeItem(TOKEN_KEY);
    else localStorage.setItem(TOKEN_KEY, token);
  } catch {
    // Storage blocked by the browser: the session then lasts until the page is reloaded.
  }
}

/**
 * Demo mode: restores the token an earlier visit or another tab left, keeps the one the user
 * signs in with, and follows the other tabs signing in and out.
 */
export function keepDemoSession(): void {
  const token = readToken();
  if (token) sessionStore.signIn(token);
  sessionStore.subscribe(() => writeToken(sessionStore.get().token));
  window.addEventListener('storage', (event) => {
    if (event.key !== TOKEN_KEY && event.key !== null) return;
    const shared = readToken();
    if (shared) sessionStore.signIn(shared);
    else sessionStore.signOut('signed-out');
  });
}
