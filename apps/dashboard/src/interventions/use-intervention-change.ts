import type { ErrorLike } from '@apollo/client';
import { useCallback, useRef, useState } from 'react';
import {
  mutationProblem,
  type FieldProblem,
  type MutationProblem,
} from '../apollo/mutation-errors';
import type { Messages } from '../i18n/messages-sv';
import { useI18n } from '../i18n/use-i18n';

export type ChangeState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; message: string }
  | { kind: 'problem'; problem: MutationProblem };

/** A field's problem in the user's language: from its reason code, else the API's words. */
export function fieldMessage(problem: FieldProblem, t: Messages): string {
  const words = t.interventionWork.fieldErrors;
  switch (problem.reason) {
    case 'TOO_LONG':
      return problem.max === null ? problem.message : words.TOO_LONG(problem.max);
    case 'UNKNOWN':
    case 'DUPLICATE':
      return words[problem.reason](problem.values.join(', '));
    case 'REQUIRED':
    case 'MARKUP':
    case 'CONTROL_CHARACTERS':
    case 'NOT_A_DATE':
    case 'NOT_A_HALF_YEAR':
    case 'NOT_A_NUMBER':
    case 'END_BEFORE_START':
    case 'IN_THE_FUTURE':
    case 'OWNER_AS_CO_OWNER':
    case 'UNCHANGED':
      return words[problem.reason];
    default:
      return problem.message;
  }
}

/**
 * Runs one change and keeps what came of it, in the terms the form shows. A change is run with
 * the version it is based on; after a conflict, `retry` runs it again, as the user wrote it, on
 * the version the API reported.
 */
export function useInterventionChange() {
  const { t } = useI18n();
  const [state, setState] = useState<ChangeState>({ kind: 'idle' });
  const last = useRef<{ attempt: (version: number) => Promise<unknown>; saved: string } | null>(
    null,
  );
  const execute = useCallback(
    async (attempt: (version: number) => Promise<unknown>, version: number, saved: string) => {
      last.current = { attempt, saved };
      setState({ kind: 'saving' });
      try {
        await attempt(version);
        setState({ kind: 'saved', message: saved });
        return true;
      } catch (error) {
        setState({ kind: 'problem', problem: mutationProblem(error as ErrorLike) });
        return false;
      }
    },
    [],
  );
  /** Runs `attempt` on `version`; says `saved` when it succeeds. Resolves to whether it did. */
  const run = useCallback(
    (version: number, saved: string, attempt: (version: number) => Promise<unknown>) =>
      execute(attempt, version, saved),
    [execute],
  );
  const retry =
    state.kind === 'problem' &&
    state.problem.kind === 'conflict' &&
    state.problem.currentVersion !== null &&
    last.current
      ? (() => {
          const { attempt, saved } = last.current;
          const version = state.problem.currentVersion;
          return () => execute(attempt, version, saved);
        })()
      : null;
  const reset = useCallback(() => setState({ kind: 'idle' }), []);
  const fieldError = (field: string): string | undefined => {
    if (state.kind !== 'problem' || state.problem.kind !== 'invalid') return undefined;
    const problem = state.problem.fields[field];
    return problem ? fieldMessage(problem, t) : undefined;
  };
  /** A Fluent `Field`'s validation props for one input (by its path in the API's input). */
  const fieldProps = (field: string) => {
    const message = fieldError(field);
    return { validationMessage: message, validationState: message ? 'error' : 'none' } as const;
  };
  return { state, run, retry, reset, fieldError, fieldProps };
}

export type InterventionChange = ReturnType<typeof useInterventionChange>;
