import { CombinedGraphQLErrors, type ErrorLike } from '@apollo/client';

/** What is wrong with one field, as the API's BAD_USER_INPUT says it (`reason`, `max`, `values`). */
export interface FieldProblem {
  reason: string | null;
  max: number | null;
  values: string[];
  /** The API's own words, for a reason the dashboard has no words for. */
  message: string;
}

/** A change someone else made meanwhile that the refused change collided with. */
export interface ConflictingChange {
  field: string;
  actorName: string | null;
  at: string | null;
  before: unknown;
  after: unknown;
}

/** What went wrong with a change, in the terms the forms act on. */
export type MutationProblem =
  | {
      kind: 'conflict';
      currentVersion: number | null;
      changedBy: string | null;
      changedAt: string | null;
      changes: ConflictingChange[];
    }
  | { kind: 'invalid'; fields: Record<string, FieldProblem>; message: string }
  | { kind: 'forbidden'; message: string }
  | { kind: 'other'; message: string };

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function conflictingChanges(value: unknown): ConflictingChange[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const change = item as Record<string, unknown>;
    const field = text(change.field);
    return field
      ? [
          {
            field,
            actorName: text(change.actorName),
            at: text(change.at),
            before: change.before ?? null,
            after: change.after ?? null,
          },
        ]
      : [];
  });
}

/**
 * Reads the API's error codes: CONFLICT (with `currentVersion` and who changed what, when),
 * BAD_USER_INPUT (with `field`, the path of the input at fault, and `reason`) and FORBIDDEN;
 * anything else is reported as it came.
 */
export function mutationProblem(error: ErrorLike): MutationProblem {
  if (!CombinedGraphQLErrors.is(error)) return { kind: 'other', message: error.message };
  const conflict = error.errors.find((e) => e.extensions?.code === 'CONFLICT');
  if (conflict) {
    const ext = conflict.extensions ?? {};
    const version = ext.currentVersion;
    return {
      kind: 'conflict',
      currentVersion: typeof version === 'number' ? version : null,
      changedBy: text(ext.changedBy),
      changedAt: text(ext.changedAt),
      changes: conflictingChanges(ext.changes),
    };
  }
  const invalid = error.errors.filter((e) => e.extensions?.code === 'BAD_USER_INPUT');
  if (invalid.length > 0) {
    const fields: Record<string, FieldProblem> = {};
    for (const e of invalid) {
      const field = text(e.extensions?.field);
      if (!field) continue;
      const values = e.extensions?.values;
      fields[field] = {
        reason: text(e.extensions?.reason),
        max: typeof e.extensions?.max === 'number' ? e.extensions.max : null,
        values: Array.isArray(values) ? values.filter((v) => typeof v === 'string') : [],
        message: e.message,
      };
    }
    return { kind: 'invalid', fields, message: invalid.map((e) => e.message).join(' ') };
  }
  const forbidden = error.errors.find((e) => e.extensions?.code === 'FORBIDDEN');
  if (forbidden) return { kind: 'forbidden', message: forbidden.message };
  return { kind: 'other', message: error.errors.map((e) => e.message).join(' ') };
}
