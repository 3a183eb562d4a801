import type { EntityManager } from 'typeorm';
import type { Principal } from '@lagesbild/auth';
import { ChangeLogEntry } from './change-log-entry.entity';

export interface Change {
  entityType: 'Intervention' | 'FocusArea' | 'Milestone' | 'ProgressReport' | 'ActionPlan';
  entityId: string;
  interventionId?: string | null;
  /** The intervention's version after the change. */
  version?: number | null;
  action: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/** Writes one change to the change log, inside the caller's transaction. */
export async function recordChange(
  manager: EntityManager,
  principal: Principal,
  change: Change,
): Promise<void> {
  await manager.save(
    manager.create(ChangeLogEntry, {
      actorUsername: principal.username,
      actorName: principal.name,
      entityType: change.entityType,
      entityId: change.entityId,
      interventionId: change.interventionId ?? null,
      version: change.version ?? null,
      action: change.action,
      before: change.before ?? null,
      after: change.after ?? null,
    }),
  );
}

/** The fields of `after` that differ from `before`, each side with only those fields. */
export function difference(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): { before: Record<string, unknown>; after: Record<string, unknown> } | null {
  const changed = Object.keys(after).filter(
    (key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
  if (changed.length === 0) return null;
  return {
    before: Object.fromEntries(changed.map((key) => [key, before[key]])),
    after: Object.fromEntries(changed.map((key) => [key, after[key]])),
  };
}
