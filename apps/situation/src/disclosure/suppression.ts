/** A district's cell for one indicator and period, with the count that could identify people. */
export interface DisclosureCell {
  district: string;
  /** Number of people or events behind the value; null when the value is not a count. */
  count: number | null;
}

export interface SuppressionResult {
  /** Districts whose value must not be published. */
  suppressed: Set<string>;
  /** True when even the municipal total is too small to publish. */
  municipalSuppressed: boolean;
}

/**
 * Statistical disclosure control for one indicator and period across all districts.
 *
 * Primary suppression hides every count below the threshold. Because the municipal figure is
 * published too, the hidden counts add up to (municipal total − published counts); so secondary
 * suppression keeps hiding the next-smallest counts until at least two cells are hidden and their
 * sum reaches the threshold. Subtraction then yields only a sum of several cells that is itself not
 * small, never one district's count. When the whole municipality's count is below the threshold,
 * the municipal figure is withheld as well.
 */
export function applySuppression(cells: DisclosureCell[], threshold: number): SuppressionResult {
  const counted = cells.filter((c): c is { district: string; count: number } => c.count !== null);
  const total = counted.reduce((sum, c) => sum + c.count, 0);
  const suppressed = new Set(counted.filter((c) => c.count < threshold).map((c) => c.district));
  if (suppressed.size > 0) {
    let hiddenSum = counted
      .filter((c) => suppressed.has(c.district))
      .reduce((sum, c) => sum + c.count, 0);
    const candidates = counted
      .filter((c) => !suppressed.has(c.district))
      .sort((a, b) => a.count - b.count || a.district.localeCompare(b.district));
    for (const candidate of candidates) {
      if (suppressed.size >= 2 && hiddenSum >= threshold) break;
      suppressed.add(candidate.district);
      hiddenSum += candidate.count;
    }
  }
  return { suppressed, municipalSuppressed: counted.length > 0 && total < threshold };
}
