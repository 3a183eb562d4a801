import { In, type DataSource } from 'typeorm';
import { daysBetween, todayInStockholm } from '@lagesbild/period';
import { ChangeLogEntry } from '../change-log/change-log-entry.entity';
import { InterventionStatus } from '../intervention/intervention-status';
import { Intervention } from '../intervention/intervention.entity';
import { IS_LATE, LATE_STATUSES } from '../intervention/lateness';
import { Milestone } from '../milestone/milestone.entity';
import { LateMeasure, type LateIntervention } from './kpi-summary.types';

/**
 * The date an intervention last went into AT_RISK or DELAYED and stayed there, read from its
 * change log (oldest first): a progress report counts from its report date, any other change from
 * the day it was made. Null when the log never shows the change.
 */
export function lateStatusSince(changes: ReadonlyArray<ChangeLogEntry>): string | null {
  let since: string | null = null;
  for (const change of changes) {
    const status = change.after?.status;
    if (typeof status !== 'string') continue;
    if (!LATE_STATUSES.has(status as InterventionStatus)) {
      since = null;
    } else if (since === null) {
      const reportedOn = change.after?.reportedOn;
      since = typeof reportedOn === 'string' ? reportedOn : todayInStockholm(change.at);
    }
  }
  return since;
}

/**
 * The interventions that are late — not completed or cancelled, and at risk, delayed or with an
 * overdue milestone — most days late first, in three statements whatever their number.
 */
export class LateInterventionsService {
  constructor(private readonly dataSource: DataSource) {}

  async list(): Promise<LateIntervention[]> {
    const now = todayInStockholm();
    const late = await this.dataSource
      .getRepository(Intervention)
      .createQueryBuilder('i')
      .where(IS_LATE, { today: now })
      .getMany();
    if (late.length === 0) return [];
    const ids = late.map((i) => i.id);
    const byStatus = late.filter((i) => LATE_STATUSES.has(i.status)).map((i) => i.id);
    const [overdue, changes] = await Promise.all([
      this.dataSource
        .getRepository(Milestone)
        .createQueryBuilder('m')
        .where({ interventionId: In(ids) })
        .andWhere('m."doneDate" IS NULL AND m."dueDate" < :now', { now })
        .orderBy('m."dueDate"', 'ASC')
        .addOrderBy('m.title', 'ASC')
        .getMany(),
      byStatus.length === 0
        ? Promise.resolve([])
        : this.dataSource
            .getRepository(ChangeLogEntry)
            .createQueryBuilder('c')
            .where({ interventionId: In(byStatus) })
            .andWhere(`c."after" ->> 'status' IS NOT NULL`)
            .orderBy('c.at', 'ASC')
            .addOrderBy('c.id', 'ASC')
            .getMany(),
    ]);
    const oldestOverdue = new Map<string, Milestone>();
    for (const m of overdue)
      if (!oldestOverdue.has(m.interventionId)) oldestOverdue.set(m.interventionId, m);
    const changesOf = new Map<string, ChangeLogEntry[]>();
    for (const c of changes) {
      if (!c.interventionId) continue;
      changesOf.set(c.interventionId, [...(changesOf.get(c.interventionId) ?? []), c]);
    }

    return late
      .map((intervention): LateIntervention => {
        const milestone = oldestOverdue.get(intervention.id) ?? null;
        const statusSince = LATE_STATUSES.has(intervention.status)
          ? (lateStatusSince(changesOf.get(intervention.id) ?? []) ??
            todayInStockholm(intervention.updatedAt))
          : null;
        // Late since the earlier of the two signs; a late intervention has at least one.
        const fromMilestone =
          milestone !== null && (statusSince === null || milestone.dueDate <= statusSince);
        const lateSince = fromMilestone ? milestone.dueDate : (statusSince ?? now);
        return {
          intervention,
          lateSince,
          daysLate: Math.max(0, daysBetween(lateSince, now)),
          measuredFrom: fromMilestone ? LateMeasure.OVERDUE_MILESTONE : LateMeasure.STATUS,
          oldestOverdueMilestone: milestone,
          statusSince,
        };
      })
      .sort(
        (a, b) =>
          b.daysLate - a.daysLate || a.intervention.title.localeCompare(b.intervention.title, 'sv'),
      );
  }
}
