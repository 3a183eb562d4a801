import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { useMemo } from 'react';
import type { MutationProblem } from '../apollo/mutation-errors';
import { useI18n } from '../i18n/use-i18n';
import { ChangeWords, type ChangeNames } from './change-words';
import type { InterventionChange } from './use-intervention-change';

const NO_NAMES: ChangeNames = {
  organisations: new Map(),
  districts: new Map(),
  focusAreas: new Map(),
  indicators: new Map(),
};

type Conflict = Extract<MutationProblem, { kind: 'conflict' }>;

/** Who changed what and when, in sentences; the version only when the API said no more. */
function useConflictText(problem: Conflict, version: number, names: ChangeNames): string[] {
  const { t, format } = useI18n();
  const words = useMemo(() => new ChangeWords(t, format, names), [t, format, names]);
  const w = t.interventionWork;
  if (problem.changes.length === 0) return [w.conflictUnknown(problem.currentVersion ?? version)];
  return problem.changes.map((change) => {
    const what =
      change.field === 'milestones'
        ? w.milestoneAlreadyDone(words.value('doneDate', change.after))
        : words.fieldChange(change.field, change.before, change.after);
    const when = change.at ? format.dateTime(change.at) : '';
    return change.actorName ? w.conflictBy(what, change.actorName, when) : `${what}.`;
  });
}

function ConflictMessage(props: {
  problem: Conflict;
  version: number;
  names: ChangeNames;
  retryLabel: string;
  change: InterventionChange;
  onReload: () => void;
}) {
  const { t } = useI18n();
  const lines = useConflictText(props.problem, props.version, props.names);
  return (
    <MessageBar intent="warning" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t.interventionWork.conflictTitle}</MessageBarTitle> {lines.join(' ')}{' '}
        {t.interventionWork.conflictKept}
      </MessageBarBody>
      <MessageBarActions>
        {props.change.retry && (
          <Button appearance="primary" onClick={() => void props.change.retry?.()}>
            {props.retryLabel}
          </Button>
        )}
        <Button onClick={props.onReload}>{t.assignments.reload}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/**
 * What came of a change: what was saved, a conflict (who changed what and when, with a retry of
 * the user's own change on top of it), or why it was refused.
 */
export function ChangeOutcome({
  change,
  version,
  onReload,
  names = NO_NAMES,
  retryLabel,
}: {
  change: InterventionChange;
  /** The version the page knows, shown if the API gave none. */
  version: number;
  onReload: () => void;
  names?: ChangeNames;
  /** The retry button's words, e.g. "Try again with my text". */
  retryLabel?: string;
}) {
  const { t } = useI18n();
  const { state } = change;
  if (state.kind === 'saved') {
    return (
      <MessageBar intent="success" role="status">
        <MessageBarBody>{state.message}</MessageBarBody>
      </MessageBar>
    );
  }
  if (state.kind !== 'problem') return null;
  const { problem } = state;
  if (problem.kind === 'conflict') {
    return (
      <ConflictMessage
        problem={problem}
        version={version}
        names={names}
        retryLabel={retryLabel ?? t.interventionWork.retryWithMyChanges}
        change={change}
        onReload={() => {
          change.reset();
          onReload();
        }}
      />
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
