import { ratioOfRateRatios } from './difference-in-differences';

describe('the ratio of rate ratios (Poisson difference in differences)', () => {
  it('matches the example worked by hand', () => {
    // Target: 120 events before (10 per 1 000), 72 after (6); rest: 196 both times (7).
    // ln 0.6 = −0.51083; SE = √(1/120 + 1/72 + 1/196 + 1/196) = 0.18007; z = −2.8368.
    const result = ratioOfRateRatios(
      { before: { rate: 10, events: 120 }, after: { rate: 6, events: 72 } },
      { before: { rate: 7, events: 196 }, after: { rate: 7, events: 196 } },
    )!;
    expect(result.ratio).toBeCloseTo(0.6, 10);
    expect(result.z).toBeCloseTo(-2.8368, 4);
    expect(result.pValue).toBeCloseTo(0.00456, 5);
    expect(result.significant).toBe(true);
    expect(result.lower).toBeCloseTo(0.4216, 4);
    expect(result.upper).toBeCloseTo(0.8539, 4);
  });

  it('is symmetric: swapping before and after only flips the sign of z', () => {
    const forward = ratioOfRateRatios(
      { before: { rate: 10, events: 120 }, after: { rate: 6, events: 72 } },
      { before: { rate: 7, events: 196 }, after: { rate: 7, events: 196 } },
    )!;
    const backward = ratioOfRateRatios(
      { before: { rate: 6, events: 72 }, after: { rate: 10, events: 120 } },
      { before: { rate: 7, events: 196 }, after: { rate: 7, events: 196 } },
    )!;
    expect(backward.z).toBeCloseTo(-forward.z, 10);
    expect(backward.pValue).toBeCloseTo(forward.pValue, 10);
  });

  it('finds nothing when both areas change alike, and gives up on zero counts', () => {
    const alike = ratioOfRateRatios(
      { before: { rate: 10, events: 100 }, after: { rate: 5, events: 50 } },
      { before: { rate: 4, events: 400 }, after: { rate: 2, events: 200 } },
    )!;
    expect(alike.ratio).toBeCloseTo(1, 10);
    expect(alike.pValue).toBeCloseTo(1, 10);
    expect(alike.significant).toBe(false);
    expect(
      ratioOfRateRatios(
        { before: { rate: 10, events: 100 }, after: { rate: 0, events: 0 } },
        { before: { rate: 4, events: 400 }, after: { rate: 2, events: 200 } },
      ),
    ).toBeNull();
  });
});
