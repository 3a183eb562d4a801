import { periodsEndingWith } from '../figures/indicator-series';
import { Period } from '@lagesbild/period';
import {
  ratioOfRateRatios,
  type RatioOfRatesResult,
} from '../statistics/difference-in-differences';
import {
  dispersionAroundConstant,
  preTrend,
  type AreaPeriod,
  type Dispersion,
  type PreTrendResult,
  type RatioPoint,
} from '../statistics/parallel-trends';
import { poolWindow, type IndicatorCells } from './area-pool';
import type { PeriodWindow } from './follow-up-windows';

/**
 * Significance level of the parallel-trends check. Higher than the effect test's α = 0.05 on
 * purpose: failing to find a divergence is weak evidence of parallel trends, so the check errs
 * toward saying "they diverge" (and claiming nothing) rather than letting a drift pass as an effect.
 */
export const PRE_TREND_ALPHA = 0.1;

/** How far back the parallel-trends check looks: three years before the start, at least 4 periods. */
const PRE_TREND_YEARS = 3;
const MIN_PRE_TREND_PERIODS = 4;

/** The periods the parallel-trends check reads: the years before the start, ending with the baseline year. */
export function preTrendWindow(baseline: PeriodWindow): PeriodWindow {
  const count = Math.max(
    MIN_PRE_TREND_PERIODS,
    PRE_TREND_YEARS * Period.periodsPerYear[baseline.last.frequency],
  );
  const periods = periodsEndingWith(baseline.last, count);
  return { first: periods[0] ?? baseline.last, last: baseline.last, periods };
}

/** A period placed in time, in years. */
function yearsOf(period: Period): number {
  return period.year + (period.position - 1) / Period.periodsPerYear[period.frequency];
}

/** The middle of a window, in years. */
function centre(window: PeriodWindow): number {
  const first = yearsOf(window.first);
  return (
    first + (yearsOf(window.last) - first + 1 / Period.periodsPerYear[window.last.frequency]) / 2
  );
}

/** A period whose figures for both areas are published, or follow from published figures. */
interface PublishedPoint extends RatioPoint {
  period: Period;
}

/**
 * One period's figures for the target area and the rest, when both may be published: every cell
 * pooled is published, or the figure is the published municipal figure less the other area's
 * published cells (the rule of `poolWindow`, applied to one period). Null otherwise, and when an
 * area has no events: a period with a suppressed target cell is left out rather than pooled.
 */
function publishedPoint(
  cells: IndicatorCells,
  target: string[],
  rest: string[],
  period: Period,
): PublishedPoint | null {
  const pools = poolWindow(cells, target, rest, { first: period, last: period, periods: [period] });
  const area = (pool: typeof pools.target): AreaPeriod | null =>
    pool.rate !== null && pool.events !== null && pool.rate > 0 && pool.events > 0
      ? { rate: pool.rate, events: pool.events }
      : null;
  const targetArea = area(pools.target);
  const restArea = area(pools.rest);
  if (!targetArea || !restArea) return null;
  return { period, years: yearsOf(period), target: targetArea, rest: restArea };
}

/** An area's figure pooled over the published periods: all events over all exposure. */
function pool(points: PublishedPoint[], of: (p: PublishedPoint) => AreaPeriod): AreaPeriod {
  const events = points.reduce((sum, p) => sum + of(p).events, 0);
  // Each period's exposure (person-periods per 1 000, or a share's denominator per 100) is its
  // events over its rate, so the pooled rate is the one `pooledFigure` gives for these periods.
  const exposure = points.reduce((sum, p) => sum + of(p).events / of(p).rate, 0);
  return { rate: events / exposure, events };
}

/** How many of a window's periods are published for both areas, of how many. */
export interface PeriodCount {
  window: PeriodWindow;
  published: number;
  total: number;
}

