import type { DataSource } from 'typeorm';
import { InvalidInputError } from '@lagesbild/subgraph-kit';
import { checkDate } from '../intervention/input-checks';
import { ChangeLogEntry } from './change-log-entry.entity';
import type { ChangeLogFilter, ChangeLogPage } from './change-log.types';

const MAX_PAGE = 200;

/** Reads the change log, newest first. Nothing here writes to it: see `recordChange`. */
export class ChangeLogService {
  constructor(private readonly dataSource: DataSource) {}

  async page(filter: ChangeLogFilter, first: number, after: string | null): Promise<ChangeLogPage> {
    if (first < 1 || first > MAX_PAGE) {
      throw new InvalidInputError(
        'first',
        `first must be between 1 and ${MAX_PAGE}, not ${first}.`,
      );
    }
    if (after && !/^\d+$/.test(after)) {
      throw new InvalidInputError('after', 'The cursor is not one this API gave out.');
    }
    const query = this.dataSource.getRepository(ChangeLogEntry).createQueryBuilder('c');
    if (filter.entity) query.andWhere('c."entityType" = :entity', { entity: filter.entity });
    if (filter.entityId) query.andWhere('c."entityId" = :entityId', { entityId: filter.entityId });
    if (filter.person) query.andWhere('c."actorUsername" = :person', { person: filter.person });
    if (filter.from) query.andWhere('c.at >= :from', { from: checkDate('from', filter.from) });
    if (filter.to) {
      query.andWhere(`c.at < (:to::date + 1)`, { to: checkDate('to', filter.to) });
    }
    const total = query.clone();
    if (after) query.andWhere('c.id < :after', { after });
    const [rows, totalCount] = await Promise.all([
      query
        .orderBy('c.id', 'DESC')
        .take(first + 1)
        .getMany(),
      total.getCount(),
    ]);
    const entries = rows.slice(0, first);
    return {
      entries,
      hasNextPage: rows.length > first,
      endCursor: entries.at(-1)?.id ?? null,
      totalCount,
    };
  }
}
