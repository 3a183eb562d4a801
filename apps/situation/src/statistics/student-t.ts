import tCdf from '@stdlib/stats-base-dists-t-cdf';
import tQuantile from '@stdlib/stats-base-dists-t-quantile';

/** Two-sided p-value of a t statistic with `degreesOfFreedom` (Student's t distribution). */
export function twoSidedP(t: number, degreesOfFreedom: number): number {
  return Math.min(1, Math.max(0, 2 * (1 - tCdf(Math.abs(t), degreesOfFreedom))));
}

/** The 97.5th percentile of Student's t: the half-width of a 95 % interval in standard errors. */
export function tCritical95(degreesOfFreedom: number): number {
  return tQuantile(0.975, degreesOfFreedom);
}
