/**
 * The signed-in session: a bearer token kept in sessionStorage, so that it lives as long as the
 * browser tab and is never shared with other tabs or written to disk by us.
 */
export type SignOutReason = 'signed-out' | 'expired';

export interface Session {
  token: string | null;
  /** Why there is no token, when the user was signed out during this visit. */
  reason?: SignOutReason;
}

const TOKEN_KEY = 'lagesbild.token';

function readToken(): string | null {
  try {
    return sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

function writeToken(token: string | null) {
  try {
    if (token === null) sessionStorage.removeItem(TOKEN_KEY);
    else sessionStorage.setItem(TOKEN_KEY, token);
  } catch {
    // Storage blocked by the browser: the session then lasts until the page is reloaded.
  }
}

let current: Session = { token: readToken() };
const listeners = new Set<() => void>();

function update(next: Session) {
  current = next;
  for (const listener of listeners) listener();
}

export const sessionStore = {
  get(): Session {
    return current;
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  signIn(token: string) {
    writeToken(token);
    update({ token });
  },
  signOut(reason: SignOutReason) {
    // Several requests may fail with 401 at once; the first one decides the reason.
    if (current.token === null && current.reason !== undefined) return;
    writeToken(null);
    update({ token: null, reason });
  },
};
