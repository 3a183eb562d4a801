import { normalCdf } from './kendall';
import { ALPHA } from './trend';

/** The 97.5th percentile of the standard normal distribution: the bounds of a 95 % interval. */
const Z_95 = 1.959963984540054;

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
  z: number;
  /** Two-sided p-value of "the target area changed as the rest did". */
  pValue: number;
  significant: boolean;
}

/**
 * Difference in differences for counts, as a Poisson log-linear model with an area × window
 * interaction: the estimate is the log of the ratio of rate ratios, ln((a₂/a₁)/(b₂/b₁)), taken
 * from the rates so that changes in population are folded in; its standard error is
 * √(1/a₁ + 1/a₂ + 1/b₁ + 1/b₂) from the event counts; a two-sided normal test at α = 0.05.
 *
 * Worked example (the one in the spec): target area 120 events among 12 000 person-quarters
 * before (10 per 1 000) and 72 after (6); the rest 196 among 28 000 both times (7).
 *   estimate = ln((6/10) / (7/7)) = ln 0.6 = −0.51083
 *   SE = √(1/120 + 1/72 + 1/196 + 1/196) = √(0.0083333 + 0.0138889 + 0.0051020 + 0.0051020)
 *      = √0.0324263 = 0.18007
 *   z = −0.51083 / 0.18007 = −2.8368; p = 2 (1 − Φ(2.8368)) = 0.0046
 *   95 % interval of the ratio: exp(−0.51083 ± 1.95996 × 0.18007) = 0.4216 to 0.8539.
 *
 * Null when any rate or count is zero: the logarithm and the standard error are then undefined.
 */
export function ratioOfRateRatios(target: AreaChange, rest: AreaChange): RatioOfRatesResult | null {
  const parts = [target.before, target.after, rest.before, rest.after];
  if (parts.some((part) => !(part.rate > 0) || !(part.events > 0))) return null;
  const estimate = Math.log(
    target.after.rate / target.before.rate / (rest.after.rate / rest.before.rate),
  );
  const standardError = Math.sqrt(parts.reduce((sum, part) => sum + 1 / part.events, 0));
  const z = estimate / standardError;
  const pValue = Math.min(1, Math.max(0, 2 * (1 - normalCdf(Math.abs(z)))));
  return {
    ratio: Math.exp(estimate),
    lower: Math.exp(estimate - Z_95 * standardError),
    upper: Math.exp(estimate + Z_95 * standardError),
    z,
    pValue,
    significant: pValue < ALPHA,
  };
}
