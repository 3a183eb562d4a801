import { DIVERGING, SEQUENTIAL, WARNING_SEQUENTIAL } from '../ui/palette';
import {
  classBounds,
  classOf,
  colourOf,
  divergingScale,
  rangeOf,
  sequentialScale,
} from './classify';

describe('map colour classes', () => {
  it('splits values into five quantile classes', () => {
    const values = Array.from({ length: 50 }, (_, i) => i + 1);
    const scale = sequentialScale(values);
    expect(scale.thresholds).toEqual([11, 21, 31, 41]);
    expect(scale.colours).toEqual(SEQUENTIAL);
    expect(classOf(scale, 1)).toBe(0);
    expect(classOf(scale, 10.9)).toBe(0);
    expect(classOf(scale, 11)).toBe(1);
    expect(classOf(scale, 50)).toBe(4);
  });

  it('uses fewer classes when the values do not differ enough, keeping light low and dark high', () => {
    const scale = sequentialScale([1, 1, 1, 1, 2, 2, 2, 2, 2, 2]);
    expect(scale.thresholds).toEqual([2]);
    expect(scale.colours).toEqual([SEQUENTIAL[0], SEQUENTIAL[4]]);
    expect(sequentialScale([3, 3, 3]).thresholds).toEqual([]);
    expect(sequentialScale([]).colours).toHaveLength(1);
  });

  it('colours a deviation as worse in orange whichever way is worse', () => {
    const worseWhenHigher = divergingScale(false);
    const betterWhenHigher = divergingScale(true);
    expect(colourOf(worseWhenHigher, 60)).toBe(DIVERGING[6]);
    expect(colourOf(worseWhenHigher, -60)).toBe(DIVERGING[0]);
    expect(colourOf(betterWhenHigher, 60)).toBe(DIVERGING[0]);
    expect(colourOf(worseWhenHigher, 0)).toBe(DIVERGING[3]);
    expect(colourOf(worseWhenHigher, 10)).toBe(DIVERGING[4]);
    expect(colourOf(worseWhenHigher, -10)).toBe(DIVERGING[3]);
    expect(colourOf(worseWhenHigher, -10.5)).toBe(DIVERGING[2]);
  });

  it('bounds share classes by 0 and 100: no class above 100, and 100 in the top class', () => {
    // Eligibility in 10 districts, four of them at exactly 100 %: the quantile threshold at 100
    // would make a class "above 100" holding only the 100s.
    const values = [62.5, 75, 80, 88.9, 90.9, 95.45, 100, 100, 100, 100];
    const scale = sequentialScale(values, { higherIsBetter: true, range: rangeOf('SHARE') });
    expect(scale.thresholds.every((t) => t > 0 && t < 100)).toBe(true);
    // Quantiles 80, 90.9, 100, 100: the 100s are no threshold. Unbounded, 100 would be one.
    expect(sequentialScale(values).thresholds).toEqual([80, 90.9, 100]);
    expect(scale.thresholds).toEqual([80, 90.9]);
    const top = scale.thresholds.length;
    expect(classOf(scale, 100)).toBe(top);
    expect(classOf(scale, 95.45)).toBe(top);
    expect(classBounds(scale, top)).toEqual({ low: 90.9, high: 100 });
    expect(classBounds(scale, 0)).toEqual({ low: 0, high: 80 });
    expect(classBounds(scale, 1)).toEqual({ low: 80, high: 90.9 });
  });

  it('starts rate classes at 0 and leaves the top open; values as is stay unbounded', () => {
    const rates = sequentialScale([0, 0, 0, 1, 2, 3, 4, 5, 6, 7], {
      range: rangeOf('PER_1000_INHABITANTS'),
    });
    // A threshold at 0 would leave a class below 0: none is made.
    expect(scale0(rates)).toBe(false);
    expect(classBounds(rates, 0).low).toBe(0);
    expect(classBounds(rates, rates.thresholds.length)).toEqual({
      low: rates.thresholds.at(-1),
      high: null,
    });
    const asIs = sequentialScale([1, 2, 3, 4, 5], { range: rangeOf('AS_IS') });
    expect(classBounds(asIs, 0).low).toBeNull();
    expect(classBounds(asIs, asIs.thresholds.length).high).toBeNull();
  });

  it('colours the worse end of a level in the warning hue, whichever way is worse', () => {
    const values = Array.from({ length: 50 }, (_, i) => i + 1);
    const higherWorse = sequentialScale(values, { higherIsBetter: false });
    const higherBetter = sequentialScale(values, { higherIsBetter: true });
    expect(higherWorse.colours).toEqual(WARNING_SEQUENTIAL);
    expect(colourOf(higherWorse, 50)).toBe(WARNING_SEQUENTIAL[4]);
    expect(colourOf(higherWorse, 1)).toBe(WARNING_SEQUENTIAL[0]);
    expect(higherWorse.worseEnd).toBe('high');
    expect(colourOf(higherBetter, 1)).toBe(WARNING_SEQUENTIAL[4]);
    expect(colourOf(higherBetter, 50)).toBe(WARNING_SEQUENTIAL[0]);
    expect(higherBetter.worseEnd).toBe('low');
    // With fewer classes the ends stay the lightest and the darkest.
    const two = sequentialScale([1, 1, 1, 1, 2, 2, 2, 2, 2, 2], { higherIsBetter: true });
    expect(two.colours).toEqual([WARNING_SEQUENTIAL[4], WARNING_SEQUENTIAL[0]]);
    // No direction: the neutral blues.
    expect(sequentialScale(values).colours).toEqual(SEQUENTIAL);
    expect(sequentialScale(values).worseEnd).toBeNull();
  });
});

function scale0(scale: { thresholds: ReadonlyArray<number> }): boolean {
  return scale.thresholds.includes(0);
}
