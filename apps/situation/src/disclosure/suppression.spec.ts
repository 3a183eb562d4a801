import { createRandom } from '@lagesbild/demo-data';
import { applySuppression, type DisclosureCell } from './suppression';

const cells = (counts: Record<string, number | null>): DisclosureCell[] =>
  Object.entries(counts).map(([district, count]) => ({ district, count }));

describe('disclosure control', () => {
  it('hides counts below the threshold and nothing when all are large', () => {
    expect(applySuppression(cells({ a: 12, b: 30, c: 7 }), 5).suppressed.size).toBe(0);
    expect([...applySuppression(cells({ a: 3, b: 2, c: 40 }), 5).suppressed].sort()).toEqual([
      'a',
      'b',
    ]);
  });

  it('hides a second cell when one alone would be recoverable from the municipal total', () => {
    const { suppressed } = applySuppression(cells({ a: 2, b: 30, c: 9, d: 50 }), 5);
    expect([...suppressed].sort()).toEqual(['a', 'c']);
  });

  it('keeps hiding until the hidden cells add up to the threshold', () => {
    const { suppressed } = applySuppression(cells({ a: 1, b: 1, c: 2, d: 8, e: 20 }), 5);
    expect([...suppressed].sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('leaves non-count values alone', () => {
    const result = applySuppression(cells({ a: null, b: null }), 5);
    expect(result.suppressed.size).toBe(0);
    expect(result.municipalSuppressed).toBe(false);
  });

  it('withholds the municipal figure when the whole municipality is below the threshold', () => {
    expect(applySuppression(cells({ a: 1, b: 2 }), 5).municipalSuppressed).toBe(true);
  });

  it('never lets subtraction from the municipal total reveal one district (random search)', () => {
    const random = createRandom(7);
    for (let trial = 0; trial < 2000; trial++) {
      const threshold = random.number.int({ min: 3, max: 10 });
      const counts = Object.fromEntries(
        Array.from({ length: random.number.int({ min: 2, max: 12 }) }, (_, i) => [
          `d${i}`,
          random.number.int({ min: 0, max: random.helpers.arrayElement([6, 15, 60]) }),
        ]),
      );
      const { suppressed, municipalSuppressed } = applySuppression(cells(counts), threshold);
      if (suppressed.size === 0 || municipalSuppressed) continue;
      // The attacker knows the municipal total and every published count.
      const total = Object.values(counts).reduce((s, c) => s + c, 0);
      const published = Object.entries(counts)
        .filter(([d]) => !suppressed.has(d))
        .reduce((s, [, c]) => s + c, 0);
      const recovered = total - published;
      // What subtraction yields is the sum of two or more hidden cells, and not a small one.
      expect(suppressed.size).toBeGreaterThanOrEqual(2);
      expect(recovered).toBeGreaterThanOrEqual(threshold);
    }
  });
});
