import { registerEnumType } from 'type-graphql';
import { IndicatorDirection } from '../indicator/indicator-enums';
import type { Frequency, Period } from '@lagesbild/period';
import { kendallTrend } from './kendall';

export enum TrendDirection {
  INCREASING = 'INCREASING',
  DECREASING = 'DECREASING',
  NO_TREND = 'NO_TREND',
}

/** The trend read against the indicator's direction. */
export enum TrendAssessment {
  IMPROVING = 'IMPROVING',
  WORSENING = 'WORSENING',
  NO_CLEAR_CHANGE = 'NO_CLEAR_CHANGE',
}

registerEnumType(TrendDirection, { name: 'TrendDirection' });
registerEnumType(TrendAssessment, {
  name: 'TrendAssessment',
  description: 'A significant trend read against whether higher is better or worse.',
});

/** Significance level of the two-sided test. */
export const ALPHA = 0.05;

/** How many periods back a trend looks: three years of months, five of quarters, eight years. */
export const TREND_WINDOW: Record<Frequency, number> = { MONTH: 36, QUARTER: 20, YEAR: 8 };

/** Fewer points than this give no trend at all. */
const MINIMUM_POINTS: Record<Frequency, number> = { MONTH: 24, QUARTER: 8, YEAR: 4 };

export const TREND_METHODS: Record<Frequency, string> = {
  MONTH: `Seasonal Mann–Kendall test (Hirsch, Slack & Smith 1982), two-sided, α = ${ALPHA}; Sen's slope`,
  QUARTER: `Seasonal Mann–Kendall test (Hirsch, Slack & Smith 1982), two-sided, α = ${ALPHA}; Sen's slope`,
  YEAR: `Mann–Kendall test, two-sided, α = ${ALPHA}; Sen's slope`,
};

export interface TrendResult {
  direction: TrendDirection;
  significant: boolean;
  pValue: number;
  slopePerYear: number;
  assessment: TrendAssessment;
  method: string;
  /** Periods the test used. */
  periods: number;
  /** Periods of the window whose figure is hidden (censored or left out). */
  hiddenPeriods: number;
}

/**
 * Whether a series of rates moves more than noise would: Mann–Kendall within each month or
 * quarter of the year (so that the seasons are not mistaken for a trend). Null when there are too
 * few periods to tell. Every number of the result is published at full precision, so the points
 * must never hold a hidden figure: only published ones and public stand-ins for censored ones
 * (see `IndicatorSeries.districtTrend`); `hiddenPeriods` counts the hidden periods.
 */
export function assessTrend(
  points: { period: Period; rate: number }[],
  frequency: Frequency,
  direction: IndicatorDirection,
  hiddenPeriods = 0,
): TrendResult | null {
  if (points.length < MINIMUM_POINTS[frequency]) return null;
  const result = kendallTrend(
    points.map(({ period, rate }) => ({
      time: period.year + (period.position - 1) / (frequency === 'MONTH' ? 12 : 4),
      season: frequency === 'YEAR' ? 1 : period.position,
      value: rate,
    })),
  );
  const significant = result.pValue < ALPHA && result.s !== 0;
  const rising = result.s > 0;
  const better = rising === (direction === IndicatorDirection.HIGHER_IS_BETTER);
  return {
    direction:
      result.s > 0
        ? TrendDirection.INCREASING
        : result.s < 0
          ? TrendDirection.DECREASING
          : TrendDirection.NO_TREND,
    significant,
    pValue: result.pValue,
    slopePerYear: result.slopePerYear,
    assessment: !significant
      ? TrendAssessment.NO_CLEAR_CHANGE
      : better
        ? TrendAssessment.IMPROVING
        : TrendAssessment.WORSENING,
    method: TREND_METHODS[frequency],
    periods: points.length,
    hiddenPeriods,
  };
}
