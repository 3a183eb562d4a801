import type { DataSource } from 'typeorm';
import { FollowUpIndicator } from '../follow-up/follow-up-indicator.entity';
import { organisationRef } from '../federated/federated-entities';
import { daysBetween, todayInStockholm } from '@lagesbild/period';
import { InterventionStatus, ON_TRACK } from '../intervention/intervention-status';
import { Intervention } from '../intervention/intervention.entity';
import { HAS_OVERDUE_MILESTONE } from '../intervention/lateness';
import { Milestone } from '../milestone/milestone.entity';
import type { LateInterventionsService } from './late-interventions.service';
import type { KpiSummary, OverdueMilestone } from './kpi-summary.types';
import { INTERVENTIONS_SCHEMA } from '../data-source';

/** The leadership's overview, in a fixed number of statements whatever the number of interventions. */
export class KpiSummaryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly late: LateInterventionsService,
  ) {}

  async summary(): Promise<KpiSummary> {
    const now = todayInStockholm();
    const [counts, overdue, followUps, withOverdue, lateInterventions] = await Promise.all([
      this.dataSource.query(
        `SELECT "ownerCode" AS owner, status, count(*)::int AS count,
                count("citizenPromise")::int AS promises
           FROM ${INTERVENTIONS_SCHEMA}.intervention GROUP BY "ownerCode", status`,
      ) as Promise<
        { owner: string; status: InterventionStatus; count: number; promises: number }[]
      >,
      this.dataSource
        .getRepository(Milestone)
        .createQueryBuilder('m')
        .innerJoinAndSelect('m.intervention', 'i')
        .where('m."doneDate" IS NULL AND m."dueDate" < :now', { now })
        .andWhere('i.status NOT IN (:...closed)', {
          closed: [InterventionStatus.COMPLETED, InterventionStatus.CANCELLED],
        })
        .orderBy('m."dueDate"', 'ASC')
        .getMany(),
      this.dataSource
        .getRepository(FollowUpIndicator)
        .createQueryBuilder('f')
        .innerJoin('f.intervention', 'i')
        .where('i.status <> :cancelled', { cancelled: InterventionStatus.CANCELLED })
        .orderBy('f."indicatorKey"')
        .getMany(),
      this.dataSource
        .getRepository(Intervention)
        .createQueryBuilder('i')
        .where(HAS_OVERDUE_MILESTONE, { today: now })
        .getCount(),
      this.late.list(),
    ]);
    const total = counts.reduce((sum, row) => sum + row.count, 0);
    const byStatus = Object.values(InterventionStatus).map((status) => ({
      status,
      count: counts.filter((row) => row.status === status).reduce((sum, row) => sum + row.count, 0),
    }));
    const owners = [...new Set(counts.map((row) => row.owner))].sort();
    const active =
      total - (byStatus.find((s) => s.status === InterventionStatus.CANCELLED)?.count ?? 0);
    const onTrack = byStatus
      .filter((s) => ON_TRACK.has(s.status))
      .reduce((sum, s) => sum + s.count, 0);
    const overdueMilestones: OverdueMilestone[] = overdue.flatMap((milestone) =>
      milestone.intervention
        ? [
            {
              milestone,
              intervention: milestone.intervention,
              daysOverdue: daysBetween(milestone.dueDate, now),
            },
          ]
        : [],
    );
    return {
      total,
      byStatus,
      byOwner: owners.map((owner) => {
        const rows = counts.filter((row) => row.owner === owner);
        return {
          owner: organisationRef(owner),
          total: rows.reduce((sum, row) => sum + row.count, 0),
          byStatus: rows.map((row) => ({ status: row.status, count: row.count })),
        };
      }),
      overdueMilestones,
      withOverdueMilestones: withOverdue,
      lateInterventions,
      shareOnTrack: active > 0 ? onTrack / active : 1,
      citizenPromises: counts.reduce((sum, row) => sum + row.promises, 0),
      followUps,
    };
  }
}
