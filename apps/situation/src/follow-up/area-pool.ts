import {
  computePeriodFigures,
  hasNumerators,
  pooledFigure,
  type IndicatorRule,
  type ObservationRow,
  type PeriodFigures,
} from '../figures/period-figures';
import type { PopulationLookup } from '../figures/population-lookup';
import { Normalisation } from '../indicator/indicator-enums';
import type { WindowedRow } from '../observation/observation.service';
import { Period } from '@lagesbild/period';
import type { PeriodWindow } from './follow-up-windows';

/**
 * One indicator's observations by period and district, with disclosure control applied per
 * period across all districts, exactly as the situation picture applies it.
 */
export class IndicatorCells {
  private readonly rows = new Map<string, Map<string, WindowedRow>>();
  private readonly figures = new Map<string, PeriodFigures>();

  constructor(
    readonly rule: IndicatorRule,
    rows: WindowedRow[],
    private readonly populations: PopulationLookup,
  ) {
    // Windows of several follow-ups may overlap: a cell read twice is kept once.
    for (const row of rows) {
      const byDistrict = this.rows.get(row.period) ?? new Map<string, WindowedRow>();
      byDistrict.set(row.districtCode, row);
      this.rows.set(row.period, byDistrict);
    }
  }

  row(period: Period, district: string): WindowedRow | undefined {
    return this.rows.get(period.toString())?.get(district);
  }

  at(period: Period): PeriodFigures {
    const key = period.toString();
    const known = this.figures.get(key);
    if (known) return known;
    const figures = computePeriodFigures(
      this.rule,
      period.year,
      [...(this.rows.get(key)?.values() ?? [])],
      this.populations,
    );
    this.figures.set(key, figures);
    return figures;
  }

  /** The inhabitants behind a cell, in its own period's year. */
  populationOf(row: ObservationRow): number | null {
    return this.populations.populationOf(row.districtCode, Period.parse(row.period).year);
  }
}

/** An area's pooled figure for a window, after disclosure control. */
export interface PooledArea {
  /** Null when withheld, when a district lacks a figure for a period, or when there are no districts. */
  rate: number | null;
  /** The events behind a published rate (counts, or a share's numerators); null when not counts. */
  events: number | null;
  withheld: boolean;
  incomplete: boolean;
  synthetic: boolean;
}

export interface WindowPools {
  window: PeriodWindow;
  target: PooledArea;
  rest: PooledArea;
}

interface RawPool {
  rate: number | null;
  events: number | null;
  complete: boolean;
  allPublished: boolean;
  synthetic: boolean;
}

function eventsOf(rule: IndicatorRule, rows: ObservationRow[]): number | null {
  if (rule.additive) return null;
  if (rule.normalisation === Normalisation.PER_1000_INHABITANTS) {
    return rows.reduce((sum, row) => sum + row.value, 0);
  }
  return hasNumerators(rule, rows)
    ? rows.reduce((sum, row) => sum + (row.numerator ?? 0), 0)
    : null;
}

function poolArea(cells: IndicatorCells, districts: string[], window: PeriodWindow): RawPool {
  const rows: WindowedRow[] = [];
  let complete = true;
  let allPublished = true;
  for (const period of window.periods) {
    const figures = cells.at(period);
    for (const district of districts) {
      const row = cells.row(period, district);
      if (!row) {
        complete = false;
        continue;
      }
      rows.push(row);
      if (figures.districts.get(district)?.suppressed) allPublished = false;
    }
  }
  return {
    rate: pooledFigure(cells.rule, rows, (row) => cells.populationOf(row)),
    events: eventsOf(cells.rule, rows),
    complete: complete && rows.length > 0,
    allPublished,
    synthetic: rows.some((row) => row.synthetic),
  };
}

function publish(pool: RawPool, derivable: boolean): PooledArea {
  const publishable = pool.allPublished || derivable;
  const usable = publishable && pool.complete;
  return {
    rate: usable ? pool.rate : null,
    events: usable ? pool.events : null,
    withheld: !publishable,
    incomplete: !pool.complete,
    synthetic: pool.synthetic,
  };
}

/**
 * The target districts and the rest of the municipality pooled over a window. A pooled figure is
 * published only when it follows from figures already published, so that it reveals nothing new:
 * when every cell it pools is published, or — for counts per 1 000, where the municipal figure is
 * all events over all inhabitants — when it is the municipal total less the other area and every
 * cell of the other area and every period's municipal figure are published. Pooling a suppressed
 * cell otherwise would let a difference of published figures give it away.
 */
export function poolWindow(
  cells: IndicatorCells,
  target: string[],
  rest: string[],
  window: PeriodWindow,
): WindowPools {
  const targetPool = poolArea(cells, target, window);
  const restPool = poolArea(cells, rest, window);
  const municipalPublished =
    cells.rule.normalisation === Normalisation.PER_1000_INHABITANTS &&
    !cells.rule.additive &&
    window.periods.every((period) => cells.at(period).municipal !== null);
  return {
    window,
    target: publish(targetPool, municipalPublished && restPool.allPublished),
    rest: publish(restPool, municipalPublished && targetPool.allPublished),
  };
}
