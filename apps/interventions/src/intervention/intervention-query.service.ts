import { todayInStockholm } from '@lagesbild/period';
import { Brackets, In, type DataSource, type SelectQueryBuilder } from 'typeorm';
import { InvalidInputError, NotFoundError } from '@lagesbild/subgraph-kit';
import { ChangeLogEntry } from '../change-log/change-log-entry.entity';
import { FocusArea } from '../focus-area/focus-area.entity';
import { FollowUpIndicator } from '../follow-up/follow-up-indicator.entity';
import { Milestone } from '../milestone/milestone.entity';
import { ProgressReport } from '../progress-report/progress-report.entity';
import { checkId } from './input-checks';
import { decodeCursor, encodeCursor } from './intervention-cursor';
import { Intervention } from './intervention.entity';
import { HAS_OVERDUE_MILESTONE, IS_LATE } from './lateness';
import type { InterventionConnection, InterventionFilter } from './intervention.types';
import { INTERVENTIONS_SCHEMA } from '../data-source';

const MAX_PAGE = 100;

/** Reads interventions and what hangs off them, always set-based (no query per row). */
export class InterventionQueryService {
  constructor(private readonly dataSource: DataSource) {}

  async findById(id: string): Promise<Intervention> {
    checkId('id', id);
    const found = await this.dataSource.getRepository(Intervention).findOneBy({ id });
    if (!found) throw new NotFoundError(`No intervention has the id "${id}".`, { id });
    return found;
  }

  findByIds(ids: readonly string[]): Promise<Intervention[]> {
    return this.dataSource.getRepository(Intervention).findBy({ id: In([...ids]) });
  }

  async list(
    filter: InterventionFilter,
    first: number,
    after: string | null,
  ): Promise<InterventionConnection> {
    if (first < 1 || first > MAX_PAGE) {
      throw new InvalidInputError(
        'first',
        `first must be between 1 and ${MAX_PAGE}, not ${first}.`,
      );
    }
    const filtered = () => this.filtered(filter);
    const page = filtered()
      .orderBy('i.title', 'ASC')
      .addOrderBy('i.id', 'ASC')
      .take(first + 1);
    if (after) {
      const cursor = decodeCursor(after);
      page.andWhere('(i.title, i.id) > (:cursorTitle, :cursorId)', {
        cursorTitle: cursor.title,
        cursorId: cursor.id,
      });
    }
    const [rows, totalCount] = await Promise.all([page.getMany(), filtered().getCount()]);
    const nodes = rows.slice(0, first);
    const last = nodes.at(-1);
    return {
      edges: nodes.map((node) => ({ cursor: encodeCursor(node.title, node.id), node })),
      pageInfo: {
        hasNextPage: rows.length > first,
        endCursor: last ? encodeCursor(last.title, last.id) : null,
      },
      totalCount,
    };
  }

  private filtered(filter: InterventionFilter): SelectQueryBuilder<Intervention> {
    const query = this.dataSource.getRepository(Intervention).createQueryBuilder('i');
    if (filter.owner) query.andWhere('i."ownerCode" = :owner', { owner: filter.owner });
    if (filter.organisation) {
      query.andWhere('(i."ownerCode" = :org OR :org = ANY(i."coOwnerCodes"))', {
        org: filter.organisation,
      });
    }
    if (filter.status?.length)
      query.andWhere('i.status IN (:...statuses)', { statuses: filter.status });
    if (filter.district) {
      query.andWhere(':district = ANY(i."districtCodes")', { district: filter.district });
    }
    if (filter.focusArea) {
      checkId('focusArea', filter.focusArea);
      query.andWhere('i."focusAreaId" = :focusArea', { focusArea: filter.focusArea });
    }
    if (filter.citizenPromise !== null && filter.citizenPromise !== undefined) {
      query.andWhere(`i."citizenPromise" IS ${filter.citizenPromise ? 'NOT ' : ''}NULL`);
    }
    if (filter.overdue !== null && filter.overdue !== undefined) {
      query.andWhere(filter.overdue ? HAS_OVERDUE_MILESTONE : `NOT ${HAS_OVERDUE_MILESTONE}`, {
        today: todayInStockholm(),
      });
    }
    if (filter.late !== null && filter.late !== undefined) {
      query.andWhere(filter.late ? IS_LATE : `NOT ${IS_LATE}`, { today: todayInStockholm() });
    }
    const search = filter.search?.trim();
    if (search) {
      const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query.andWhere(
        new Brackets((q) =>
          q
            .where('i.title ILIKE :pattern', { pattern })
            .orWhere('i.description ILIKE :pattern')
            .orWhere('i.goal ILIKE :pattern'),
        ),
      );
    }
    return query;
  }

