import { kendallTrend, normalCdf, type TimePoint } from './kendall';

const yearly = (values: number[]): TimePoint[] =>
  values.map((value, i) => ({ time: 2020 + i, season: 1, value }));

/** Kendall's S by its definition, written independently of the implementation. */
function bruteForceS(values: number[]): number {
  let s = 0;
  values.forEach((a, i) =>
    values.slice(i + 1).forEach((b) => {
      s += Math.sign(b - a);
    }),
  );
  return s;
}

describe('Mann–Kendall trend test', () => {
  it('matches the textbook figures for a strictly increasing series of five', () => {
    // S = 10, Var(S) = 5·4·15/18 = 16.667, Z = (10 − 1)/√16.667 = 2.2045,
    // two-sided p = 2(1 − Φ(2.2045)) = 0.0275 (normal table: Φ(2.20) = 0.98610, Φ(2.21) = 0.98645).
    const result = kendallTrend(yearly([1, 2, 3, 4, 5]));
    expect(result.s).toBe(10);
    expect(result.variance).toBeCloseTo(16.6667, 3);
    expect(result.z).toBeCloseTo(2.2045, 3);
    expect(result.pValue).toBeCloseTo(0.0275, 3);
    expect(result.slopePerYear).toBe(1);
  });

  it('agrees with a brute-force S on arbitrary series', () => {
    const series = [5, 3, 8, 8, 2, 9, 11, 4, 7, 7, 12];
    expect(kendallTrend(yearly(series)).s).toBe(bruteForceS(series));
  });

  it('corrects the variance for ties', () => {
    // Values 1,2,2,3: n = 4 gives 4·3·13/18 = 8.667; one pair of ties removes 2·1·9/18 = 1.
    expect(kendallTrend(yearly([1, 2, 2, 3])).variance).toBeCloseTo(7.6667, 3);
  });

  it('uses Sen’s slope: the median of pairwise slopes', () => {
    // Pairwise slopes of 1,3,2,5,4 at t = 0..4: 2, 0.5, 4/3, 0.75, −1, 1, 0.5, 3, 1, −1 → median 0.875.
    expect(kendallTrend(yearly([1, 3, 2, 5, 4])).slopePerYear).toBeCloseTo(0.875, 6);
  });

  it('gives p = 0.05 at the familiar two-sided critical value', () => {
    expect(2 * (1 - normalCdf(1.959964))).toBeCloseTo(0.05, 5);
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
  });

  it('does not mistake a seasonal pattern for a trend, but finds a trend under one', () => {
    const monthly = (slope: number): TimePoint[] =>
      Array.from({ length: 36 }, (_, i) => ({
        time: 2023 + i / 12,
        season: (i % 12) + 1,
        // Strong summer peak; 0.3 noise-free wobble that alternates by year.
        value:
          10 + 8 * Math.sin(((i % 12) / 12) * 2 * Math.PI) + slope * i + (i % 24 < 12 ? 0.3 : -0.3),
      }));
    const flat = kendallTrend(monthly(0));
    expect(flat.pValue).toBeGreaterThan(0.05);
    const rising = kendallTrend(monthly(0.1));
    expect(rising.s).toBeGreaterThan(0);
    expect(rising.pValue).toBeLessThan(0.001);
    expect(rising.slopePerYear).toBeCloseTo(1.2, 1);
  });

  it('says nothing is significant for a flat series', () => {
    const result = kendallTrend(yearly([4, 4, 4, 4]));
    expect(result.s).toBe(0);
    expect(result.pValue).toBe(1);
  });
});
