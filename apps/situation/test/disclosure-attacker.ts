/**
 * An attacker on one table (one indicator and period across the districts) who knows everything
 * published and the suppression rule, and more than is published: which hidden cells are
 * primary (below the threshold) and in which order the rule chose the secondary ones.
 *
 * From the rule (`applySuppression`) the attacker knows: each primary cell is 0…t−1, each
 * secondary cell at least t; each earlier stop was refused, so the primaries with the first j
 * secondaries sum to at most (j + 1)·t − 1 (for j below the number of secondaries k); and either
 * the hidden sum exactly (municipal total less the published counts) or, when the municipal
 * figure is withheld, that the last stop was refused too. `feasibleRanges` gives, for each hidden
 * cell, every value it can take under all of that at once (exact: dynamic programming over the
 * running sum, forwards and backwards).
 */
export interface AttackerKnowledge {
  threshold: number;
  primaries: string[];
  /** In the order the rule chose them. */
  secondaries: string[];
  /** The hidden cells' sum; null when the municipal figure is withheld. */
  hiddenSum: number | null;
}

export interface FeasibleRange {
  min: number;
  max: number;
  /** How many values in [min, max] the cell can take. */
  values: number;
}

export function feasibleRanges({
  threshold: t,
  primaries,
  secondaries,
  hiddenSum,
}: AttackerKnowledge): Map<string, FeasibleRange> {
  const k = secondaries.length;
  const bound = hiddenSum ?? (k > 0 ? (k + 1) * t - 1 : primaries.length * (t - 1));
  const items = [
    ...primaries.map((district) => ({ district, lo: 0, hi: t - 1 })),
    ...secondaries.map((district) => ({ district, lo: t, hi: bound })),
  ];
  const m = items.length;
  /** The largest running sum allowed after `i` items (the refused stops). */
  const cap = (i: number): number => {
    const j = i - primaries.length;
    if (j >= 1 && j < k) return (j + 1) * t - 1;
    return bound;
  };
  const final = (sum: number): boolean =>
    hiddenSum !== null ? sum === hiddenSum : k === 0 || sum <= (k + 1) * t - 1;
  const width = bound + 1;
  // forward[i·width + s]: the first i cells can sum to s; backward[i·width + s]: from a running
  // sum s after i cells, the rest can be completed.
  const forward = new Uint8Array((m + 1) * width);
  const backward = new Uint8Array((m + 1) * width);
  forward[0] = 1;
  items.forEach(({ lo, hi }, i) => {
    for (let sum = 0; sum <= bound; sum++) {
      if (forward[i * width + sum] !== 1) continue;
      for (let v = lo; v <= hi && sum + v <= cap(i + 1); v++)
        forward[(i + 1) * width + sum + v] = 1;
    }
  });
  for (let sum = 0; sum <= bound; sum++) backward[m * width + sum] = final(sum) ? 1 : 0;
  for (let i = m - 1; i >= 0; i--) {
    const { lo, hi } = items[i] ?? { lo: 0, hi: -1 };
    for (let sum = 0; sum <= cap(i); sum++) {
      for (let v = lo; v <= hi && sum + v <= cap(i + 1); v++) {
        if (backward[(i + 1) * width + sum + v] === 1) {
          backward[i * width + sum] = 1;
          break;
        }
      }
    }
  }
  const ranges = new Map<string, FeasibleRange>();
  items.forEach(({ district, lo, hi }, i) => {
    const feasible: number[] = [];
    for (let v = lo; v <= hi; v++) {
      let found = false;
      for (let sum = 0; sum + v <= cap(i + 1) && !found; sum++) {
        found = forward[i * width + sum] === 1 && backward[(i + 1) * width + sum + v] === 1;
      }
      if (found) feasible.push(v);
    }
    ranges.set(district, {
      min: feasible[0] ?? NaN,
      max: feasible.at(-1) ?? NaN,
      values: feasible.length,
    });
  });
  return ranges;
}

/** Whether the attacker learns a cell to within fewer values than the threshold. */
export function narrowed(range: FeasibleRange, threshold: number): boolean {
  return !(range.values >= threshold && range.max - range.min + 1 >= threshold);
}
