import { useApolloClient } from '@apollo/client/react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { BrowserRouter } from 'react-router';
import { OidcSignInPage } from '../auth/OidcSignInPage';
import { sessionStore } from '../auth/session-store';
import { SignInPage } from '../auth/SignInPage';
import { startSignIn, type SignInMethod } from '../auth/start-sign-in';
import { useSession } from '../auth/use-session';
import { useDocumentLanguage, useI18n } from '../i18n/use-i18n';
import { ErrorState } from '../ui/ErrorState';
import { PageSpinner } from '../ui/PageSpinner';
import { AppRoutes } from './AppRoutes';

const useStyles = makeStyles({ failed: { padding: tokens.spacingHorizontalXXL } });

type Start =
  | { state: 'starting' }
  | { state: 'failed'; message: string }
  | { state: 'ready'; method: SignInMethod };

/**
 * Learns how people sign in here, then shows the pages when signed in and otherwise only the
 * sign-in screen, so that no data is ever asked for.
 */
export function App() {
  const styles = useStyles();
  const { t } = useI18n();
  const [attempt, setAttempt] = useState(0);
  const [start, setStart] = useState<Start>({ state: 'starting' });
  useDocumentLanguage();

  useEffect(() => {
    let current = true;
    setStart({ state: 'starting' });
    startSignIn().then(
      (method) => current && setStart({ state: 'ready', method }),
      (error: unknown) =>
        current &&
        setStart({
          state: 'failed',
          message: error instanceof Error ? error.message : String(error),
        }),
    );
    return () => {
      current = false;
    };
  }, [attempt]);

  if (start.state === 'starting') return <PageSpinner label={t.signIn.loadingConfig} />;
  if (start.state === 'failed') {
    return (
      <main className={styles.failed}>
        <ErrorState
          title={t.signIn.configFailed}
          message={start.message}
          onRetry={() => setAttempt((n) => n + 1)}
        />
      </main>
    );
  }
  return (
    <BrowserRouter>
      <CurrentSession method={start.method} />
    </BrowserRouter>
  );
}

/** The pages when signed in; otherwise the sign-in page of the method in use. */
function CurrentSession({ method }: { method: SignInMethod }) {
  const session = useSession();
  const client = useApolloClient();

  useEffect(() => {
    // What one user saw must not be served from the cache to the next.
    if (session.token === null) void client.clearStore();
  }, [client, session.token]);

  if (session.token) {
    return (
      <AppRoutes
        onSignOut={() =>
          method.mode === 'oidc'
            ? void method.session.signOut()
            : sessionStore.signOut('signed-out')
        }
      />
    );
  }
  if (method.mode === 'demo') {
    return (
      <SignInPage reason={session.reason} onSignedIn={(token) => sessionStore.signIn(token)} />
    );
  }
  return (
    <OidcSignInPage
      reason={session.reason}
      error={method.error}
      onSignIn={() => method.session.signIn()}
    />
  );
}
