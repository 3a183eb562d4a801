import type { Indicator } from '../indicator/indicator.entity';
import { IndicatorCategory } from '../indicator/indicator-enums';
import { Period } from '../period/period';
import { assessTrend, type TrendResult } from '../statistics/trend';
import {
  computePeriodFigures,
  type DistrictFigure,
  type IndicatorRule,
  type ObservationRow,
  type PeriodFigures,
} from './period-figures';
import type { PopulationLookup } from './population-lookup';

export function ruleOf(indicator: Indicator): IndicatorRule {
  return {
    key: indicator.key,
    normalisation: indicator.normalisation,
    suppressionThreshold: indicator.suppressionThreshold,
    additive: indicator.category === IndicatorCategory.POPULATION,
  };
}

/**
 * One indicator's figures over consecutive periods, each period computed (and disclosure-
 * controlled) across all districts, with the comparisons a lägesbild makes between periods.
 */
export class IndicatorSeries {
  private readonly figures = new Map<string, PeriodFigures>();

  constructor(
    readonly indicator: Indicator,
    readonly periods: Period[],
    rows: ObservationRow[],
    populations: PopulationLookup,
  ) {
    const byPeriod = new Map<string, ObservationRow[]>();
    for (const row of rows) {
      const list = byPeriod.get(row.period) ?? [];
      list.push(row);
      byPeriod.set(row.period, list);
    }
    const rule = ruleOf(indicator);
    for (const period of periods) {
      const key = period.toString();
      this.figures.set(
        key,
        computePeriodFigures(rule, period.year, byPeriod.get(key) ?? [], populations),
      );
    }
  }

  at(period: Period): PeriodFigures | undefined {
    return this.figures.get(period.toString());
  }

  district(period: Period, district: string): DistrictFigure | undefined {
    return this.at(period)?.districts.get(district);
  }

  municipal(period: Period): number | null {
    return this.at(period)?.municipal ?? null;
  }

  /** Published rate now minus published rate then; null when either is missing or suppressed. */
  districtChange(now: Period, then: Period, district: string): number | null {
    return difference(this.district(now, district)?.rate, this.district(then, district)?.rate);
  }

  municipalChange(now: Period, then: Period): number | null {
    return difference(this.municipal(now), this.municipal(then));
  }

  /**
   * The district's trend over the periods up to `until`. It uses the rates before disclosure
   * control: the test reports only the direction and strength of change, never a value.
   */
  districtTrend(district: string, until: Period): TrendResult | null {
    return this.trend(until, (period) => this.district(period, district)?.trueRate ?? null);
  }

  municipalTrend(until: Period): TrendResult | null {
    return this.trend(until, (period) => this.municipal(period));
  }

  private trend(until: Period, rateAt: (period: Period) => number | null): TrendResult | null {
    const points = this.periods
      .filter((period) => period.index <= until.index)
      .flatMap((period) => {
        const rate = rateAt(period);
        return rate === null ? [] : [{ period, rate }];
      });
    return assessTrend(points, this.indicator.frequency, this.indicator.direction);
  }
}

function difference(a: number | null | undefined, b: number | null | undefined): number | null {
  return a === null || a === undefined || b === null || b === undefined ? null : a - b;
}

/** The `count` periods of `frequency` that end with `last`, oldest first. */
export function periodsEndingWith(last: Period, count: number): Period[] {
  return Array.from({ length: count }, (_, i) => last.plus(i - count + 1));
}
