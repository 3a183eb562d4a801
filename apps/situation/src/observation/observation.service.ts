import type { DataSource } from 'typeorm';
import type { ObservationRow } from '../figures/period-figures';
import type { PopulationRow } from '../figures/population-lookup';
import { POPULATION_KEY } from '../indicator/indicator.service';
import type { YearRange } from '@lagesbild/period';
import { SITUATION_SCHEMA } from '../data-source';

export interface WindowedRow extends ObservationRow {
  indicatorId: string;
  synthetic: boolean;
}

/** A date range of one indicator's observations. */
export interface ObservationWindow {
  indicatorId: string;
  /** ISO dates, inclusive, compared with each period's first day. */
  from: string;
  to: string;
}

/** Set-based reads of observations: one statement whatever the number of indicators. */
export class ObservationService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The latest final period per indicator: one in which no figure is provisional (a single final
   * row among provisional ones does not make a period final). One index-ordered LIMIT 1 per
   * indicator, so the cost does not grow with the history stored.
   */
  async latestFinalPeriods(indicatorIds: string[]): Promise<Map<string, string>> {
    const rows: { indicatorId: string; period: string }[] = await this.dataSource.query(
      `SELECT i.id AS "indicatorId", latest.period
         FROM unnest($1::uuid[]) AS i(id)
         CROSS JOIN LATERAL (
           SELECT o.period FROM ${SITUATION_SCHEMA}.observation o
            WHERE o."indicatorId" = i.id AND NOT o.provisional
              AND NOT EXISTS (
                SELECT 1 FROM ${SITUATION_SCHEMA}.observation p
                 WHERE p."indicatorId" = i.id AND p."periodStart" = o."periodStart"
                   AND p.provisional)
            ORDER BY o."periodStart" DESC
            LIMIT 1) latest`,
      [indicatorIds],
    );
    return new Map(rows.map((row) => [row.indicatorId, row.period]));
  }

  /**
   * Every observation inside each indicator's window, with whether its import was synthetic.
   * One index range scan per window, united in one statement: the planner sees each window's
   * own bounds, where a join against a list of windows would be estimated as a scan of the
   * whole history.
   */
  inWindows(windows: ObservationWindow[]): Promise<WindowedRow[]> {
    if (windows.length === 0) return Promise.resolve([]);
    const ranges = windows.map(
      (_, i) =>
        `SELECT "indicatorId", "districtCode", period, value, numerator, denominator, provisional,
                "importId"
           FROM ${SITUATION_SCHEMA}.observation
          WHERE "indicatorId" = $${3 * i + 1} AND "periodStart" BETWEEN $${3 * i + 2} AND $${3 * i + 3}`,
    );
    return this.dataSource.query(
      `SELECT o."indicatorId", o."districtCode", o.period, o.value, o.numerator, o.denominator,
              o.provisional, i.synthetic
         FROM (${ranges.join(' UNION ALL ')}) o
         JOIN ${SITUATION_SCHEMA}.data_import i ON i.id = o."importId"`,
      windows.flatMap((w) => [w.indicatorId, w.from, w.to]),
    );
  }

  /** Every population figure of the given districts, oldest year first. */
  populationsOf(districtCodes: readonly string[]): Promise<PopulationRow[]> {
    return this.dataSource.query(
      `SELECT o."districtCode", o.period, o.value
         FROM ${SITUATION_SCHEMA}.observation o
        WHERE o."indicatorId" = (SELECT id FROM ${SITUATION_SCHEMA}.indicator WHERE key = $1)
          AND o."districtCode" = ANY($2::text[])
        ORDER BY o.period`,
      [POPULATION_KEY, districtCodes],
    );
  }

  /**
   * The population figures a lookup needs for any year from `years.first` to `years.last`: each
   * district's figures in those years and its nearest figure before and after them (the lookup
   * falls back to those), so the read does not grow with the history stored. Without `years`,
   * every figure. Reads the primary key (indicator, district, period) only: within one indicator
   * every period has the same form, and `2019` < `2019-12` < `2020` < `2020-Q1` as text.
   */
  populations(years?: YearRange): Promise<PopulationRow[]> {
    if (!years) {
      return this.dataSource.query(
        `SELECT o."districtCode", o.period, o.value
           FROM ${SITUATION_SCHEMA}.observation o
           JOIN ${SITUATION_SCHEMA}.indicator ind ON ind.id = o."indicatorId"
          WHERE ind.key = $1`,
        [POPULATION_KEY],
      );
    }
    return this.dataSource.query(
      `WITH RECURSIVE population AS (
         SELECT id FROM ${SITUATION_SCHEMA}.indicator WHERE key = $1
       ), district(code) AS (
         SELECT (SELECT o."districtCode" FROM ${SITUATION_SCHEMA}.observation o
                  WHERE o."indicatorId" = (SELECT id FROM population)
                  ORDER BY o."districtCode" LIMIT 1)
         UNION ALL
         SELECT (SELECT o."districtCode" FROM ${SITUATION_SCHEMA}.observation o
                  WHERE o."indicatorId" = (SELECT id FROM population) AND o."districtCode" > d.code
                  ORDER BY o."districtCode" LIMIT 1)
           FROM district d WHERE d.code IS NOT NULL
       )
       SELECT d.code AS "districtCode", p.period, p.value
         FROM district d
         CROSS JOIN LATERAL (
           (SELECT o.period, o.value FROM ${SITUATION_SCHEMA}.observation o
             WHERE o."indicatorId" = (SELECT id FROM population) AND o."districtCode" = d.code
               AND o.period < $2
             ORDER BY o.period DESC LIMIT 1)
           UNION ALL
           SELECT o.period, o.value FROM ${SITUATION_SCHEMA}.observation o
            WHERE o."indicatorId" = (SELECT id FROM population) AND o."districtCode" = d.code
              AND o.period >= $2 AND o.period < $3
           UNION ALL
           (SELECT o.period, o.value FROM ${SITUATION_SCHEMA}.observation o
             WHERE o."indicatorId" = (SELECT id FROM population) AND o."districtCode" = d.code
               AND o.period >= $3
             ORDER BY o.period LIMIT 1)
         ) p
        WHERE d.code IS NOT NULL`,
      [POPULATION_KEY, String(years.first), String(years.last + 1)],
    );
  }

  /** Kolada reference figures of an indicator between two dates, by area. */
  references(
    window: ObservationWindow,
  ): Promise<{ areaCode: string; period: string; value: number; synthetic: boolean }[]> {
    return this.dataSource.query(
      `SELECT r."areaCode", r.period, r.value, i.synthetic
         FROM ${SITUATION_SCHEMA}.reference_observation r
         JOIN ${SITUATION_SCHEMA}.data_import i ON i.id = r."importId"
        WHERE r."indicatorId" = $1 AND r."periodStart" BETWEEN $2 AND $3
        ORDER BY r."areaCode", r."periodStart"`,
      [window.indicatorId, window.from, window.to],
    );
  }
}
