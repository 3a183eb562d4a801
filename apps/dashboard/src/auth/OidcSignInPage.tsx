import { Body1, Button, Spinner, makeStyles } from '@fluentui/react-components';
import { useState } from 'react';
import { useI18n } from '../i18n/use-i18n';
import { ErrorState } from '../ui/ErrorState';
import type { SignOutReason } from './session-store';
import { SignInLayout } from './SignInLayout';
import { SignOutReasonMessage } from './SignOutReasonMessage';

const useStyles = makeStyles({ button: { alignSelf: 'flex-start' } });

export interface OidcSignInPageProps {
  reason?: SignOutReason;
  /** Why the sign-in the provider just sent the browser back from failed. */
  error?: string;
  onSignIn: () => Promise<void>;
}

/**
 * Sign-in through the municipality's identity provider; after the provider would not renew the
 * session, the page says the session has ended.
 */
export function OidcSignInPage({ reason, error: signInError, onSignIn }: OidcSignInPageProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(signInError ?? null);
  const ended = reason === 'ended';

  const signIn = async () => {
    setPending(true);
    setError(null);
    try {
      await onSignIn();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
      setPending(false);
    }
  };

  return (
    <SignInLayout title={ended ? t.signIn.endedTitle : t.signIn.title}>
      {!ended && <SignOutReasonMessage reason={reason} />}
      <Body1>{ended ? t.signIn.ended : t.signIn.oidcIntro}</Body1>
      {error && <ErrorState title={t.signIn.failed} message={error} />}
      <Button
        className={styles.button}
        appearance="primary"
        disabled={pending}
        onClick={() => void signIn()}
      >
        {ended ? t.signIn.signInAgain : t.signIn.signInButton}
      </Button>
      {pending && <Spinner size="tiny" label={t.signIn.redirecting} />}
    </SignInLayout>
  );
}
