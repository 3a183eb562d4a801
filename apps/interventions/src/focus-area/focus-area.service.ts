import type { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '@lagesbild/auth';
import { InvalidInputError, LONG_TEXT, SHORT_TEXT } from '@lagesbild/subgraph-kit';
import { recordChange } from '../change-log/change-log';
import {
  checkDate,
  checkId,
  checkKnown,
  checkNoDuplicates,
  checkPeriodOrder,
  checkText,
} from '../intervention/input-checks';
import type { ReferenceData } from '../reference-data/reference-data';
import { FocusArea } from './focus-area.entity';
import type { CreateFocusAreaInput } from './focus-area.types';
import { INTERVENTIONS_SCHEMA } from '../data-source';

/**
 * Takes the lock that lets one transaction at a time set ranks (reads go on): a rank is unique,
 * and whoever allocates or reorders them must see every other's.
 */
function lockFocusAreas(manager: EntityManager): Promise<unknown> {
  return manager.query(`LOCK TABLE ${INTERVENTIONS_SCHEMA}.focus_area IN SHARE ROW EXCLUSIVE MODE`);
}

/** The council's prioritised problems: reading them, adding one, and setting their order. */
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
    checkKnown('districts', input.districts, await this.referenceData.districtCodes(), 'district');
    checkNoDuplicates('districts', input.districts);
    checkKnown('indicators', input.indicators, await this.referenceData.indicators(), 'indicator');
    checkNoDuplicates('indicators', input.indicators);
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

  /** Sets the priority order: every focus area, each once, most important first. */
  async prioritise(order: string[], principal: Principal): Promise<FocusArea[]> {
    return this.dataSource.transaction(async (manager) => {
      // One prioritisation at a time, so two orders never interleave.
      await lockFocusAreas(manager);
      const all = await manager.find(FocusArea);
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
        await manager.update(FocusArea, { id }, { priorityRank: index + 1 });
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
}
