import { useApolloClient } from '@apollo/client/react';
import { useEffect } from 'react';
import { BrowserRouter } from 'react-router';
import { sessionStore } from '../auth/session-store';
import { SignInPage } from '../auth/SignInPage';
import { useSession } from '../auth/use-session';
import { useDocumentLanguage } from '../i18n/use-i18n';
import { AppRoutes } from './AppRoutes';

const signOut = () => sessionStore.signOut('signed-out');

/** Signed in, the pages; otherwise only the sign-in screen, so no data is ever asked for. */
export function App() {
  const session = useSession();
  const client = useApolloClient();
  useDocumentLanguage();

  useEffect(() => {
    // What one user saw must not be served from the cache to the next.
    if (session.token === null) void client.clearStore();
  }, [client, session.token]);

  return (
    <BrowserRouter>
      {session.token ? (
        <AppRoutes onSignOut={signOut} />
      ) : (
        <SignInPage reason={session.reason} onSignedIn={(token) => sessionStore.signIn(token)} />
      )}
    </BrowserRouter>
  );
}
