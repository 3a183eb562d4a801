import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { useI18n } from '../../i18n/use-i18n';
import type { ChangeState } from './use-intervention-change';

/** What came of a change: saved, a conflict to reload for, or why it was refused. */
export function ChangeOutcome({
  state,
  version,
  onReload,
}: {
  state: ChangeState;
  /** The version the page knows, shown if the API gave none. */
  version: number;
  onReload: () => void;
}) {
  const { t } = useI18n();
  if (state.kind === 'saved') {
    return (
      <MessageBar intent="success" role="status">
        <MessageBarBody>{t.assignments.saved}</MessageBarBody>
      </MessageBar>
    );
  }
  if (state.kind !== 'problem') return null;
  const { problem } = state;
  if (problem.kind === 'conflict') {
    return (
      <MessageBar intent="warning" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{t.assignments.conflictTitle}</MessageBarTitle>{' '}
          {t.assignments.conflict(problem.currentVersion ?? version)}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={onReload}>{t.assignments.reload}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  const message =
    problem.kind === 'invalid'
      ? // Messages that belong to a field are shown beside it.
        Object.keys(problem.fields).length > 0
        ? t.assignments.invalid
        : `${t.assignments.invalid} ${problem.message}`
      : problem.kind === 'forbidden'
        ? `${t.assignments.forbidden} ${problem.message}`
        : `${t.assignments.failed} ${problem.message}`;
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>{message}</MessageBarBody>
    </MessageBar>
  );
}
