import type { DataSource } from 'typeorm';
import type { ObservationRow } from '../figures/period-figures';
import { POPULATION_KEY } from '../indicator/indicator.service';

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
   * The latest period with final (not provisional) figures, per indicator: one index-ordered
   * LIMIT 1 per indicator, so the cost does not grow with the history stored.
   */
  async latestFinalPeriods(indicatorIds: string[]): Promise<Map<string, string>> {
    const rows: { indicatorId: string; period: string }[] = await this.dataSource.query(
      `SELECT i.id AS "indicatorId", latest.period
         FROM unnest($1::uuid[]) AS i(id)
         CROSS JOIN LATERAL (
           SELECT o.period FROM situation.observation o
            WHERE o."indicatorId" = i.id AND NOT o.provisional
            ORDER BY o."periodStart" DESC
            LIMIT 1) latest`,
      [indicatorIds],
    );
    return new Map(rows.map((row) => [row.indicatorId, row.period]));
  }

  /** Every observation inside each indicator's window, with whether its import was synthetic. */
  inWindows(windows: ObservationWindow[]): Promise<WindowedRow[]> {
    return this.dataSource.query(
      `SELECT o."indicatorId", o."districtCode", o.period, o.value, o.numerator, o.denominator,
              o.provisional, i.synthetic
         FROM unnest($1::uuid[], $2::date[], $3::date[]) AS w(id, "from", "to")
         JOIN situation.observation o
           ON o."indicatorId" = w.id AND o."periodStart" BETWEEN w."from" AND w."to"
         JOIN situation.data_import i ON i.id = o."importId"`,
      [windows.map((w) => w.indicatorId), windows.map((w) => w.from), windows.map((w) => w.to)],
    );
  }

  /** Every district's population in every year: the denominators of the rates. */
  populations(): Promise<{ districtCode: string; period: string; value: number }[]> {
    return this.dataSource.query(
      `SELECT o."districtCode", o.period, o.value
         FROM situation.observation o
         JOIN situation.indicator ind ON ind.id = o."indicatorId"
        WHERE ind.key = $1`,
      [POPULATION_KEY],
    );
  }

  /** Kolada reference figures of an indicator between two dates, by area. */
  references(
    window: ObservationWindow,
  ): Promise<{ areaCode: string; period: string; value: number; synthetic: boolean }[]> {
    return this.dataSource.query(
      `SELECT r."areaCode", r.period, r.value, i.synthetic
         FROM situation.reference_observation r
         JOIN situation.data_import i ON i.id = r."importId"
        WHERE r."indicatorId" = $1 AND r."periodStart" BETWEEN $2 AND $3
        ORDER BY r."areaCode", r."periodStart"`,
      [window.indicatorId, window.from, window.to],
    );
  }
}
