/** A district's cell for one indicator and period, with the count that could identify people. */
export interface DisclosureCell {
  district: string;
  /** Number of people or events behind the value; null when the value is not a count. */
  count: number | null;
  /**
   * The district's inhabitants (public): secondary cells are chosen in this order, smallest
   * first, never by their hidden values. Null sorts last.
   */
  population: number | null;
}

export interface SuppressionResult {
  /** Districts whose value must not be published. */
  suppressed: Set<string>;
  /** True when the municipal figure must be withheld: its hidden parts could not be protected. */
  municipalSuppressed: boolean;
}

/**
 * The public order in which cells at or above the threshold become secondary cells: by
 * population, then district code. It depends on nothing hidden, so that being chosen says only
 * "at least the threshold" about a cell.
 */
export function secondaryOrder<Cell extends DisclosureCell>(cells: Cell[]): Cell[] {
  return [...cells].sort(
    (a, b) =>
      (a.population ?? Infinity) - (b.population ?? Infinity) ||
      a.district.localeCompare(b.district),
  );
}

/**
 * Whether k secondary cells together with every primary cell, summing to `hiddenSum`, leave each
 * hidden cell a protection interval of `threshold` values: `hiddenSum ≥ (k + 1) · threshold`.
 */
export function protects(hiddenSum: number, secondaries: number, threshold: number): boolean {
  return hiddenSum >= (secondaries + 1) * threshold;
}

/**
 * Statistical disclosure control for one indicator and period across all districts; the
 * municipal figure is published, so the hidden cells' sum is known (municipal total less the
 * published counts).
 *
 * Primary suppression hides every count below the threshold (zero included). If any is hidden,
 * secondary suppression hides cells at or above the threshold in the public `secondaryOrder`,
 * one at a time, and stops at the first k ≥ 1 with hidden sum ≥ (k + 1) · threshold. If even
 * every cell is not enough, the municipal figure is withheld.
 *
 * Why this leaves each hidden cell at least `threshold` possible values, against an attacker who
 * knows the hidden sum, every published count, which hidden cells are primary, and this rule
 * (so also that each earlier stop was refused: the first j secondaries and the primaries sum to
 * at most (j + 1) · threshold − 1): a primary cell can be 0 (the last secondary takes the rest)
 * or threshold − 1 (the other primaries 0, the earlier secondaries exactly the threshold, which
 * every refused stop allows, and the last secondary the rest, which the stop condition keeps at
 * or above the threshold); an earlier secondary anything from threshold to 2 · threshold − 1;
 * the last one a run of threshold values. With the municipal figure withheld the sum is unknown
 * and the refused stops bound it, with the same ranges. `suppression.spec.ts` checks this by
 * re-running the rule on every alternative table.
 */
export function applySuppression(cells: DisclosureCell[], threshold: number): SuppressionResult {
  const counted = cells.filter((c): c is DisclosureCell & { count: number } => c.count !== null);
  const primary = counted.filter((c) => c.count < threshold);
  const suppressed = new Set(primary.map((c) => c.district));
  if (primary.length === 0) return { suppressed, municipalSuppressed: false };
  let hiddenSum = primary.reduce((sum, c) => sum + c.count, 0);
  let secondaries = 0;
  for (const candidate of secondaryOrder(counted.filter((c) => c.count >= threshold))) {
    suppressed.add(candidate.district);
    hiddenSum += candidate.count;
    secondaries += 1;
    if (protects(hiddenSum, secondaries, threshold)) {
      return { suppressed, municipalSuppressed: false };
    }
  }
  return { suppressed, municipalSuppressed: true };
}
