import type { DataSource } from 'typeorm';
import { SITUATION_SCHEMA } from '../data-source';
import { InvalidInputError } from '@lagesbild/subgraph-kit';
import { isCoarser, Period, type Frequency } from '@lagesbild/period';
import { POPULATION_KEY } from '../indicator/indicator.service';
import type { Indicator } from '../indicator/indicator.entity';
import type { PeriodCoverage } from './period-coverage.types';

/** The first and last stored period of one indicator. */
interface StoredRange {
  indicatorId: string;
  first: string;
  last: string;
}

/** Districts that reported every part of one period, for one indicator. */
interface ReportedRow {
  indicatorId: string;
  start: string;
  reported: number;
  provisional: boolean;
}

/**
 * Which periods the data covers, and how completely: the range of stored periods (a period
 * outside it is refused) and, per month, quarter or year, how many districts reported it.
 */
export class PeriodCoverageService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Refuses a period that lies wholly before the first or after the last stored period of the
   * indicators, naming it and the range there is; indicators without data are left out.
   */
  async checkWithinData(period: Period, indicators: Indicator[], field: string): Promise<void> {
    const ranges = await this.ranges(indicators.map((indicator) => indicator.id));
    if (ranges.length === 0) return;
    const first = earliest(
      ranges.map((range) => Period.parse(range.first)),
      (p) => p.start,
    );
    const last = latest(
      ranges.map((range) => Period.parse(range.last)),
      (p) => p.end,
    );
    const where =
      period.start > last.end
        ? 'after the latest'
        : period.end < first.start
          ? 'before the first'
          : null;
    if (where) {
      throw new InvalidInputError(
        field,
        `${field} "${period}" is ${where} data: the figures run from ${first} to ${last}.`,
        { available: { first: first.toString(), last: last.toString() } },
      );
    }
  }

  /**
   * Every period of `granularity` from the first data to the last, with how many districts
   * reported it: for a quarter or year of a monthly indicator, the districts that reported each
   * of its months. Indicators measured less often than `granularity` are left out; of several
   * indicators, the period counts the fewest districts of any that has data in it.
   */
  async coverage(granularity: Frequency, indicators: Indicator[]): Promise<PeriodCoverage[]> {
    const finer = indicators.filter((indicator) => !isCoarser(indicator.frequency, granularity));
    if (finer.length === 0) return [];
    const perYear = Period.periodsPerYear;
    const [rows, expected] = await Promise.all([
      this.dataSource.query(
        `WITH wanted AS (SELECT * FROM unnest($1::uuid[], $2::int[]) AS w(id, parts)),
         per_district AS (
           SELECT o."indicatorId", date_trunc($3, o."periodStart"::timestamp)::date AS bucket,
                  o."districtCode", count(*)::int AS parts, bool_or(o.provisional) AS provisional
             FROM ${SITUATION_SCHEMA}.observation o JOIN wanted w ON w.id = o."indicatorId"
            GROUP BY 1, 2, 3)
         SELECT p."indicatorId", to_char(p.bucket, 'YYYY-MM-DD') AS start,
                (count(*) FILTER (WHERE p.parts = w.parts))::int AS reported,
                bool_or(p.provisional) AS provisional
           FROM per_district p JOIN wanted w ON w.id = p."indicatorId"
          GROUP BY 1, 2`,
        [
          finer.map((indicator) => indicator.id),
          finer.map((indicator) => perYear[indicator.frequency] / perYear[granularity]),
          granularity.toLowerCase(),
        ],
      ) as Promise<ReportedRow[]>,
      this.expectedDistricts(),
    ]);
    const byPeriod = new Map<string, PeriodCoverage>();
    for (const row of rows) {
      const period = Period.containing(granularity, row.start).toString();
      const known = byPeriod.get(period);
      byPeriod.set(period, {
        period,
        reportedDistricts: Math.min(known?.reportedDistricts ?? Infinity, row.reported),
        expectedDistricts: expected,
        complete: false,
        provisional: (known?.provisional ?? false) || row.provisional,
      });
    }
    const found = [...byPeriod.values()].sort((a, b) => a.period.localeCompare(b.period));
    const first = found[0];
    const last = found[found.length - 1];
    if (!first || !last) return [];
    const from = Period.parse(first.period).index;
    const to = Period.parse(last.period).index;
    return Array.from({ length: to - from + 1 }, (_, i) => {
      const period = Period.fromIndex(granularity, from + i).toString();
      const known = byPeriod.get(period);
      const reportedDistricts = known?.reportedDistricts ?? 0;
      return {
        period,
        reportedDistricts,
        expectedDistricts: expected,
        complete: reportedDistricts >= expected,
        provisional: known?.provisional ?? false,
      };
    });
  }

  /** The districts the municipality has: those with a population. */
  private async expectedDistricts(): Promise<number> {
    const [row]: { count: number }[] = await this.dataSource.query(
      `SELECT count(DISTINCT o."districtCode")::int AS count
         FROM ${SITUATION_SCHEMA}.observation o
         JOIN ${SITUATION_SCHEMA}.indicator i ON i.id = o."indicatorId"
        WHERE i.key = $1`,
      [POPULATION_KEY],
    );
    return row?.count ?? 0;
  }

  /** The first and last stored period per indicator: two index-ordered LIMIT 1 reads each. */
  private ranges(indicatorIds: string[]): Promise<StoredRange[]> {
    return this.dataSource.query(
      `SELECT i.id AS "indicatorId", f.period AS first, l.period AS last
         FROM unnest($1::uuid[]) AS i(id)
         CROSS JOIN LATERAL (
           SELECT o.period FROM ${SITUATION_SCHEMA}.observation o
            WHERE o."indicatorId" = i.id ORDER BY o."periodStart" LIMIT 1) f
         CROSS JOIN LATERAL (
           SELECT o.period FROM ${SITUATION_SCHEMA}.observation o
            WHERE o."indicatorId" = i.id ORDER BY o."periodStart" DESC LIMIT 1) l`,
      [indicatorIds],
    );
  }
}

function earliest(periods: Period[], key: (period: Period) => string): Period {
  return periods.reduce((a, b) => (key(b) < key(a) ? b : a));
}

function latest(periods: Period[], key: (period: Period) => string): Period {
  return periods.reduce((a, b) => (key(b) > key(a) ? b : a));
}
