import type { ErrorLike } from '@apollo/client';
import { useCallback, useState } from 'react';
import { mutationProblem, type MutationProblem } from '../../apollo/mutation-errors';

export type ChangeState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'problem'; problem: MutationProblem };

/** Runs one change and keeps what came of it, in the terms the form shows. */
export function useInterventionChange() {
  const [state, setState] = useState<ChangeState>({ kind: 'idle' });
  const run = useCallback(async (change: () => Promise<unknown>) => {
    setState({ kind: 'saving' });
    try {
      await change();
      setState({ kind: 'saved' });
    } catch (error) {
      setState({ kind: 'problem', problem: mutationProblem(error as ErrorLike) });
    }
  }, []);
  const reset = useCallback(() => setState({ kind: 'idle' }), []);
  const fieldError = (field: string): string | undefined =>
    state.kind === 'problem' && state.problem.kind === 'invalid'
      ? state.problem.fields[field]
      : undefined;
  /** A Fluent `Field`'s validation props for one input, from the last problem. */
  const fieldProps = (field: string) => {
    const message = fieldError(field);
    return { validationMessage: message, validationState: message ? 'error' : 'none' } as const;
  };
  return { state, run, reset, fieldError, fieldProps };
}