  /**
   * The interventions an organisation owns or co-owns, those with overdue milestones first
   * (earliest overdue first), then by end date.
   */
  assignmentsOf(organisation: string): Promise<Intervention[]> {
    return this.dataSource
      .getRepository(Intervention)
      .createQueryBuilder('i')
      .where('(i."ownerCode" = :org OR :org = ANY(i."coOwnerCodes"))', { org: organisation })
      .addSelect(
        `(SELECT min(m."dueDate") FROM ${INTERVENTIONS_SCHEMA}.milestone m
           WHERE m."interventionId" = i.id AND m."doneDate" IS NULL AND m."dueDate" < :today)`,
        'first_overdue',
      )
      .setParameter('today', todayInStockholm())
      .orderBy('first_overdue', 'ASC', 'NULLS LAST')
      .addOrderBy('i."endDate"', 'ASC')
      .addOrderBy('i.id', 'ASC')
      .getMany();
  }

  /** Interventions owned or co-owned by any of the organisations, in one query. */
  forOrganisations(codes: readonly string[]): Promise<Intervention[]> {
    return this.dataSource
      .getRepository(Intervention)
      .createQueryBuilder('i')
      .where('i."ownerCode" = ANY(:codes) OR i."coOwnerCodes" && :codes', { codes: [...codes] })
      .orderBy('i.title')
      .getMany();
  }

  forDistricts(codes: readonly string[]): Promise<Intervention[]> {
    return this.dataSource
      .getRepository(Intervention)
      .createQueryBuilder('i')
      .where('i."districtCodes" && :codes', { codes: [...codes] })
      .orderBy('i.title')
      .getMany();
  }

  /** Interventions following up any of the indicators, with the key each follows. */
  async forIndicators(
    keys: readonly string[],
  ): Promise<{ key: string; intervention: Intervention }[]> {
    const followUps = await this.dataSource.getRepository(FollowUpIndicator).find({
      where: { indicatorKey: In([...keys]) },
      relations: { intervention: true },
    });
    return followUps.flatMap((f) =>
      f.intervention ? [{ key: f.indicatorKey, intervention: f.intervention }] : [],
    );
  }

  milestonesOf(ids: readonly string[]): Promise<Milestone[]> {
    return this.dataSource.getRepository(Milestone).find({
      where: { interventionId: In([...ids]) },
      order: { dueDate: 'ASC', title: 'ASC' },
    });
  }

  progressReportsOf(ids: readonly string[]): Promise<ProgressReport[]> {
    return this.dataSource.getRepository(ProgressReport).find({
      where: { interventionId: In([...ids]) },
      order: { reportedOn: 'DESC', createdAt: 'DESC' },
    });
  }

  followUpsOf(ids: readonly string[]): Promise<FollowUpIndicator[]> {
    return this.dataSource.getRepository(FollowUpIndicator).find({
      where: { interventionId: In([...ids]) },
      order: { indicatorKey: 'ASC' },
    });
  }

  changesOf(ids: readonly string[]): Promise<ChangeLogEntry[]> {
    return this.dataSource.getRepository(ChangeLogEntry).find({
      where: { interventionId: In([...ids]) },
      order: { id: 'DESC' },
    });
  }

  focusAreasByIds(ids: readonly string[]): Promise<FocusArea[]> {
    return this.dataSource.getRepository(FocusArea).findBy({ id: In([...ids]) });
  }

  followUpsByIds(ids: readonly string[]): Promise<FollowUpIndicator[]> {
    return this.dataSource.getRepository(FollowUpIndicator).findBy({ id: In([...ids]) });
  }
}
