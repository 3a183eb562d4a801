import {
  Body1,
  Body1Strong,
  Button,
  Caption1,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { DemoDataNotice } from '../app/DemoDataNotice';
import { useI18n } from '../i18n/use-i18n';
import { roleLabel } from '../labels';
import { ErrorState } from '../ui/ErrorState';
import { PageSpinner } from '../ui/PageSpinner';
import { fetchDemoUsers, requestDemoToken, type DemoUser } from './demo-auth';
import type { SignOutReason } from './session-store';
import { SignInLayout } from './SignInLayout';
import { SignOutReasonMessage } from './SignOutReasonMessage';

const useStyles = makeStyles({
  users: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(16rem, 1fr))',
    gap: tokens.spacingHorizontalM,
    margin: 0,
    padding: 0,
    listStyle: 'none',
  },
  user: {
    width: '100%',
    height: '100%',
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    justifyContent: 'flex-start',
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalM,
    textAlign: 'start',
    fontWeight: tokens.fontWeightRegular,
  },
  detail: { color: tokens.colorNeutralForeground2 },
  username: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground3 },
});

type DemoUsers =
  | { state: 'loading' }
  | { state: 'failed'; message: string }
  | { state: 'loaded'; users: DemoUser[] };

export interface SignInPageProps {
  reason?: SignOutReason;
  onSignedIn: (token: string) => void;
}

/** Demo sign-in: pick one of the seeded users; the gateway issues a token for them. */
export function SignInPage({ reason, onSignedIn }: SignInPageProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const [attempt, setAttempt] = useState(0);
  const [demoUsers, setDemoUsers] = useState<DemoUsers>({ state: 'loading' });
  const [pending, setPending] = useState<string | null>(null);
  const [signInError, setSignInError] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    setDemoUsers({ state: 'loading' });
    fetchDemoUsers(controller.signal).then(
      (users) => setDemoUsers({ state: 'loaded', users }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setDemoUsers({
          state: 'failed',
          message: error instanceof Error ? error.message : String(error),
        });
      },
    );
    return () => controller.abort();
  }, [attempt]);

  const signIn = async (username: string) => {
    setPending(username);
    setSignInError(null);
    try {
      onSignedIn(await requestDemoToken(username));
    } catch (error) {
      setSignInError(error instanceof Error ? error.message : String(error));
      setPending(null);
    }
  };

  return (
    <SignInLayout title={t.signIn.title}>
      <SignOutReasonMessage reason={reason} />
      <Body1>{t.signIn.intro}</Body1>
      <DemoDataNotice />
      {signInError && <ErrorState title={t.signIn.failed} message={signInError} />}
      {demoUsers.state === 'loading' && <PageSpinner label={t.signIn.loadingUsers} />}
      {demoUsers.state === 'failed' && (
        <ErrorState
          title={t.signIn.usersFailed}
          message={demoUsers.message}
          onRetry={() => setAttempt((n) => n + 1)}
        />
      )}
      {demoUsers.state === 'loaded' && (
        <ul className={styles.users} aria-label={t.signIn.users}>
          {demoUsers.users.map((user) => (
            <li key={user.username}>
              <Button
                className={styles.user}
                appearance="outline"
                disabled={pending !== null}
                onClick={() => void signIn(user.username)}
              >
                <Body1Strong>{user.name}</Body1Strong>
                <Caption1 className={styles.detail}>{user.title}</Caption1>
                <Caption1 className={styles.detail}>
                  {[user.organisation, ...user.roles.map((role) => roleLabel(role, t.roles))]
                    .filter(Boolean)
                    .join(' · ')}
                </Caption1>
                <Caption1 className={styles.username}>{user.username}</Caption1>
                {pending === user.username && <Spinner size="tiny" label={t.signIn.signingIn} />}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </SignInLayout>
  );
}
