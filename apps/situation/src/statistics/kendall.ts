import { errorFunction, median } from 'simple-statistics';

/** One observation in time: `time` in years (e.g. 2026.25), `season` its month or quarter. */
export interface TimePoint {
  time: number;
  season: number;
  value: number;
}

export interface KendallResult {
  /** Kendall's S: concordant minus discordant pairs, summed over seasons. */
  s: number;
  /** Var(S) under no trend, corrected for ties. */
  variance: number;
  /** Standard normal score with continuity correction. */
  z: number;
  /** Two-sided p-value of "no monotonic trend". */
  pValue: number;
  /** Sen's slope: median of the pairwise slopes, per year. */
  slopePerYear: number;
  /** Number of points used. */
  n: number;
}

function sign(x: number): number {
  return x > 0 ? 1 : x < 0 ? -1 : 0;
}

/** Var(S) for n values, less the correction for each group of tied values. */
function varianceOfS(values: number[]): number {
  const n = values.length;
  const ties = new Map<number, number>();
  for (const v of values) ties.set(v, (ties.get(v) ?? 0) + 1);
  let correction = 0;
  for (const t of ties.values()) correction += t * (t - 1) * (2 * t + 5);
  return (n * (n - 1) * (2 * n + 5) - correction) / 18;
}

/** Φ(z), the standard normal distribution function. */
export function normalCdf(z: number): number {
  return 0.5 * (1 + errorFunction(z / Math.SQRT2));
}

/**
 * The Mann–Kendall test for a monotonic trend, in its seasonal form (Hirsch, Slack & Smith 1982):
 * S and Var(S) are computed within each season (month or quarter of the year) and summed, so that
 * a seasonal pattern is not mistaken for a trend. With a single season it is the plain Mann–Kendall
 * test. Sen's slope is the median of the within-season pairwise slopes.
 */
export function kendallTrend(points: TimePoint[]): KendallResult {
  const seasons = new Map<number, TimePoint[]>();
  for (const point of points) {
    const group = seasons.get(point.season) ?? [];
    group.push(point);
    seasons.set(point.season, group);
  }
  let s = 0;
  let variance = 0;
  const slopes: number[] = [];
  for (const group of seasons.values()) {
    group.sort((a, b) => a.time - b.time);
    for (const [i, a] of group.entries()) {
      for (const b of group.slice(i + 1)) {
        s += sign(b.value - a.value);
        if (b.time > a.time) slopes.push((b.value - a.value) / (b.time - a.time));
      }
    }
    variance += varianceOfS(group.map((p) => p.value));
  }
  const z = variance > 0 ? (s - sign(s)) / Math.sqrt(variance) : 0;
  return {
    s,
    variance,
    z,
    pValue: variance > 0 ? Math.min(1, Math.max(0, 2 * (1 - normalCdf(Math.abs(z))))) : 1,
    slopePerYear: slopes.length > 0 ? median(slopes) : 0,
    n: points.length,
  };
}
