import { applySuppression } from '../disclosure/suppression';
import { Normalisation } from '../indicator/indicator-enums';
import type { PopulationLookup } from './population-lookup';

/** What the computation needs of an indicator. */
export interface IndicatorRule {
  key: string;
  normalisation: Normalisation;
  suppressionThreshold: number;
  /** Whether district values add up to the municipal value (population itself). */
  additive: boolean;
}

/** One stored value, as read from the database. */
export interface ObservationRow {
  districtCode: string;
  period: string;
  value: number;
  numerator: number | null;
  denominator: number | null;
  provisional: boolean;
}

export interface DistrictFigure {
  district: string;
  /** As reported; null when suppressed. */
  value: number | null;
  /** Normalised (per 1 000, share, or as is); null when suppressed. */
  rate: number | null;
  suppressed: boolean;
  /**
   * Hidden because its own count is below the threshold (not to protect another cell). Never
   * published as such; trends use it as a censored value ("below the threshold"), which the
   * protection of the hidden cells allows for (see `applySuppression`).
   */
  belowThreshold: boolean;
  provisional: boolean;
}

export interface PeriodFigures {
  districts: Map<string, DistrictFigure>;
  /**
   * Population-weighted municipal figure; null when none, when it must be withheld, or when the
   * period is incomplete (not every district has reported it).
   */
  municipal: number | null;
  municipalSuppressed: boolean;
  /** Districts that reported the period (for a quarter or year: every month or quarter of it). */
  reportedDistricts: number;
  /** Districts the municipality has (those with a population). */
  expectedDistricts: number;
}

function rateOf(
  rule: IndicatorRule,
  row: ObservationRow,
  population: number | null,
): number | null {
  if (rule.normalisation === Normalisation.PER_1000_INHABITANTS) {
    return population ? (row.value / population) * 1000 : null;
  }
  return row.value;
}

/** The count that could identify people: events for a per-1 000 rate, else the numerator if given. */
export function disclosureCount(rule: IndicatorRule, row: ObservationRow): number | null {
  return rule.normalisation === Normalisation.PER_1000_INHABITANTS ? row.value : row.numerator;
}

/**
 * One figure pooled over district-period cells, as the municipal figure pools a period's
 * districts: for counts, all events over all inhabitants (so per 1 000 inhabitants and period
 * when several periods are pooled); for shares, all numerators over all denominators where every
 * cell gives them; otherwise the mean weighted by denominator or population. Never a mean of rates.
 * `populationOf` gives the inhabitants behind a cell in its own period's year.
 */
export function pooledFigure(
  rule: IndicatorRule,
  rows: ObservationRow[],
  populationOf: (row: ObservationRow) => number | null,
): number | null {
  if (rows.length === 0) return null;
  if (rule.additive) return rows.reduce((sum, r) => sum + r.value, 0);
  if (rule.normalisation === Normalisation.PER_1000_INHABITANTS) {
    let events = 0;
    let people = 0;
    for (const row of rows) {
      const population = populationOf(row);
      if (!population) continue;
      events += row.value;
      people += population;
    }
    return people > 0 ? (events / people) * 1000 : null;
  }
  if (hasNumerators(rule, rows)) {
    const numerator = rows.reduce((sum, r) => sum + (r.numerator ?? 0), 0);
    const denominator = rows.reduce((sum, r) => sum + (r.denominator ?? 0), 0);
    return denominator > 0 ? (numerator / denominator) * 100 : null;
  }
  let weighted = 0;
  let weights = 0;
  for (const row of rows) {
    const weight = row.denominator ?? populationOf(row) ?? 0;
    weighted += row.value * weight;
    weights += weight;
  }
  return weights > 0 ? weighted / weights : null;
}

/** Whether a share is pooled from numerators and denominators: every cell must give them. */
export function hasNumerators(rule: IndicatorRule, rows: ObservationRow[]): boolean {
  return (
    rule.normalisation === Normalisation.SHARE &&
    rows.every((r) => r.numerator !== null && r.denominator)
  );
}

/**
 * Every district's published figure and the municipal figure for one indicator and period,
 * with disclosure control applied across all districts of that period. With `expected` (the
 * municipality's districts), a period that fewer of them reported has no municipal figure: the
 * districts that did report are no estimate of the whole.
 */
export function computePeriodFigures(
  rule: IndicatorRule,
  year: number,
  rows: ObservationRow[],
  populations: PopulationLookup,
  expected?: ReadonlySet<string>,
): PeriodFigures {
  const populationOf = (district: string) => populations.populationOf(district, year);
  const { suppressed, municipalSuppressed } = applySuppression(
    rows.map((row) => ({
      district: row.districtCode,
      count: disclosureCount(rule, row),
      population: populationOf(row.districtCode),
    })),
    rule.suppressionThreshold,
  );
  const districts = new Map<string, DistrictFigure>();
  for (const row of rows) {
    const hidden = suppressed.has(row.districtCode);
    const count = disclosureCount(rule, row);
    const rate = rateOf(rule, row, populationOf(row.districtCode));
    districts.set(row.districtCode, {
      district: row.districtCode,
      value: hidden ? null : row.value,
      rate: hidden ? null : rate,
      suppressed: hidden,
      belowThreshold: hidden && count !== null && count < rule.suppressionThreshold,
      provisional: row.provisional,
    });
  }
  const reportedDistricts = expected
    ? rows.filter((row) => expected.has(row.districtCode)).length
    : rows.length;
  const expectedDistricts = expected?.size ?? rows.length;
  return {
    districts,
    municipal:
      municipalSuppressed || reportedDistricts < expectedDistricts
        ? null
        : pooledFigure(rule, rows, (row) => populationOf(row.districtCode)),
    municipalSuppressed,
    reportedDistricts,
    expectedDistricts,
  };
}
