import { ratioOfRateRatios } from './difference-in-differences';

// Student's t on a million degrees of freedom is the normal distribution to six places.
const POISSON = { phi: 1, degreesOfFreedom: 1e6 };

describe('the ratio of rate ratios (quasi-Poisson difference in differences)', () => {
  const fell = {
    before: { rate: 10, events: 120 },
    after: { rate: 6, events: 72 },
  };
  const steady = {
    before: { rate: 7, events: 196 },
    after: { rate: 7, events: 196 },
  };

  it('matches the example worked by hand, with the dispersion measured before the start', () => {
    // ln 0.6 = −0.51083; SE = √(2 (1/120 + 1/72 + 1/196 + 1/196)) = 0.25466; t = −2.0059 on 10
    // degrees of freedom: p = 0.0727; interval exp(−0.51083 ± 2.22814 × 0.25466).
    const result = ratioOfRateRatios(fell, steady, { phi: 2, degreesOfFreedom: 10 })!;
    expect(result.ratio).toBeCloseTo(0.6, 10);
    expect(result.t).toBeCloseTo(-2.0059, 4);
    expect(result.pValue).toBeCloseTo(0.0727, 4);
    expect(result.significant).toBe(false);
    expect(result.lower).toBeCloseTo(0.3402, 4);
    expect(result.upper).toBeCloseTo(1.0582, 4);
  });

  it('is the Poisson test when there is no overdispersion and many degrees of freedom', () => {
    // SE = √(1/120 + 1/72 + 1/196 + 1/196) = 0.18007; z = −2.8368; p = 0.00456.
    const result = ratioOfRateRatios(fell, steady, POISSON)!;
    expect(result.t).toBeCloseTo(-2.8368, 4);
    expect(result.pValue).toBeCloseTo(0.00456, 5);
    expect(result.significant).toBe(true);
    expect(result.lower).toBeCloseTo(0.4216, 4);
    expect(result.upper).toBeCloseTo(0.8539, 4);
  });

  it('never narrows the Poisson interval: a dispersion below 1 counts as 1', () => {
    const under = ratioOfRateRatios(fell, steady, { phi: 0.3, degreesOfFreedom: 10 })!;
    const poisson = ratioOfRateRatios(fell, steady, { phi: 1, degreesOfFreedom: 10 })!;
    expect(under.pValue).toBeCloseTo(poisson.pValue, 12);
  });

  it('is symmetric: swapping before and after only flips the sign of t', () => {
    const forward = ratioOfRateRatios(fell, steady, POISSON)!;
    const backward = ratioOfRateRatios(
      { before: fell.after, after: fell.before },
      steady,
      POISSON,
    )!;
    expect(backward.t).toBeCloseTo(-forward.t, 10);
    expect(backward.pValue).toBeCloseTo(forward.pValue, 10);
  });

  it('finds nothing when both areas change alike, and gives up on zero counts', () => {
    const alike = ratioOfRateRatios(
      { before: { rate: 10, events: 100 }, after: { rate: 5, events: 50 } },
      { before: { rate: 4, events: 400 }, after: { rate: 2, events: 200 } },
      POISSON,
    )!;
    expect(alike.ratio).toBeCloseTo(1, 10);
    expect(alike.pValue).toBeCloseTo(1, 10);
    expect(alike.significant).toBe(false);
    expect(
      ratioOfRateRatios(
        { before: { rate: 10, events: 100 }, after: { rate: 0, events: 0 } },
        { before: { rate: 4, events: 400 }, after: { rate: 2, events: 200 } },
        POISSON,
      ),
    ).toBeNull();
  });
});
