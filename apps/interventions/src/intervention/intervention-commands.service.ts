import { todayInStockholm } from '@lagesbild/period';
import type { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '@lagesbild/auth';
import { LONG_TEXT, NotFoundError, SHORT_TEXT } from '@lagesbild/subgraph-kit';
import { assertMayChange } from '../access/access-policy';
import { difference, recordChange } from '../change-log/change-log';
import { ChangeLogEntry } from '../change-log/change-log-entry.entity';
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
  invalid,
} from './input-checks';
import {
  ChangesSince,
  conflictError,
  type FieldChange,
  type InterventionField,
} from './concurrent-changes';
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

/** The change log's name of an intervention column, where it differs. */
const LOGGED_NAME: Partial<Record<keyof Intervention, InterventionField>> = {
  ownerCode: 'owner',
  coOwnerCodes: 'coOwners',
  districtCodes: 'districts',
};

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
        version: intervention.version,
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
    return this.change(id, expectedVersion, principal, async (manager, current, since) => {
      const given: Partial<Intervention> = {};
      if (input.title != null) given.title = checkText('title', input.title, SHORT_TEXT);
      if (input.description != null)
        given.description = checkText('description', input.description, LONG_TEXT, false);
      if (input.problem != null)
        given.problem = checkText('problem', input.problem, LONG_TEXT, false);
      if (input.cause != null) given.cause = checkText('cause', input.cause, LONG_TEXT, false);
      if (input.goal != null) given.goal = checkText('goal', input.goal, 2_000);
      if (input.startDate != null) given.startDate = checkDate('startDate', input.startDate);
      if (input.endDate != null) given.endDate = checkDate('endDate', input.endDate);
      if (input.citizenPromise != null)
        given.citizenPromise = checkHalfYear('citizenPromise', input.citizenPromise);
      if (input.districts) given.districtCodes = input.districts;
      if (input.responsible === '') given.responsibleUsername = null;
      else if (input.responsible && people) {
        given.responsibleUsername = checkResponsible(
          input.responsible,
          [current.ownerCode, ...current.coOwnerCodes],
          people,
        );
      }
      if (input.focusAreaId !== undefined) {
        if (input.focusAreaId) await this.focusArea(manager, input.focusAreaId);
        given.focusAreaId = input.focusAreaId;
      }
      // Only the fields the caller changes are written: one someone else has set since the
      // caller's version stays theirs, unless the caller sets it too (then: CONFLICT).
      const conflicts: FieldChange[] = [];
      const wanted = snapshot({ ...current, ...given } as Intervention);
      const now = snapshot(current);
      const next: Partial<Intervention> = {};
      for (const [key, value] of Object.entries(given) as [keyof Intervention, unknown][]) {
        const field = (LOGGED_NAME[key] ?? key) as InterventionField;
        if (since.reconcile(field, wanted[field], now[field], conflicts)) {
          Object.assign(next, { [key]: value });
        }
      }
      let followUps: { before: unknown; after: unknown } | null = null;
      const before = input.followUps
        ? followUpSnapshot(await manager.findBy(FollowUpIndicator, { interventionId: id }))
        : [];
      const after = input.followUps ? followUpSnapshot(input.followUps.map(toFollowUp)) : [];
      const writeFollowUps =
        input.followUps != null && since.reconcile('followUps', after, before, conflicts);
      since.assertNoConflict(conflicts);
      checkPeriodOrder(next.startDate ?? current.startDate, next.endDate ?? current.endDate);
      const updated = { ...current, ...next } as Intervention;
      const changed = difference(snapshot(current), snapshot(updated));
      if (writeFollowUps && input.followUps) {
        if (JSON.stringify(before) !== JSON.stringify(after)) followUps = { before, after };
        await manager.delete(FollowUpIndicator, { interventionId: id });
        await this.saveFollowUps(manager, updated, input.followUps);
      } else if (next.districtCodes || next.startDate) {
        await this.syncFollowUps(manager, updated);
      }
      if (!changed && !followUps) {
        throw invalid(
          'input',
          'UNCHANGED',
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
    return this.change(id, expectedVersion, principal, async (_manager, current, since) => {
      if (current.status === status) {
        throw invalid('status', 'UNCHANGED', `The status is ${status} already.`);
      }
      const conflicts: FieldChange[] = [];
      since.reconcile('status', status, current.status, conflicts, true);
      since.assertNoConflict(conflicts);
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
    return this.change(id, expectedVersion, principal, async (_manager, current, since) => {
      const conflicts: FieldChange[] = [];
      const set: Partial<Intervention> = {};
      if (since.reconcile('owner', owner, current.ownerCode, conflicts)) set.ownerCode = owner;
      if (since.reconcile('coOwners', coOwners, current.coOwnerCodes, conflicts)) {
        set.coOwnerCodes = coOwners;
      }
      since.assertNoConflict(conflicts);
      const before = { owner: current.ownerCode, coOwners: current.coOwnerCodes };
      const after = { owner: set.ownerCode ?? owner, coOwners: set.coOwnerCodes ?? coOwners };
      const changed = difference(before, after);
      if (!changed || Object.keys(set).length === 0) {
        throw invalid('owner', 'UNCHANGED', 'The intervention has these owners already.');
      }
      // The responsible person must belong to an owner: one who no longer does is no longer named.
      const responsible = current.responsibleUsername;
      const organisation = responsible ? people.get(responsible)?.organisation : null;
      const owners = [after.owner, ...after.coOwners];
      if (responsible && !(organisation && owners.includes(organisation))) {
        return {
          set: { ...set, responsibleUsername: null },
          log: {
            action: 'REASSIGNED',
            before: { ...changed.before, responsible },
            after: { ...changed.after, responsible: null },
          },
        };
      }
      return { set, log: { action: 'REASSIGNED', ...changed } };
    });
  }

  async addMilestone(
    interventionId: string,
    expectedVersion: number,
    input: MilestoneInput,
    principal: Principal,
  ): Promise<Intervention> {
    const milestone = this.checkMilestone(input, 'milestone');
    // A milestone is appended beside the intervention: no change made since conflicts with it.
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
    const done = doneDate ? checkDate('doneDate', doneDate) : todayInStockholm();
    const milestone = await this.dataSource.getRepository(Milestone).findOneBy({ id: milestoneId });
    if (!milestone)
      throw new NotFoundError(`No milestone has the id "${milestoneId}".`, { id: milestoneId });
    // Completing a milestone conflicts only with its completion by someone else.
    return this.change(
      milestone.interventionId,
      expectedVersion,
      principal,
      async (manager, current) => {
        const now = await manager.findOne(Milestone, {
          where: { id: milestoneId },
          lock: { mode: 'pessimistic_write' },
        });
        if (now?.doneDate) {
          const completion = await manager
            .getRepository(ChangeLogEntry)
            .createQueryBuilder('c')
            .where(`c."interventionId" = :id AND c.action = 'MILESTONE_COMPLETED'`, {
              id: milestone.interventionId,
            })
            .andWhere(`c.after->>'milestone' = :milestoneId`, { milestoneId })
            .orderBy('c.id', 'DESC')
            .getOne();
          throw conflictError(
            `${current.title}: ${milestone.title}`,
            [
              {
                field: 'milestones',
                actorName: completion?.actorName ?? null,
                at: completion?.at ?? null,
                before: null,
                after: now.doneDate,
              },
            ],
            expectedVersion,
            current.version,
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
      },
    );
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
      reportedOn: input.reportedOn ? checkDate('reportedOn', input.reportedOn) : todayInStockholm(),
    };
    if (report.reportedOn > todayInStockholm()) {
      throw invalid(
        'reportedOn',
        'IN_THE_FUTURE',
        `reportedOn ${report.reportedOn} is in the future.`,
      );
    }
    // A report is appended: it conflicts only when it changes the status someone else changed
    // since the reporter's version; one that leaves the status as they saw it keeps theirs.
    return this.change(
      interventionId,
      expectedVersion,
      principal,
      async (manager, current, since) => {
        const conflicts: FieldChange[] = [];
        const setStatus =
          report.status !== current.status &&
          since.reconcile('status', report.status, current.status, conflicts);
        since.assertNoConflict(conflicts);
        const saved = await manager.save(
          manager.create(ProgressReport, {
            ...report,
            interventionId,
            authorUsername: principal.username,
          }),
        );
        const { status, ...reported } = report;
        return {
          set: setStatus ? { status } : {},
          log: {
            action: 'PROGRESS_REPORTED',
            // `status` only when the report changed the intervention's status.
            before: setStatus ? { status: current.status } : null,
            after: {
              report: saved.id,
              reportStatus: status,
              ...reported,
              ...(setStatus ? { status } : {}),
            },
          },
        };
      },
    );
  }

  /**
   * Applies a change to one intervention: loads and locks it (concurrent changes queue), checks
   * the caller may change it, finds what has changed since the version the caller saw and lets
   * `apply` decide whether that conflicts with its change, raises the version and logs the change
   * with it.
   */
  private change(
    id: string,
    expectedVersion: number,
    principal: Principal,
    apply: (
      manager: EntityManager,
      current: Intervention,
      since: ChangesSince,
    ) => Promise<{
      set: Partial<Intervention>;
      log: {
        action: string;
        before?: Record<string, unknown> | null;
        after?: Record<string, unknown> | null;
      };
    }>,
  ): Promise<Intervention> {
    checkId('id', id);
    return this.dataSource.transaction(async (manager) => {
      const current = await manager.findOne(Intervention, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!current) throw new NotFoundError(`No intervention has the id "${id}".`, { id });
      assertMayChange(principal, current);
      const since = await ChangesSince.load(manager, current, expectedVersion);
      const { set, log } = await apply(manager, current, since);
      await manager
        .createQueryBuilder()
        .update(Intervention)
        .set({ ...set, version: () => '"version" + 1' })
        .where('id = :id', { id })
        .execute();
      await recordChange(manager, principal, {
        entityType: 'Intervention',
        entityId: id,
        interventionId: id,
        version: current.version + 1,
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
    if (!found) {
      throw invalid('focusAreaId', 'UNKNOWN', `No focus area has the id "${id}".`, {
        values: [id],
      });
    }
    return found;
  }

  private async checkOwnership(owner: string, coOwners: string[]) {
    const organisations = await this.referenceData.organisations();
    checkKnown('owner', [owner], organisations, 'organisation');
    checkKnown('coOwners', coOwners, organisations, 'organisation');
    checkNoDuplicates('coOwners', coOwners);
    if (coOwners.includes(owner)) {
      throw invalid(
        'coOwners',
        'OWNER_AS_CO_OWNER',
        `${owner} is the owner; it cannot also be a co-owner.`,
        {
          values: [owner],
        },
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
        throw invalid(`followUps[${index}].target`, 'NOT_A_NUMBER', 'The target must be a number.');
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