export type EffectTest =
  | { outcome: 'TOO_FEW_PERIODS'; counts: PeriodCount[] }
  | { outcome: 'PRE_TRENDS_DIVERGE'; preTrend: PreTrendResult; preWindow: PeriodWindow }
  | {
      outcome: 'TESTED';
      test: RatioOfRatesResult;
      preTrend: PreTrendResult;
      preWindow: PeriodWindow;
      dispersion: Dispersion;
      /** The periods of the baseline and latest year that went into the test. */
      tested: number;
      windowPeriods: number;
    };

/**
 * The effect test of a follow-up, computed only from figures that are published or follow from
 * published figures, so that every number it gives (estimate, interval, p-value, dispersion,
 * pre-trend) is a function of what anyone may already read and cannot reveal a suppressed count.
 * A period in which a target or rest figure would pool a suppressed cell is left out of every
 * step, period by period, instead of withholding the whole window: pooled over a window, one
 * hidden cell would otherwise enter a published number.
 *
 * 1. Parallel trends: the slope of ln(target / rest) over three years before the start
 *    (`preTrend`); a slope significant at PRE_TREND_ALPHA means the trends diverge and no
 *    effect is claimed.
 * 2. Overdispersion: φ from the same periods' scatter around a constant ratio.
 * 3. The difference in differences of the baseline and latest year's published periods
 *    (`ratioOfRateRatios`), with the Poisson variance times φ, plus the variance of the drift the
 *    check cannot rule out carried over the years between the windows ((gap × SE of the slope)²),
 *    and Student's t. Without that term undetected drifts passed as effects: on the demo data 23
 *    of 265 placebo tests (8.7 %) came out significant; with it 3 (1.1 %).
 *
 * Each of the baseline and latest year needs at least half its periods published, and the
 * pre-trend at least 4 periods; else there are too few periods to tell.
 */
export function testEffect(
  cells: IndicatorCells,
  target: string[],
  rest: string[],
  baseline: PeriodWindow,
  latest: PeriodWindow,
): EffectTest {
  const preWindow = preTrendWindow(baseline);
  const published = (window: PeriodWindow) =>
    window.periods.flatMap((period) => publishedPoint(cells, target, rest, period) ?? []);
  const prePoints = published(preWindow);
  const before = published(baseline);
  const after = published(latest);
  const counts: PeriodCount[] = [
    { window: preWindow, published: prePoints.length, total: preWindow.periods.length },
    { window: baseline, published: before.length, total: baseline.periods.length },
    { window: latest, published: after.length, total: latest.periods.length },
  ];
  const enough =
    prePoints.length >= MIN_PRE_TREND_PERIODS &&
    before.length * 2 >= baseline.periods.length &&
    after.length * 2 >= latest.periods.length;
  const trend = enough ? preTrend(prePoints) : null;
  const dispersion = enough ? dispersionAroundConstant(prePoints) : null;
  if (!trend || !dispersion) return { outcome: 'TOO_FEW_PERIODS', counts };
  if (trend.pValue < PRE_TREND_ALPHA) {
    return { outcome: 'PRE_TRENDS_DIVERGE', preTrend: trend, preWindow };
  }
  // A drift between the areas too small for the check to see still moves the estimate by its
  // slope times the years between the windows; the slope's standard error over those years is
  // added to the estimate's variance, so an undetected drift is not taken for an effect.
  const gap = centre(latest) - centre(baseline);
  const test = ratioOfRateRatios(
    { before: pool(before, (p) => p.target), after: pool(after, (p) => p.target) },
    { before: pool(before, (p) => p.rest), after: pool(after, (p) => p.rest) },
    dispersion,
    (gap * trend.standardError) ** 2,
  );
  if (!test) return { outcome: 'TOO_FEW_PERIODS', counts };
  return {
    outcome: 'TESTED',
    test,
    preTrend: trend,
    preWindow,
    dispersion,
    tested: before.length + after.length,
    windowPeriods: baseline.periods.length + latest.periods.length,
  };
}
