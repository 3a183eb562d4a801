import { MoreThan, type EntityManager } from 'typeorm';
import { ConflictError } from '@lagesbild/subgraph-kit';
import { ChangeLogEntry } from '../change-log/change-log-entry.entity';

/** The intervention's own fields, as the change log names them. */
export const INTERVENTION_FIELDS = [
  'title',
  'description',
  'problem',
  'cause',
  'goal',
  'focusAreaId',
  'owner',
  'coOwners',
  'districts',
  'startDate',
  'endDate',
  'status',
  'citizenPromise',
  'followUps',
] as const;

export type InterventionField = (typeof INTERVENTION_FIELDS)[number];

/** One field someone else set since the caller's version, and what they set it to. */
export interface FieldChange {
  field: string;
  actorName: string | null;
  at: Date | null;
  before: unknown;
  after: unknown;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The intervention fields one logged change set. Milestones and progress reports are appended
 * beside the intervention: adding or completing one sets none of its fields, and a report sets
 * only the status, and only when it changed it.
 */
export function fieldsSetBy(entry: ChangeLogEntry): FieldChange[] {
  if (entry.action === 'MILESTONE_ADDED' || entry.action === 'MILESTONE_COMPLETED') return [];
  const before = entry.before ?? {};
  const after = entry.after ?? {};
  return INTERVENTION_FIELDS.filter(
    (field) => field in after && !same(before[field], after[field]),
  ).map((field) => ({
    field,
    actorName: entry.actorName,
    at: entry.at,
    before: before[field] ?? null,
    after: after[field],
  }));
}

/**
 * What happened to an intervention between the version a caller saw and the current one, so that
 * a change conflicts only with changes to the same fields: a field someone else set meanwhile
 * is refused with CONFLICT when the caller sets it to yet another value; one the caller sends as
 * they saw it is left as the other person set it.
 */
export class ChangesSince {
  private constructor(
    private readonly title: string,
    private readonly seenVersion: number,
    private readonly currentVersion: number,
    /** Oldest first; null when the log cannot say (changes from before versions were logged). */
    private readonly entries: ChangeLogEntry[] | null,
  ) {}

  static async load(
    manager: EntityManager,
    intervention: { id: string; title: string; version: number },
    seenVersion: number,
  ): Promise<ChangesSince> {
    if (seenVersion > intervention.version || seenVersion < 1) {
      throw new ConflictError(
        `"${intervention.title}" has no version ${seenVersion}; it is now version ${intervention.version}. Reload it and make your change again.`,
        { currentVersion: intervention.version, expectedVersion: seenVersion, changes: [] },
      );
    }
    if (seenVersion === intervention.version) {
      return new ChangesSince(intervention.title, seenVersion, intervention.version, []);
    }
    const entries = await manager.find(ChangeLogEntry, {
      where: { interventionId: intervention.id, version: MoreThan(seenVersion) },
      order: { id: 'ASC' },
    });
    const complete = entries.length === intervention.version - seenVersion;
    return new ChangesSince(
      intervention.title,
      seenVersion,
      intervention.version,
      complete ? entries : null,
    );
  }

  /** The latest change someone else made to `field` since the caller's version, if any. */
  private changesTo(field: InterventionField): FieldChange[] | null {
    if (this.entries === null) return null;
    return this.entries.flatMap(fieldsSetBy).filter((change) => change.field === field);
  }

  /**
   * Whether the caller's value for a field is to be written: `true` to write it, `false` when it
   * is what they saw and someone has changed it since (their change stands), a conflict when both
   * set it to different values. With `explicit`, the caller set the field on purpose (a status
   * change), so sending what they saw is no reason to keep another's value.
   */
  reconcile(
    field: InterventionField,
    wanted: unknown,
    current: unknown,
    conflicts: FieldChange[],
    explicit = false,
  ): boolean {
    const changes = this.changesTo(field);
    if (changes === null) {
      if (!same(wanted, current)) {
        conflicts.push({ field, actorName: null, at: null, before: null, after: current });
      }
      return false;
    }
    const [first] = changes;
    const latest = changes.at(-1);
    if (!first || !latest) return true;
    if (same(wanted, current)) return false;
    if (!explicit && same(wanted, first.before)) return false;
    conflicts.push({ ...latest, before: first.before, after: current });
    return false;
  }

  /** Refuses the change when any field conflicts, naming who changed what and when. */
  assertNoConflict(conflicts: FieldChange[]) {
    if (conflicts.length > 0)
      throw conflictError(this.title, conflicts, this.seenVersion, this.currentVersion);
  }
}

/** CONFLICT naming, for each field, who changed it, when, from what and to what. */
export function conflictError(
  title: string,
  changes: FieldChange[],
  expectedVersion: number,
  currentVersion: number,
): ConflictError {
  const latest = [...changes].sort((a, b) => (b.at?.getTime() ?? 0) - (a.at?.getTime() ?? 0))[0];
  const what = changes
    .map(
      (c) =>
        `${c.field} (${JSON.stringify(c.before)} → ${JSON.stringify(c.after)}` +
        `${c.actorName ? ` by ${c.actorName}` : ''}${c.at ? ` at ${c.at.toISOString()}` : ''})`,
    )
    .join(', ');
  return new ConflictError(
    `"${title}" has been changed by someone else since version ${expectedVersion}: ${what}. It is now version ${currentVersion}; make your change again on top of theirs.`,
    {
      currentVersion,
      expectedVersion,
      changedBy: latest?.actorName ?? null,
      changedAt: latest?.at?.toISOString() ?? null,
      changedFields: [...new Set(changes.map((c) => c.field))],
      changes: changes.map((c) => ({
        field: c.field,
        actorName: c.actorName,
        at: c.at?.toISOString() ?? null,
        before: c.before ?? null,
        after: c.after ?? null,
      })),
    },
  );
}
