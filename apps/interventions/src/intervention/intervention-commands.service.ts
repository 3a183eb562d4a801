import type { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '@lagesbild/auth';
import {
  ConflictError,
  InvalidInputError,
  LONG_TEXT,
  NotFoundError,
  SHORT_TEXT,
} from '@lagesbild/subgraph-kit';
import { assertMayChange } from '../access/access-policy';
import { today } from '@lagesbild/service';
import { difference, recordChange } from '../change-log/change-log';
import { FocusArea } from '../focus-area/focus-area.entity';
import { FollowUpIndicator } from '../follow-up/follow-up-indicator.entity';
import { Milestone } from '../milestone/milestone.entity';
import { ProgressReport } from '../progress-report/progress-report.entity';
import type { ReferenceData } from '../reference-data/reference-data';
import {
  checkDate,
  checkResponsible,
  checkId,
  checkHalfYear,
  checkKnown,
  checkNoDuplicates,
  checkPeriodOrder,
  checkText,
} from './input-checks';
import { InterventionStatus } from './intervention-status';
import { Intervention } from './intervention.entity';
import type {
  CreateInterventionInput,
  FollowUpInput,
  MilestoneInput,
  ProgressReportInput,
  UpdateInterventionInput,
} from './intervention.types';

/** The fields of an intervention the change log records. */
function snapshot(i: Intervention): Record<string, unknown> {
  return {
    title: i.title,
    description: i.description,
    problem: i.problem,
    cause: i.cause,
    goal: i.goal,
    focusAreaId: i.focusAreaId,
    owner: i.ownerCode,
    coOwners: i.coOwnerCodes,
    responsible: i.responsibleUsername,
    districts: i.districtCodes,
    startDate: i.startDate,
    endDate: i.endDate,
    status: i.status,
    citizenPromise: i.citizenPromise,
  };
}

function followUpSnapshot(
  followUps: { indicatorKey: string; baseline: number | null; target: number }[],
) {
  return followUps.map((f) => ({
    indicator: f.indicatorKey,
    baseline: f.baseline,
    target: f.target,
  }));
}

/**
 * Every change to an intervention: checked input, the caller's right to change it, optimistic
 * concurrency (the caller sends the version they saw; a stale one gets CONFLICT with the current
 * version), and a change-log entry — all in one transaction.
 */
export class InterventionCommandService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly referenceData: ReferenceData,
  ) {}

  async create(input: CreateInterventionInput, principal: Principal): Promise<Intervention> {
    const values = {
      title: checkText('title', input.title, SHORT_TEXT),
      description: checkText('description', input.description, LONG_TEXT, false),
      problem: checkText('problem', input.problem, LONG_TEXT, false),
      cause: checkText('cause', input.cause, LONG_TEXT, false),
      goal: checkText('goal', input.goal, 2_000),
      startDate: checkDate('startDate', input.startDate),
      endDate: checkDate('endDate', input.endDate),
      citizenPromise: checkHalfYear('citizenPromise', input.citizenPromise),
      status: input.status,
    };
    checkPeriodOrder(values.startDate, values.endDate);
    await this.checkOwnership(input.owner, input.coOwners);
    const responsible = input.responsible
      ? checkResponsible(
          input.responsible,
          [input.owner, ...input.coOwners],
          await this.referenceData.people(),
        )
      : null;
    await this.checkDistricts(input.districts);
    await this.checkFollowUps(input.followUps);
    const milestones = input.milestones.map((m, index) =>
      this.checkMilestone(m, `milestones[${index}]`),
    );

    return this.dataSource.transaction(async (manager) => {
      if (input.focusAreaId) await this.focusArea(manager, input.focusAreaId);
      const intervention = await manager.save(
        manager.create(Intervention, {
          ...values,
          focusAreaId: input.focusAreaId ?? null,
          ownerCode: input.owner,
          coOwnerCodes: input.coOwners,
          districtCodes: input.districts,
          responsibleUsername: responsible,
        }),
      );
      await this.saveFollowUps(manager, intervention, input.followUps);
      if (milestones.length > 0) {
        await manager.insert(
          Milestone,
          milestones.map((m) => ({ ...m, interventionId: intervention.id })),
        );
      }
      await recordChange(manager, principal, {
        entityType: 'Intervention',
        entityId: intervention.id,
        interventionId: intervention.id,
        action: 'CREATED',
        after: {
          ...snapshot(intervention),
          followUps: followUpSnapshot(input.followUps.map(toFollowUp)),
        },
      });
      return intervention;
    });
  }

  async update(
    id: string,
    expectedVersion: number,
    input: UpdateInterventionInput,
    principal: Principal,
  ): Promise<Intervention> {
    if (input.districts) await this.checkDistricts(input.districts);
    if (input.followUps) await this.checkFollowUps(input.followUps);
    const people = input.responsible ? await this.referenceData.people() : null;
    return this.change(id, expectedVersion, principal, async (manager, current) => {
      const next: Partial<Intervention> = {};
      if (input.title != null) next.title = checkText('title', input.title, SHORT_TEXT);
      if (input.description != null)
        next.description = checkText('description', input.description, LONG_TEXT, false);
      if (input.problem != null)
        next.problem = checkText('problem', input.problem, LONG_TEXT, false);
      if (input.cause != null) next.cause = checkText('cause', input.cause, LONG_TEXT, false);
      if (input.goal != null) next.goal = checkText('goal', input.goal, 2_000);
      if (input.startDate != null) next.startDate = checkDate('startDate', input.startDate);
      if (input.endDate != null) next.endDate = checkDate('endDate', input.endDate);
      if (input.citizenPromise != null)
        next.citizenPromise = checkHalfYear('citizenPromise', input.citizenPromise);
      if (input.districts) next.districtCodes = input.districts;
      if (input.responsible === '') next.responsibleUsername = null;
      else if (input.responsible && people) {
        next.responsibleUsername = checkResponsible(
          input.responsible,
          [current.ownerCode, ...current.coOwnerCodes],
          people,
        );
      }
      if (input.focusAreaId !== undefined) {
        if (input.focusAreaId) await this.focusArea(manager, input.focusAreaId);
        next.focusAreaId = input.focusAreaId;
      }
      checkPeriodOrder(next.startDate ?? current.startDate, next.endDate ?? current.endDate);
      const updated = { ...current, ...next } as Intervention;
      const changed = difference(snapshot(current), snapshot(updated));
      let followUps: Record<string, unknown> | null = null;
      if (input.followUps) {
        const before = await manager.findBy(FollowUpIndicator, { interventionId: id });
        const after = input.followUps.map(toFollowUp);
        if (JSON.stringify(followUpSnapshot(before)) !== JSON.stringify(followUpSnapshot(after))) {
          followUps = { before: followUpSnapshot(before), after: followUpSnapshot(after) };
        }
        await manager.delete(FollowUpIndicator, { interventionId: id });
        await this.saveFollowUps(manager, updated, input.followUps);
      } else if (next.districtCodes || next.startDate) {
        await this.syncFollowUps(manager, updated);
      }
      if (!changed && !followUps) {
        throw new InvalidInputError(
          'input',
          'Nothing would change: every field given has that value already.',
        );
      }
      return {
        set: next,
        log: {
          action: 'UPDATED',
          before: { ...changed?.before, ...(followUps ? { followUps: followUps.before } : {}) },
          after: { ...changed?.after, ...(followUps ? { followUps: followUps.after } : {}) },
        },
      };
    });
  }

  setStatus(id: string, expectedVersion: number, status: InterventionStatus, principal: Principal) {
    return this.change(id, expectedVersion, principal, async (_manager, current) => {
      if (current.status === status) {
        throw new InvalidInputError('status', `The status is ${status} already.`);
      }
      return {
        set: { status },
        log: { action: 'STATUS_CHANGED', before: { status: current.status }, after: { status } },
      };
    });
  }

  async reassign(
    id: string,
    expectedVersion: number,
    owner: string,
    coOwners: string[],
    principal: Principal,
  ) {
    await this.checkOwnership(owner, coOwners);
    const people = await this.referenceData.people();
    return this.change(id, expectedVersion, principal, async (_manager, current) => {
      const before = { owner: current.ownerCode, coOwners: current.coOwnerCodes };
      const after = { owner, coOwners };
      if (JSON.stringify(before) === JSON.stringify(after)) {
        throw new InvalidInputError('owner', 'The intervention has these owners already.');
      }
      // The responsible person must belong to an owner: one who no longer does is no longer named.
      const responsible = current.responsibleUsername;
      const organisation = responsible ? people.get(responsible)?.organisation : null;
      if (responsible && !(organisation && [owner, ...coOwners].includes(organisation))) {
        return {
          set: { ownerCode: owner, coOwnerCodes: coOwners, responsibleUsername: null },
          log: {
            action: 'REASSIGNED',
            before: { ...before, responsible },
            after: { ...after, responsible: null },
          },
        };
      }
      return {
        set: { ownerCode: owner, coOwnerCodes: coOwners },
        log: { action: 'REASSIGNED', before, after },
      };
    });
  }

  async addMilestone(
    interventionId: string,
    expectedVersion: number,
    input: MilestoneInput,
    principal: Principal,
  ): Promise<Intervention> {
    const milestone = this.checkMilestone(input, 'milestone');
    return this.change(interventionId, expectedVersion, principal, async (manager) => {
      const saved = await manager.save(manager.create(Milestone, { ...milestone, interventionId }));
      return {
        set: {},
        log: { action: 'MILESTONE_ADDED', after: { milestone: saved.id, ...milestone } },
      };
    });
  }

  async completeMilestone(
    milestoneId: string,
    expectedVersion: number,
    doneDate: string | null | undefined,
    principal: Principal,
  ): Promise<Intervention> {
    checkId('milestoneId', milestoneId);
    const done = doneDate ? checkDate('doneDate', doneDate) : today();
    const milestone = await this.dataSource.getRepository(Milestone).findOneBy({ id: milestoneId });
    if (!milestone)
      throw new NotFoundError(`No milestone has the id "${milestoneId}".`, { id: milestoneId });
    return this.change(milestone.interventionId, expectedVersion, principal, async (manager) => {
      if (milestone.doneDate) {
        throw new InvalidInputError(
          'milestoneId',
          `"${milestone.title}" was completed on ${milestone.doneDate} already.`,
        );
      }
      await manager.update(Milestone, { id: milestoneId }, { doneDate: done });
      return {
        set: {},
        log: {
          action: 'MILESTONE_COMPLETED',
          before: { milestone: milestone.id, title: milestone.title, doneDate: null },
          after: { milestone: milestone.id, title: milestone.title, doneDate: done },
        },
      };
    });
  }

  async addProgressReport(
    interventionId: string,
    expectedVersion: number,
    input: ProgressReportInput,
    principal: Principal,
  ): Promise<Intervention> {
    const report = {
      status: input.status,
      text: checkText('text', input.text, LONG_TEXT),
      nextSteps: checkText('nextSteps', input.nextSteps, LONG_TEXT, false),
      reportedOn: input.reportedOn ? checkDate('reportedOn', input.reportedOn) : today(),
    };
    if (report.reportedOn > today()) {
      throw new InvalidInputError(
        'reportedOn',
        `reportedOn ${report.reportedOn} is in the future.`,
      );
    }
    return this.change(interventionId, expectedVersion, principal, async (manager, current) => {
      const saved = await manager.save(
        manager.create(ProgressReport, {
          ...report,
          interventionId,
          authorUsername: principal.username,
        }),
      );
      return {
        set: { status: report.status },
        log: {
          action: 'PROGRESS_REPORTED',
          before: { status: current.status },
          after: { report: saved.id, ...report },
        },
      };
    });
  }

  /**
   * Applies a change to one intervention: loads it, checks the caller may change it and sent the
   * current version, lets `apply` do its work, raises the version (only if it is still the one
   * expected: a concurrent change makes the update match no row) and logs the change.
   */
  private change(
    id: string,
    expectedVersion: number,
    principal: Principal,
    apply: (
      manager: EntityManager,
      current: Intervention,
    ) => Promise<{
      set: Partial<Intervention>;
      log: { action: string; before?: Record<string, unknown>; after?: Record<string, unknown> };
    }>,
  ): Promise<Intervention> {
    checkId('id', id);
    return this.dataSource.transaction(async (manager) => {
      const current = await manager.findOneBy(Intervention, { id });
      if (!current) throw new NotFoundError(`No intervention has the id "${id}".`, { id });
      assertMayChange(principal, current);
      if (current.version !== expectedVersion) throw conflict(current, expectedVersion);
      const { set, log } = await apply(manager, current);
      const result = await manager
        .createQueryBuilder()
        .update(Intervention)
        .set({ ...set, version: () => '"version" + 1' })
        .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
        .execute();
      if (result.affected === 0) {
        const now = await manager.findOneBy(Intervention, { id });
        throw conflict(now ?? current, expectedVersion);
      }
      await recordChange(manager, principal, {
        entityType: 'Intervention',
        entityId: id,
        interventionId: id,
        ...log,
      });
      const updated = await manager.findOneBy(Intervention, { id });
      if (!updated) throw new NotFoundError(`No intervention has the id "${id}".`, { id });
      return updated;
    });
  }

  private async focusArea(manager: EntityManager, id: string): Promise<FocusArea> {
    checkId('focusAreaId', id);
    const found = await manager.findOneBy(FocusArea, { id });
    if (!found) throw new InvalidInputError('focusAreaId', `No focus area has the id "${id}".`);
    return found;
  }

  private async checkOwnership(owner: string, coOwners: string[]) {
    const organisations = await this.referenceData.organisations();
    checkKnown('owner', [owner], organisations, 'organisation');
    checkKnown('coOwners', coOwners, organisations, 'organisation');
    checkNoDuplicates('coOwners', coOwners);
    if (coOwners.includes(owner)) {
      throw new InvalidInputError(
        'coOwners',
        `${owner} is the owner; it cannot also be a co-owner.`,
      );
    }
  }

  private async checkDistricts(districts: string[]) {
    checkKnown('districts', districts, await this.referenceData.districtCodes(), 'district');
    checkNoDuplicates('districts', districts);
  }

  private async checkFollowUps(followUps: FollowUpInput[]) {
    if (followUps.length === 0) return;
    const keys = followUps.map((f) => f.indicator);
    checkKnown('followUps', keys, await this.referenceData.indicators(), 'indicator');
    checkNoDuplicates('followUps', keys);
    for (const [index, f] of followUps.entries()) {
      if (!Number.isFinite(f.target)) {
        throw new InvalidInputError(`followUps[${index}].target`, 'The target must be a number.');
      }
    }
  }

  private checkMilestone(input: MilestoneInput, field: string) {
    return {
      title: checkText(`${field}.title`, input.title, 500),
      dueDate: checkDate(`${field}.dueDate`, input.dueDate),
    };
  }

  private async saveFollowUps(
    manager: EntityManager,
    intervention: Intervention,
    followUps: FollowUpInput[],
  ) {
    if (followUps.length === 0) return;
    await manager.insert(
      FollowUpIndicator,
      followUps.map((f) => ({
        ...toFollowUp(f),
        interventionId: intervention.id,
        districtCodes: intervention.districtCodes,
        startDate: intervention.startDate,
      })),
    );
  }

  /** Follow-ups carry the intervention's districts and start for the situation subgraph. */
  private async syncFollowUps(manager: EntityManager, intervention: Intervention) {
    await manager.update(
      FollowUpIndicator,
      { interventionId: intervention.id },
      { districtCodes: intervention.districtCodes, startDate: intervention.startDate },
    );
  }
}

function toFollowUp(f: FollowUpInput) {
  return { indicatorKey: f.indicator, baseline: f.baseline ?? null, target: f.target };
}

function conflict(current: Intervention, expectedVersion: number): ConflictError {
  return new ConflictError(
    `"${current.title}" has been changed by someone else since version ${expectedVersion}; it is now version ${current.version}. Reload it and make your change again.`,
    { currentVersion: current.version, expectedVersion },
  );
}
