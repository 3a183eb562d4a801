import { twoSidedP } from './student-t';

/**
 * One period's pooled figures in the target area and in the rest: a rate (per 1 000 inhabitants
 * or a share) and the events behind it (counts, or a share's numerators).
 */
export interface AreaPeriod {
  rate: number;
  events: number;
}

/** One period of a comparison between the target area and the rest, placed in time. */
export interface RatioPoint {
  /** The period's start, in years from any fixed origin. */
  years: number;
  target: AreaPeriod;
  rest: AreaPeriod;
}

/**
 * Quasi-Poisson dispersion: how much more the target/rest ratio varies from period to period than
 * Poisson counts would. `phi` multiplies the Poisson variance (at least 1: never narrower than
 * Poisson); tests use Student's t with `degreesOfFreedom`, as the dispersion is itself estimated.
 */
export interface Dispersion {
  phi: number;
  degreesOfFreedom: number;
}

/** The pre-period slope of ln(target rate / rest rate), its test and whether the trends diverge. */
export interface PreTrendResult {
  /** Change of ln(target / rest) per year before the start: 0 when the two run in parallel. */
  slopePerYear: number;
  /** exp(slope) − 1: how much the target rose (or fell) each year relative to the rest. */
  relativeChangePerYear: number;
  /** The slope's standard error (quasi-Poisson). */
  standardError: number;
  /** Two-sided p-value of "the trends run in parallel". */
  pValue: number;
  periods: number;
  dispersion: Dispersion;
}

interface Weighted {
  x: number;
  y: number;
  w: number;
}

/**
 * ln(target / rest) per period with its weight, the inverse of its Poisson variance
 * 1/a + 1/b (delta method: the variance of ln a is 1/a for a Poisson count a). Periods without
 * events in either area carry no ratio and are left out.
 */
function logRatios(points: readonly RatioPoint[]): Weighted[] {
  return points
    .filter((p) => p.target.events > 0 && p.rest.events > 0 && p.target.rate > 0 && p.rest.rate > 0)
    .map((p) => ({
      x: p.years,
      y: Math.log(p.target.rate / p.rest.rate),
      w: 1 / (1 / p.target.events + 1 / p.rest.events),
    }));
}

function weightedMean(values: Weighted[], of: (v: Weighted) => number): number {
  const weights = values.reduce((sum, v) => sum + v.w, 0);
  return values.reduce((sum, v) => sum + v.w * of(v), 0) / weights;
}

/**
 * The dispersion of the pre-period around the model the difference in differences assumes: a
 * constant ratio of target to rest. Pearson's X² = Σ w (ln ratio − weighted mean)², over n − 1
 * degrees of freedom; below 1 it is taken as 1. A drift the pre-trend test missed inflates it, so
 * it widens the interval of the effect rather than passing as one. Null with fewer than 2 periods.
 */
export function dispersionAroundConstant(points: readonly RatioPoint[]): Dispersion | null {
  const values = logRatios(points);
  if (values.length < 2) return null;
  const mean = weightedMean(values, (v) => v.y);
  const pearson = values.reduce((sum, v) => sum + v.w * (v.y - mean) ** 2, 0);
  const degreesOfFreedom = values.length - 1;
  return { phi: Math.max(1, pearson / degreesOfFreedom), degreesOfFreedom };
}

/**
 * The parallel-trends check: a weighted least-squares line through ln(target / rest) over the
 * periods before the start (the quasi-Poisson log-linear model with an area × time interaction,
 * by the delta method). Its slope is 0 when the two areas move in parallel; the slope's standard
 * error is √(φ / Σ w (x − x̄)²) with φ from the line's own Pearson residuals over n − 2 degrees of
 * freedom (at least 1), tested two-sided with Student's t. Null with fewer than 3 periods.
 *
 * Worked example (the one in the spec): ratios e^0, e^0.1, e^0.2, e^0.3 a year apart with
 * weights 100 each lie on a line: slope 0.1 a year, X² = 0, φ = 1, SE = √(1 / (100 · 5)) = 0.04472,
 * t = 2.236 on 2 degrees of freedom, p = 0.1548.
 */
export function preTrend(points: readonly RatioPoint[]): PreTrendResult | null {
  const values = logRatios(points);
  if (values.length < 3) return null;
  const xMean = weightedMean(values, (v) => v.x);
  const yMean = weightedMean(values, (v) => v.y);
  const sxx = values.reduce((sum, v) => sum + v.w * (v.x - xMean) ** 2, 0);
  if (!(sxx > 0)) return null;
  const sxy = values.reduce((sum, v) => sum + v.w * (v.x - xMean) * (v.y - yMean), 0);
  const slope = sxy / sxx;
  const intercept = yMean - slope * xMean;
  const pearson = values.reduce((sum, v) => sum + v.w * (v.y - intercept - slope * v.x) ** 2, 0);
  const degreesOfFreedom = values.length - 2;
  const phi = Math.max(1, pearson / degreesOfFreedom);
  const standardError = Math.sqrt(phi / sxx);
  return {
    slopePerYear: slope,
    relativeChangePerYear: Math.expm1(slope),
    standardError,
    pValue: twoSidedP(slope / standardError, degreesOfFreedom),
    periods: values.length,
    dispersion: { phi, degreesOfFreedom },
  };
}
