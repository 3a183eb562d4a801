import type { Period } from '@lagesbild/period';
import { Normalisation } from '../indicator/indicator-enums';
import {
  pooledFigure,
  type DistrictFigure,
  type IndicatorRule,
  type ObservationRow,
  type PeriodFigures,
} from './period-figures';
import type { PopulationLookup } from './population-lookup';

/** One month or quarter of a rollup: its stored rows and its figures after disclosure control. */
export interface RollupPart {
  rows: ObservationRow[];
  figures: PeriodFigures;
}

/** A district's value and rate over a whole quarter or year, from its rows of every part. */
function rolledUp(
  rule: IndicatorRule,
  rows: ObservationRow[],
  population: number | null,
): { value: number | null; rate: number | null } {
  if (rule.additive) {
    // A stock (inhabitants): the figure at the end of the period.
    const last = rows[rows.length - 1]?.value ?? null;
    return { value: last, rate: last };
  }
  if (rule.normalisation === Normalisation.PER_1000_INHABITANTS) {
    const total = rows.reduce((sum, row) => sum + row.value, 0);
    return { value: total, rate: population ? (total / population) * 1000 : null };
  }
  const pooled = pooledFigure(rule, rows, () => population);
  return { value: pooled, rate: pooled };
}

/**
 * An indicator's figures for a quarter or a year, made from its months or quarters (`parts`,
 * each already disclosure-controlled across the districts): counts are the total of the parts
 * (the rate per 1 000 inhabitants and quarter or year), shares pool numerators over denominators,
 * other values are the mean weighted by denominator (else the plain mean of the parts).
 *
 * A rollup publishes nothing its parts did not: a district's cell is published only when every
 * part of it is published — it is then their sum, derivable from published numbers — and hidden
 * when any part is; the municipal figure likewise is published only when every part's municipal
 * figure is. So no total minus published parts leaves a hidden count that the parts' own
 * disclosure control did not already protect. A district that lacks a part has not reported the
 * period; a period not every district has reported has no municipal figure.
 */
export function rollUpPeriod(
  rule: IndicatorRule,
  period: Period,
  parts: RollupPart[],
  populations: PopulationLookup,
  expected: ReadonlySet<string>,
): PeriodFigures {
  const byDistrict = new Map<string, ObservationRow[]>();
  for (const part of parts) {
    for (const row of part.rows) {
      const list = byDistrict.get(row.districtCode) ?? [];
      list.push(row);
      byDistrict.set(row.districtCode, list);
    }
  }
  const districts = new Map<string, DistrictFigure>();
  let reportedDistricts = 0;
  let events = 0;
  let people = 0;
  for (const [district, rows] of byDistrict) {
    if (rows.length < parts.length) continue;
    const population = populations.populationOf(district, period.year);
    const { value, rate } = rolledUp(rule, rows, population);
    const hidden = parts.some((part) => part.figures.districts.get(district)?.suppressed ?? true);
    districts.set(district, {
      district,
      value: hidden ? null : value,
      rate: hidden ? null : rate,
      suppressed: hidden,
      // Hidden because a part is: trends run over the parts, which say which were below it.
      belowThreshold: false,
      provisional: rows.some((row) => row.provisional),
    });
    if (!expected.has(district)) continue;
    reportedDistricts += 1;
    if (population) {
      events += value ?? 0;
      people += population;
    }
  }
  const complete = parts.length > 0 && reportedDistricts === expected.size;
  const municipalSuppressed = parts.some((part) => part.figures.municipalSuppressed);
  const partsPublished = parts.every((part) => part.figures.municipal !== null);
  let municipal: number | null = null;
  if (complete && partsPublished && !municipalSuppressed) {
    municipal =
      rule.normalisation === Normalisation.PER_1000_INHABITANTS && !rule.additive
        ? people > 0
          ? (events / people) * 1000
          : null
        : pooledFigure(
            rule,
            parts.flatMap((part) => part.rows),
            (row) => populations.populationOf(row.districtCode, period.year),
          );
  }
  return {
    districts,
    municipal,
    municipalSuppressed,
    reportedDistricts,
    expectedDistricts: expected.size,
  };
}
