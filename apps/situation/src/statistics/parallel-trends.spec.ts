import { dispersionAroundConstant, preTrend, type RatioPoint } from './parallel-trends';

/** A period whose ln(target / rest) is `logRatio`, with `events` in each area (weight events / 2). */
function point(years: number, logRatio: number, events = 200): RatioPoint {
  return {
    years,
    target: { rate: Math.exp(logRatio), events },
    rest: { rate: 1, events },
  };
}

describe('the parallel-trends check', () => {
  it('matches the example worked by hand: four points on a line', () => {
    // Weights 1 / (1/200 + 1/200) = 100; x̄ = 1.5, Σ w (x − x̄)² = 500; slope 0.1; X² = 0, so φ = 1;
    // SE = √(1/500) = 0.04472; t = 2.236 on 2 degrees of freedom: p = 0.1548.
    const result = preTrend([0, 1, 2, 3].map((x) => point(x, 0.1 * x)))!;
    expect(result.slopePerYear).toBeCloseTo(0.1, 12);
    expect(result.relativeChangePerYear).toBeCloseTo(Math.expm1(0.1), 12);
    expect(result.dispersion).toEqual({ phi: 1, degreesOfFreedom: 2 });
    expect(result.pValue).toBeCloseTo(0.1548, 4);
    expect(result.periods).toBe(4);
  });

  it('finds a steady drift over many periods, and none in parallel series', () => {
    // 2 000 events a quarter in each area: 8 % a year is far outside the noise.
    const drifting = preTrend(
      Array.from({ length: 12 }, (_, i) => point(i / 4, 0.08 * (i / 4), 2000)),
    )!;
    expect(drifting.pValue).toBeLessThan(0.001);
    const parallel = preTrend(
      Array.from({ length: 12 }, (_, i) => point(i / 4, i % 2 === 0 ? 0.05 : -0.05)),
    )!;
    expect(parallel.slopePerYear).toBeCloseTo(0, 1);
    expect(parallel.pValue).toBeGreaterThan(0.5);
  });

  it('widens the slope’s interval when the points scatter more than Poisson counts would', () => {
    // The same drift, with a scatter of ±0.3 around the line: φ well above 1, p far larger.
    const scattered = preTrend(
      Array.from({ length: 12 }, (_, i) =>
        point(i / 4, 0.08 * (i / 4) + (i % 2 ? 0.3 : -0.3), 2000),
      ),
    )!;
    expect(scattered.dispersion.phi).toBeGreaterThan(5);
    expect(scattered.pValue).toBeGreaterThan(0.05);
  });

  it('needs three periods with events in both areas', () => {
    expect(preTrend([point(0, 0), point(1, 0)])).toBeNull();
    const empty = { years: 2, target: { rate: 0, events: 0 }, rest: { rate: 1, events: 10 } };
    expect(preTrend([point(0, 0), point(1, 0), empty])).toBeNull();
  });
});

describe('the dispersion around a constant ratio', () => {
  it('is Pearson’s X² over n − 1, and never below 1', () => {
    // ln ratios ±0.2 with weight 100: mean 0, X² = 4 × 100 × 0.04 = 16, φ = 16 / 3.
    const spread = dispersionAroundConstant([0.2, -0.2, 0.2, -0.2].map((y, i) => point(i, y)))!;
    expect(spread.phi).toBeCloseTo(16 / 3, 10);
    expect(spread.degreesOfFreedom).toBe(3);
    const calm = dispersionAroundConstant([0.01, -0.01, 0.01].map((y, i) => point(i, y)))!;
    expect(calm.phi).toBe(1);
    expect(dispersionAroundConstant([point(0, 0)])).toBeNull();
  });
});
