import type { Indicator } from '../indicator/indicator.entity';
import { IndicatorCategory, Normalisation } from '../indicator/indicator-enums';
import { Period } from '@lagesbild/period';
import { assessTrend, type TrendResult } from '../statistics/trend';
import { rollUpPeriod } from './period-rollup';
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
 * `periods` are in the indicator's own frequency; a quarter or year of a monthly indicator
 * (a year of a quarterly one) is rolled up from them on demand (see rollUpPeriod).
 */
export class IndicatorSeries {
  private readonly figures = new Map<string, PeriodFigures>();
  private readonly rows = new Map<string, ObservationRow[]>();
  private readonly rule: IndicatorRule;
  /** The municipality's districts: a period fewer of them reported is incomplete. */
  readonly expected: ReadonlySet<string>;

  constructor(
    readonly indicator: Indicator,
    readonly periods: Period[],
    rows: ObservationRow[],
    private readonly populations: PopulationLookup,
  ) {
    for (const row of rows) {
      const list = this.rows.get(row.period) ?? [];
      list.push(row);
      this.rows.set(row.period, list);
    }
    this.rule = ruleOf(indicator);
    this.expected = new Set(populations.districts());
    for (const period of periods) this.native(period);
  }

  /** The figures of a period in the indicator's frequency or a coarser one. */
  at(period: Period): PeriodFigures | undefined {
    if (period.frequency === this.indicator.frequency) return this.figures.get(period.toString());
    if (!period.isCoarserThan(this.indicator.frequency)) return undefined;
    const key = period.toString();
    const known = this.figures.get(key);
    if (known) return known;
    const parts = period.parts(this.indicator.frequency).map((part) => ({
      rows: this.rows.get(part.toString()) ?? [],
      figures: this.native(part),
    }));
    const figures = rollUpPeriod(this.rule, period, parts, this.populations, this.expected);
    this.figures.set(key, figures);
    return figures;
  }

  /** A period of the indicator's own frequency, computed on first use. */
  private native(period: Period): PeriodFigures {
    const key = period.toString();
    const known = this.figures.get(key);
    if (known) return known;
    const figures = computePeriodFigures(
      this.rule,
      period.year,
      this.rows.get(key) ?? [],
      this.populations,
      this.expected,
    );
    this.figures.set(key, figures);
    return figures;
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
   * The district's trend over the periods of the window up to `until`, from what is published
   * and what the protection of hidden cells already allows an attacker to know. A published
   * period enters with its rate. A count hidden because it is below the threshold is a censored
   * value, as below a detection limit (Helsel 2012): all of them enter tied with each other, at
   * the rate of half the largest hidden count ((t − 1)/2 events) among the district's inhabitants
   * in the window's last year, below every published rate. Other hidden periods (hidden to
   * protect another cell) are left out. So the test, its p-value and Sen's slope are the same
   * for every set of hidden counts that agrees with the published figures, in any window.
   */
  districtTrend(district: string, until: Period): TrendResult | null {
    const censored = this.censoredRate(district, until);
    return this.trend(until, (period) => {
      const figure = this.district(period, district);
      if (figure?.suppressed)
        return { rate: figure.belowThreshold ? censored : null, hidden: true };
      return { rate: figure?.rate ?? null, hidden: false };
    });
  }

  /** The rate a count below the threshold stands at in a trend; null for other indicators. */
  private censoredRate(district: string, until: Period): number | null {
    if (this.indicator.normalisation !== Normalisation.PER_1000_INHABITANTS) return null;
    const population = this.populations.populationOf(district, until.year);
    return population ? ((this.indicator.suppressionThreshold - 1) / 2 / population) * 1000 : null;
  }

  /** The municipal trend, from the published municipal figures alone (withheld ones left out). */
  municipalTrend(until: Period): TrendResult | null {
    return this.trend(until, (period) => ({
      rate: this.municipal(period),
      hidden: this.at(period)?.municipalSuppressed ?? false,
    }));
  }

  private trend(
    until: Period,
    figureAt: (period: Period) => { rate: number | null; hidden: boolean },
  ): TrendResult | null {
    let hiddenPeriods = 0;
    const points = this.periods
      .filter((period) => period.index <= until.index)
      .flatMap((period) => {
        const { rate, hidden } = figureAt(period);
        if (hidden) hiddenPeriods += 1;
        return rate === null ? [] : [{ period, rate }];
      });
    return assessTrend(points, this.indicator.frequency, this.indicator.direction, hiddenPeriods);
  }
}

function difference(a: number | null | undefined, b: number | null | undefined): number | null {
  return a === null || a === undefined || b === null || b === undefined ? null : a - b;
}

/** The `count` periods of `frequency` that end with `last`, oldest first. */
export function periodsEndingWith(last: Period, count: number): Period[] {
  return Array.from({ length: count }, (_, i) => last.plus(i - count + 1));
}
