import type { DataSource } from 'typeorm';
import { loadDemoData } from '@lagesbild/service';
import { ChangeLogEntry } from '../change-log/change-log-entry.entity';
import { FocusArea } from '../focus-area/focus-area.entity';
import { FollowUpIndicator } from '../follow-up/follow-up-indicator.entity';
import { InterventionStatus } from '../intervention/intervention-status';
import { Intervention } from '../intervention/intervention.entity';
import { Milestone } from '../milestone/milestone.entity';
import { ProgressReport } from '../progress-report/progress-report.entity';

const PLAN_PERIOD = { periodStart: '2025-01-01', periodEnd: '2026-12-31' };

/**
 * Fills an empty interventions schema with the demo action plan: focus areas, interventions with
 * follow-up indicators, milestones and progress reports, and their change log — in one transaction.
 * Does nothing when focus areas exist, so a restart keeps the data.
 */
export async function seedInterventions(dataSource: DataSource): Promise<boolean> {
  const { DEMO_FOCUS_AREAS, demoInterventions, demoPeople } = await loadDemoData();
  return dataSource.transaction(async (manager) => {
    if ((await manager.count(FocusArea)) > 0) return false;
    const people = demoPeople();
    const chair = people.find((p) => p.username === 'ks.ordforande') ?? people[0];
    const reporterOf = (organisation: string) =>
      people.find(
        (p) =>
          p.organisation === organisation && p.signsIn && !p.accessRoles.includes('LEADERSHIP'),
      ) ??
      people.find((p) => p.organisation === organisation) ??
      chair;

    const focusAreas = await manager.save(
      DEMO_FOCUS_AREAS.map((f, index) =>
        manager.create(FocusArea, {
          title: f.title,
          problem: f.problem,
          causeAnalysis: f.causeAnalysis,
          districtCodes: f.districts,
          indicatorKeys: f.indicators,
          priorityRank: index + 1,
          ...PLAN_PERIOD,
        }),
      ),
    );
    const focusAreaId = new Map(
      DEMO_FOCUS_AREAS.map((f, index) => [f.key, focusAreas[index]?.id ?? null]),
    );
    const log: Partial<ChangeLogEntry>[] = [];
    // The person who answers for each intervention: the owner's people in turn, so that the
    // same demo always names the same person.
    const assigned = new Map<string, number>();
    const responsibleOf = (organisation: string) => {
      const members = people
        .filter((p) => p.organisation === organisation)
        .sort((a, b) => a.username.localeCompare(b.username));
      const turn = assigned.get(organisation) ?? 0;
      assigned.set(organisation, turn + 1);
      return members.length > 0 ? (members[turn % members.length]?.username ?? null) : null;
    };

    for (const demo of demoInterventions()) {
      const intervention = await manager.save(
        manager.create(Intervention, {
          title: demo.title,
          description: demo.description,
          problem: demo.problem,
          cause: demo.cause,
          goal: demo.goal,
          focusAreaId: focusAreaId.get(demo.focusArea) ?? null,
          ownerCode: demo.owner,
          coOwnerCodes: demo.coOwners,
          districtCodes: demo.districts,
          startDate: demo.startDate,
          endDate: demo.endDate,
          status: InterventionStatus[demo.status],
          citizenPromise: demo.citizenPromise,
          responsibleUsername: responsibleOf(demo.owner),
        }),
      );
      const id = intervention.id;
      if (demo.followUps.length > 0) {
        await manager.insert(
          FollowUpIndicator,
          demo.followUps.map((f) => ({
            interventionId: id,
            indicatorKey: f.indicator,
            baseline: f.baseline,
            target: f.target,
            districtCodes: demo.districts,
            startDate: demo.startDate,
          })),
        );
      }
      await manager.insert(
        Milestone,
        demo.milestones.map((m) => ({ ...m, interventionId: id })),
      );
      const reporter = reporterOf(demo.owner);
      await manager.insert(
        ProgressReport,
        demo.progressReports.map((r) => ({
          ...r,
          status: InterventionStatus[r.status],
          interventionId: id,
          authorUsername: reporter?.username ?? 'admin',
        })),
      );
      log.push({
        at: new Date(`${demo.startDate}T09:00:00Z`),
        actorUsername: chair?.username ?? 'admin',
        actorName: chair?.name ?? 'admin',
        entityType: 'Intervention',
        entityId: id,
        interventionId: id,
        version: 1,
        action: 'CREATED',
        after: {
          title: demo.title,
          owner: demo.owner,
          responsible: intervention.responsibleUsername,
          status: 'PLANNED',
        },
      });
      for (const report of demo.progressReports) {
        log.push({
          at: new Date(`${report.reportedOn}T15:00:00Z`),
          actorUsername: reporter?.username ?? 'admin',
          actorName: reporter?.name ?? 'admin',
          entityType: 'Intervention',
          entityId: id,
          interventionId: id,
          action: 'PROGRESS_REPORTED',
          after: { status: report.status, reportedOn: report.reportedOn },
        });
      }
    }
    await manager.save(log.map((entry) => manager.create(ChangeLogEntry, entry)));
    return true;
  });
}
