import { growth, median, quantile, ratio, round, slope, summariseLatencies } from './stats';

describe('statistics of measurements', () => {
  it('takes nearest-rank percentiles', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(quantile(sorted, 0.5)).toBe(50);
    expect(quantile(sorted, 0.95)).toBe(95);
    expect(quantile(sorted, 0.99)).toBe(99);
    expect(quantile([7], 0.99)).toBe(7);
    expect(quantile([], 0.5)).toBeNaN();
  });

  it('summarises latencies whatever their order', () => {
    expect(summariseLatencies([3, 1, 2, 4])).toEqual({ p50: 2, p95: 4, p99: 4, mean: 2.5, max: 4 });
  });

  it('takes medians of the finite values only', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([NaN, 5])).toBe(5);
    expect(median([])).toBeNaN();
  });

  it('divides only by positive finite numbers', () => {
    expect(ratio(6, 3)).toBe(2);
    expect(ratio(6, 0)).toBeNaN();
    expect(ratio(NaN, 3)).toBeNaN();
    expect(growth(100, 110)).toBeCloseTo(0.1);
  });

  it('fits a least-squares slope', () => {
    expect(
      slope([
        [0, 1],
        [1, 3],
        [2, 5],
      ]),
    ).toBeCloseTo(2);
    expect(slope([[1, 1]])).toBeNaN();
  });

  it('rounds to three significant digits', () => {
    expect(round(1234.5)).toBe(1235);
    expect(round(12.345)).toBe(12.3);
    expect(round(0.012345)).toBe(0.012);
    expect(round(1.5)).toBe(1.5);
  });
});
