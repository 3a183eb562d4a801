import { CombinedGraphQLErrors, type ErrorLike } from '@apollo/client';

/** What went wrong with a change, in the terms the forms act on. */
export type MutationProblem =
  | { kind: 'conflict'; currentVersion: number | null }
  | { kind: 'invalid'; fields: Record<string, string>; message: string }
  | { kind: 'forbidden'; message: string }
  | { kind: 'other'; message: string };

/**
 * Reads the API's error codes: CONFLICT (with `currentVersion`), BAD_USER_INPUT (with `field`)
 * and FORBIDDEN; anything else is reported as it came.
 */
export function mutationProblem(error: ErrorLike): MutationProblem {
  if (!CombinedGraphQLErrors.is(error)) return { kind: 'other', message: error.message };
  const conflict = error.errors.find((e) => e.extensions?.code === 'CONFLICT');
  if (conflict) {
    const version = conflict.extensions?.currentVersion;
    return { kind: 'conflict', currentVersion: typeof version === 'number' ? version : null };
  }
  const invalid = error.errors.filter((e) => e.extensions?.code === 'BAD_USER_INPUT');
  if (invalid.length > 0) {
    const fields: Record<string, string> = {};
    for (const e of invalid) {
      const field = e.extensions?.field;
      if (typeof field === 'string') fields[field.split('.').at(-1) ?? field] = e.message;
    }
    return { kind: 'invalid', fields, message: invalid.map((e) => e.message).join(' ') };
  }
  const forbidden = error.errors.find((e) => e.extensions?.code === 'FORBIDDEN');
  if (forbidden) return { kind: 'forbidden', message: forbidden.message };
  return { kind: 'other', message: error.errors.map((e) => e.message).join(' ') };
}
