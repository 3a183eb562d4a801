import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useI18n } from '../i18n/use-i18n';
import type { SignOutReason } from './session-store';

/** Why the user is looking at the sign-in page again, when they were signed out during this visit. */
export function SignOutReasonMessage({ reason }: { reason: SignOutReason | undefined }) {
  const { t } = useI18n();
  if (!reason) return null;
  const message: Record<SignOutReason, string> = {
    'signed-out': t.signIn.signedOut,
    expired: t.signIn.expired,
    ended: t.signIn.ended,
  };
  return (
    <MessageBar intent={reason === 'signed-out' ? 'info' : 'warning'}>
      <MessageBarBody>{message[reason]}</MessageBarBody>
    </MessageBar>
  );
}
