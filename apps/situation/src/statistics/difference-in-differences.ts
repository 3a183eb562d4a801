import type { Dispersion } from './parallel-trends';
import { tCritical95, twoSidedP } from './student-t';
import { ALPHA } from './trend';

/** A pooled rate before and after, with the events (counts or numerators) behind each. */
export interface AreaChange {
  before: { rate: number; events: number };
  after: { rate: number; events: number };
}

export interface RatioOfRatesResult {
  /** (target after / target before) / (rest after / rest before): below 1, the target fell relative to the rest. */
  ratio: number;
  /** The 95 % confidence interval of `ratio`. */
  lower: number;
  upper: number;
  /** ln(ratio) over its standard error. */
  t: number;
  /** Two-sided p-value of "the target area changed as the rest did". */
  pValue: number;
  significant: boolean;
}

/**
 * Difference in differences for counts, as a quasi-Poisson log-linear model with an area × window
 * interaction: the estimate is the log of the ratio of rate ratios, ln((a₂/a₁)/(b₂/b₁)), taken
 * from the rates so that changes in population are folded in; its standard error is the Poisson
 * one, √(1/a₁ + 1/a₂ + 1/b₁ + 1/b₂) from the event counts, widened by the dispersion φ measured
 * before the start (√φ times); the test is two-sided at α = 0.05 with Student's t on the
 * dispersion's degrees of freedom, the interval likewise. `driftVariance` adds the variance of a
 * difference in trends that the data before the start cannot rule out (see `testEffect`).
 *
 * Worked example (the one in the spec): target area 120 events among 12 000 person-quarters
 * before (10 per 1 000) and 72 after (6); the rest 196 among 28 000 both times (7); φ = 2 on 10
 * degrees of freedom.
 *   estimate = ln((6/10) / (7/7)) = ln 0.6 = −0.51083
 *   SE = √(2 × (1/120 + 1/72 + 1/196 + 1/196)) = √(2 × 0.0324263) = 0.25466
 *   t = −0.51083 / 0.25466 = −2.0059; p = 0.0727 on 10 degrees of freedom: not significant,
 *   where Poisson alone (φ = 1, SE 0.18007) would have said p = 0.005.
 *   95 % interval of the ratio: exp(−0.51083 ± 2.22814 × 0.25466) = 0.3402 to 1.0582.
 *
 * Null when any rate or count is zero: the logarithm and the standard error are then undefined.
 */
export function ratioOfRateRatios(
  target: AreaChange,
  rest: AreaChange,
  dispersion: Dispersion,
  driftVariance = 0,
): RatioOfRatesResult | null {
  const parts = [target.before, target.after, rest.before, rest.after];
  if (parts.some((part) => !(part.rate > 0) || !(part.events > 0))) return null;
  const estimate = Math.log(
    target.after.rate / target.before.rate / (rest.after.rate / rest.before.rate),
  );
  const poissonVariance = parts.reduce((sum, part) => sum + 1 / part.events, 0);
  const standardError = Math.sqrt(Math.max(1, dispersion.phi) * poissonVariance + driftVariance);
  const t = estimate / standardError;
  const pValue = twoSidedP(t, dispersion.degreesOfFreedom);
  const halfWidth = tCritical95(dispersion.degreesOfFreedom) * standardError;
  return {
    ratio: Math.exp(estimate),
    lower: Math.exp(estimate - halfWidth),
    upper: Math.exp(estimate + halfWidth),
    t,
    pValue,
    significant: pValue < ALPHA,
  };
}
