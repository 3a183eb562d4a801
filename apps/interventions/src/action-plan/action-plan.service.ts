import type { DataSource } from 'typeorm';
import type { Principal } from '@lagesbild/auth';
import { createHash } from 'node:crypto';
import {
  ConflictError,
  InvalidInputError,
  NotFoundError,
  SHORT_TEXT,
} from '@lagesbild/subgraph-kit';
import { recordChange } from '../change-log/change-log';
import { FocusArea } from '../focus-area/focus-area.entity';
import { FollowUpIndicator } from '../follow-up/follow-up-indicator.entity';
import { checkText } from '../intervention/input-checks';
import { InterventionStatus } from '../intervention/intervention-status';
import { Intervention } from '../intervention/intervention.entity';
import { INTERVENTIONS_SCHEMA } from '../data-source';
import type { ReferenceData } from '../reference-data/reference-data';
import { ActionPlan } from './action-plan.entity';
import { citeFigure, type ActionPlanSnapshot } from './action-plan-snapshot';
import type { ActionPlanComparison } from './action-plan.types';
import { comparePlans, type PlanNames } from './plan-comparison';

/** Identifies a draft's focus areas and interventions (its figures may move without a decision). */
function fingerprint(snapshot: ActionPlanSnapshot): string {
  return createHash('sha256')
    .update(JSON.stringify([snapshot.focusAreas, snapshot.interventions]))
    .digest('hex');
}

/** Publishing the action plan as an immutable, numbered public record, and comparing versions. */
export class ActionPlanService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly referenceData: ReferenceData,
  ) {}

  list(): Promise<ActionPlan[]> {
    return this.dataSource.getRepository(ActionPlan).find({ order: { version: 'DESC' } });
  }

  async byVersion(version: number): Promise<ActionPlan> {
    const plan = await this.dataSource.getRepository(ActionPlan).findOneBy({ version });
    if (!plan) throw new NotFoundError(`No action plan has version ${version}.`, { version });
    return plan;
  }

  /**
   * What publishing now would freeze: the focus areas and the interventions not cancelled, with a
   * reference (indicator and latest final period) to the municipal figure of every indicator they
   * cite.
   */
  async draft(): Promise<{ snapshot: ActionPlanSnapshot; fingerprint: string }> {
    const [focusAreas, interventions, followUps] = await Promise.all([
      this.dataSource.getRepository(FocusArea).find({ order: { priorityRank: 'ASC' } }),
      this.dataSource.getRepository(Intervention).find({ order: { title: 'ASC' } }),
      this.dataSource.getRepository(FollowUpIndicator).find({ order: { indicatorKey: 'ASC' } }),
    ]);
    const decided = interventions.filter((i) => i.status !== InterventionStatus.CANCELLED);
    const cited = [
      ...new Set([
        ...focusAreas.flatMap((f) => f.indicatorKeys),
        ...followUps
          .filter((f) => decided.some((i) => i.id === f.interventionId))
          .map((f) => f.indicatorKey),
      ]),
    ].sort();
    const snapshot: ActionPlanSnapshot = {
      focusAreas: focusAreas.map((f) => ({
        id: f.id,
        title: f.title,
        problem: f.problem,
        causeAnalysis: f.causeAnalysis,
        priorityRank: f.priorityRank,
        districtCodes: f.districtCodes,
        indicatorKeys: f.indicatorKeys,
      })),
      interventions: decided.map((i) => ({
        id: i.id,
        title: i.title,
        description: i.description,
        goal: i.goal,
        focusAreaId: i.focusAreaId,
        ownerCode: i.ownerCode,
        coOwnerCodes: i.coOwnerCodes,
        districtCodes: i.districtCodes,
        startDate: i.startDate,
        endDate: i.endDate,
        status: i.status,
        citizenPromise: i.citizenPromise,
        followUps: followUps
          .filter((f) => f.interventionId === i.id)
          .map((f) => ({ indicatorKey: f.indicatorKey, baseline: f.baseline, target: f.target })),
      })),
      indicatorFigures: (await this.referenceData.citedPeriods(cited)).map(citeFigure),
    };
    return { snapshot, fingerprint: fingerprint(snapshot) };
  }

  /**
   * Freezes the draft as the next version. Given the fingerprint of the draft the caller
   * previewed, refuses with CONFLICT if the focus areas or interventions have changed since.
   */
  async publish(
    title: string,
    period: string,
    expectedDraft: string | null,
    principal: Principal,
  ): Promise<ActionPlan> {
    const checkedTitle = checkText('title', title, SHORT_TEXT);
    const checkedPeriod = checkText('period', period, 50);
    const { snapshot, fingerprint: current } = await this.draft();
    if (expectedDraft !== null && expectedDraft !== current) {
      throw new ConflictError(
        'The focus areas or interventions have changed since the preview; look at the plan again before publishing it.',
        { currentDraft: current, expectedDraft },
      );
    }
    return this.dataSource.transaction(async (manager) => {
      // Versions are numbered without gaps: one publication at a time.
      await manager.query(`LOCK TABLE ${INTERVENTIONS_SCHEMA}.action_plan IN EXCLUSIVE MODE`);
      const [{ next }] = await manager.query(
        `SELECT coalesce(max(version), 0) + 1 AS next FROM ${INTERVENTIONS_SCHEMA}.action_plan`,
      );
      const plan = await manager.save(
        manager.create(ActionPlan, {
          version: Number(next),
          title: checkedTitle,
          period: checkedPeriod,
          publishedBy: principal.username,
          snapshot,
        }),
      );
      await recordChange(manager, principal, {
        entityType: 'ActionPlan',
        entityId: String(plan.version),
        action: 'PUBLISHED',
        after: {
          version: plan.version,
          title: plan.title,
          period: plan.period,
          focusAreas: snapshot.focusAreas.length,
          interventions: snapshot.interventions.length,
        },
      });
      return plan;
    });
  }

  /** What differs between two versions, each changed field with its value in both. */
  async compare(from: number, to: number): Promise<ActionPlanComparison> {
    if (from === to) throw new InvalidInputError('to', 'Compare two different versions.');
    const [older, newer, districts, organisations, indicators] = await Promise.all([
      this.byVersion(from),
      this.byVersion(to),
      this.referenceData.districts(),
      this.referenceData.organisations(),
      this.referenceData.indicators(),
    ]);
    const names: PlanNames = {
      district: (code) => districts.get(code)?.name ?? code,
      organisation: (code) => organisations.get(code)?.name ?? code,
      indicator: (key) => indicators.get(key)?.name ?? key,
    };
    return { from, to, ...comparePlans(older.snapshot, newer.snapshot, names) };
  }
}
