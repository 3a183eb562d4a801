/**
 * The signed-in session as the interface sees it: the bearer token to send, or why there is none.
 * Where the token is kept, and how it is renewed, is up to the sign-in method (demo-session.ts,
 * oidc-session.ts), which follows this store.
 */
export type SignOutReason = 'signed-out' | 'expired' | 'ended';

export interface Session {
  token: string | null;
  /**
   * Why there is no token, when the user was signed out during this visit: by their own wish, by
   * the API refusing the token, or because the identity provider would not renew it.
   */
  reason?: SignOutReason;
}

let current: Session = { token: null };
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
    if (current.token !== token) update({ token });
  },
  signOut(reason: SignOutReason) {
    // Several requests may fail with 401 at once; the first one decides the reason.
    if (current.token === null && current.reason !== undefined) return;
    update({ token: null, reason });
  },
};
