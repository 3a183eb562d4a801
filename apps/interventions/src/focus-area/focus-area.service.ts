import type { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '@lagesbild/auth';
import {
  ConflictError,
  InvalidInputError,
  LONG_TEXT,
  NotFoundError,
  SHORT_TEXT,
} from '@lagesbild/subgraph-kit';
import { difference, recordChange } from '../change-log/change-log';
import {
  checkDate,
  checkId,
  checkKnown,
  checkNoDuplicates,
  checkPeriodOrder,
  checkText,
} from '../intervention/input-checks';
import { INTERVENTIONS_SCHEMA } from '../data-source';
import type { ReferenceData } from '../reference-data/reference-data';
import { FocusArea } from './focus-area.entity';
import type { CreateFocusAreaInput, UpdateFocusAreaInput } from './focus-area.types';

/** The fields of a focus area the change log records on an edit. */
function snapshot(f: FocusArea): Record<string, unknown> {
  return {
    title: f.title,
    problem: f.problem,
    causeAnalysis: f.causeAnalysis,
    districts: f.districtCodes,
    indicators: f.indicatorKeys,
    periodStart: f.periodStart,
    periodEnd: f.periodEnd,
  };
}

function conflict(current: FocusArea, expectedVersion: number): ConflictError {
  return new ConflictError(
    `"${current.title}" has been changed by someone else since version ${expectedVersion}; it is now version ${current.version}. Reload it and make your change again.`,
    { currentVersion: current.version, expectedVersion },
  );
}

/**
 * Takes the lock that lets one transaction at a time set ranks (reads go on): a rank is unique,
 * and whoever allocates or reorders them must see every other's.
 */
function lockFocusAreas(manager: EntityManager): Promise<unknown> {
  return manager.query(`LOCK TABLE ${INTERVENTIONS_SCHEMA}.focus_area IN SHARE ROW EXCLUSIVE MODE`);
}

/**
 * The council's prioritised problems: reading them, adding and changing one, and setting their
 * order. A focus area's version guards its content; the order is guarded by the order the caller
 * saw, so a reorder and an edit of one area's text do not conflict.
 */
export class FocusAreaService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly referenceData: ReferenceData,
  ) {}

  findAll(): Promise<FocusArea[]> {
    return this.dataSource
      .getRepository(FocusArea)
      .find({ order: { priorityRank: 'ASC', title: 'ASC' } });
  }

  async create(input: CreateFocusAreaInput, principal: Principal): Promise<FocusArea> {
    const values = {
      title: checkText('title', input.title, SHORT_TEXT),
      problem: checkText('problem', input.problem, LONG_TEXT),
      causeAnalysis: checkText('causeAnalysis', input.causeAnalysis, 2 * LONG_TEXT, false),
      periodStart: checkDate('periodStart', input.periodStart),
      periodEnd: checkDate('periodEnd', input.periodEnd),
    };
    checkPeriodOrder(values.periodStart, values.periodEnd, 'periodStart', 'periodEnd');
    await this.checkReferences(input.districts, input.indicators);
    return this.dataSource.transaction(async (manager) => {
      // One new rank at a time: without the lock, areas created together would read the same
      // highest rank, and the unique constraint on it would refuse all of them but one.
      await lockFocusAreas(manager);
      const [{ next }] = await manager.query(
        `SELECT coalesce(max("priorityRank"), 0) + 1 AS next FROM ${INTERVENTIONS_SCHEMA}.focus_area`,
      );
      const focusArea = await manager.save(
        manager.create(FocusArea, {
          ...values,
          districtCodes: input.districts,
          indicatorKeys: input.indicators,
          priorityRank: Number(next),
        }),
      );
      await recordChange(manager, principal, {
        entityType: 'FocusArea',
        entityId: focusArea.id,
        action: 'CREATED',
        after: {
          ...values,
          districts: input.districts,
          indicators: input.indicators,
          priorityRank: focusArea.priorityRank,
        },
      });
      return focusArea;
    });
  }

  /**
   * Changes the fields given, if the caller saw the current version (else CONFLICT with the
   * current version), and logs what changed, in one transaction.
   */
  async update(
    id: string,
    expectedVersion: number,
    input: UpdateFocusAreaInput,
    principal: Principal,
  ): Promise<FocusArea> {
    checkId('id', id);
    await this.checkReferences(input.districts ?? [], input.indicators ?? []);
    const next: Partial<FocusArea> = {};
    if (input.title != null) next.title = checkText('title', input.title, SHORT_TEXT);
    if (input.problem != null) next.problem = checkText('problem', input.problem, LONG_TEXT);
    if (input.causeAnalysis != null)
      next.causeAnalysis = checkText('causeAnalysis', input.causeAnalysis, 2 * LONG_TEXT, false);
    if (input.periodStart != null) next.periodStart = checkDate('periodStart', input.periodStart);
    if (input.periodEnd != null) next.periodEnd = checkDate('periodEnd', input.periodEnd);
    if (input.districts != null) next.districtCodes = input.districts;
    if (input.indicators != null) next.indicatorKeys = input.indicators;
    return this.dataSource.transaction(async (manager) => {
      const current = await manager.findOneBy(FocusArea, { id });
      if (!current) throw new NotFoundError(`No focus area has the id "${id}".`, { id });
      if (current.version !== expectedVersion) throw conflict(current, expectedVersion);
      const updated = { ...current, ...next } as FocusArea;
      checkPeriodOrder(updated.periodStart, updated.periodEnd, 'periodStart', 'periodEnd');
      const changed = difference(snapshot(current), snapshot(updated));
      if (!changed) {
        throw new InvalidInputError(
          'input',
          'Nothing would change: every field given has that value already.',
        );
      }
      const result = await manager
        .createQueryBuilder()
        .update(FocusArea)
        .set({ ...next, version: () => '"version" + 1' })
        .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
        .execute();
      if (result.affected === 0) {
        throw conflict((await manager.findOneBy(FocusArea, { id })) ?? current, expectedVersion);
      }
      await recordChange(manager, principal, {
        entityType: 'FocusArea',
        entityId: id,
        action: 'UPDATED',
        before: changed.before,
        after: changed.after,
      });
      return manager.findOneByOrFail(FocusArea, { id });
    });
  }

  /**
   * Sets the priority order: every focus area, each once, most important first. `expectedOrder`
   * is the order the caller saw; if another change of the order (or a new focus area) came in
   * between, the answer is CONFLICT with the current order, and nothing changes.
   */
  async prioritise(
    order: string[],
    expectedOrder: string[],
    principal: Principal,
  ): Promise<FocusArea[]> {
    return this.dataSource.transaction(async (manager) => {
      // One prioritisation at a time, so two orders never interleave.
      await lockFocusAreas(manager);
      const all = await manager.find(FocusArea, { order: { priorityRank: 'ASC', title: 'ASC' } });
      const currentOrder = all.map((f) => f.id);
      if (JSON.stringify(currentOrder) !== JSON.stringify(expectedOrder)) {
        throw new ConflictError(
          `The priority order has been changed by someone else since you read it; it is now ${all.map((f) => `"${f.title}"`).join(', ')}. Reload it and make your change again.`,
          { currentOrder },
        );
      }
      order.forEach((id) => checkId('order', id));
      checkNoDuplicates('order', order);
      const known = new Map(all.map((f) => [f.id, f]));
      checkKnown('order', order, known, 'focus area');
      const missing = all.filter((f) => !order.includes(f.id));
      if (missing.length > 0) {
        throw new InvalidInputError(
          'order',
          `List every focus area: ${missing.map((f) => `"${f.title}"`).join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing.`,
        );
      }
      for (const [index, id] of order.entries()) {
        const focusArea = known.get(id);
        if (!focusArea || focusArea.priorityRank === index + 1) continue;
        // The rank is the order's, not the area's content: its version stays.
        await manager
          .createQueryBuilder()
          .update(FocusArea)
          .set({ priorityRank: index + 1, version: () => '"version"' })
          .where('id = :id', { id })
          .execute();
        await recordChange(manager, principal, {
          entityType: 'FocusArea',
          entityId: id,
          action: 'PRIORITISED',
          before: { priorityRank: focusArea.priorityRank },
          after: { priorityRank: index + 1 },
        });
      }
      return manager.find(FocusArea, { order: { priorityRank: 'ASC' } });
    });
  }

  /** Districts and indicators must be known, each once. */
  private async checkReferences(districts: string[], indicators: string[]) {
    if (districts.length > 0) {
      checkKnown('districts', districts, await this.referenceData.districtCodes(), 'district');
      checkNoDuplicates('districts', districts);
    }
    if (indicators.length > 0) {
      checkKnown('indicators', indicators, await this.referenceData.indicators(), 'indicator');
      checkNoDuplicates('indicators', indicators);
    }
  }
}
