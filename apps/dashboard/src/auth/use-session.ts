import { useSyncExternalStore } from 'react';
import { sessionStore, type Session } from './session-store';

/** The current session; the component re-renders when the user signs in or out. */
export function useSession(): Session {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.get);
}
