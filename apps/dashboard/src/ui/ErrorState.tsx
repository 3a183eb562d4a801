import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { useI18n } from '../i18n/use-i18n';

export interface ErrorStateProps {
  title: string;
  message: string;
  onRetry?: () => void;
}

/** An error message in place of content that could not be shown, with a way to try again. */
export function ErrorState({ title, message, onRetry }: ErrorStateProps) {
  const { t } = useI18n();
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle> {message}
      </MessageBarBody>
      {onRetry && (
        <MessageBarActions>
          <Button onClick={onRetry}>{t.common.retry}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
