import { DIVERGING, SEQUENTIAL } from '../ui/palette';
import { classOf, colourOf, divergingScale, sequentialScale } from './classify';

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
});
