import { IndicatorFrequency } from '../indicator/indicator-enums';
import type { Indicator } from '../indicator/indicator.entity';
import { POPULATION_KEY } from '../indicator/indicator.service';
import type { ImportProblem } from './import.types';
import type { ParsedObservation } from './parsed-row';
import { periodProblem } from './period-checks';
import { RowChecker, type StorableRow } from './row-checker';
import { valueProblem } from './value-checks';

const FREQUENCY_EXAMPLE: Record<IndicatorFrequency, string> = {
  MONTH: 'monthly: write the period as 2026-03',
  QUARTER: 'quarterly: write the period as 2026-Q1',
  YEAR: 'yearly: write the period as 2026',
};

/** What the rows of a file are checked against. */
export interface ObservationReference {
  indicators: Map<string, Indicator>;
  /** The district codes the directory knows. */
  districts: ReadonlySet<string>;
  /** The districts with a population stored already. */
  populated: ReadonlySet<string>;
  /** Today in Sweden (ISO date): periods that have not ended are refused or provisional. */
  today: string;
}

/**
 * Checks district observations against the indicator catalogue and the directory's districts:
 * the indicator exists, the period fits its frequency and has ended (a running period only as
 * provisional), the directory knows the district and it has a population (stored or in this
 * file), the numbers are finite and suit the indicator, and no row repeats another.
 *
 * Finality is per row: a file may mix provisional and final rows (districts report at different
 * times), and a period counts as final only when every row of it is final.
 */
export function checkObservations(
  parsed: ParsedObservation[],
  reference: ObservationReference,
): { rows: StorableRow[]; problems: ImportProblem[] } {
  const { indicators, districts, today } = reference;
  const check = new RowChecker();
  const rows: StorableRow[] = [];
  const populated = new Set(reference.populated);
  for (const row of parsed) if (row.indicator === POPULATION_KEY) populated.add(row.district);

  for (const row of parsed) {
    const indicator = indicators.get(row.indicator);
    if (!indicator) {
      check.problem(
        row.row,
        'indicator',
        `Unknown indicator "${row.indicator}". Known: ${[...indicators.keys()].join(', ')}.`,
      );
      continue;
    }
    const period = check.period(row.row, row.period);
    if (!period) continue;
    if (period.frequency !== (indicator.frequency as string)) {
      check.problem(
        row.row,
        'period',
        `"${row.period}" does not fit ${indicator.key}, which is ${FREQUENCY_EXAMPLE[indicator.frequency]}.`,
      );
      continue;
    }
    const problem =
      periodProblem(period, row.provisional, today) ??
      districtProblem(indicator, row.district, districts, populated) ??
      valueProblem(indicator, row);
    if (problem) {
      check.problem(row.row, problem.field, problem.message);
      continue;
    }
    const what = `${indicator.key} for ${row.district} in ${period}`;
    if (!check.firstOccurrence(row.row, `${indicator.key}|${row.district}|${period}`, what)) {
      continue;
    }
    rows.push({
      indicatorId: indicator.id,
      districtCode: row.district,
      period: period.toString(),
      periodStart: period.start,
      value: row.value,
      numerator: row.numerator,
      denominator: row.denominator,
      provisional: row.provisional,
    });
  }
  return { rows, problems: check.problems };
}

function districtProblem(
  indicator: Indicator,
  district: string,
  districts: ReadonlySet<string>,
  populated: ReadonlySet<string>,
) {
  if (!districts.has(district)) {
    return {
      field: 'district',
      message: `Unknown district "${district}": the directory has no district with that code.`,
    };
  }
  if (indicator.key !== POPULATION_KEY && !populated.has(district)) {
    return {
      field: 'district',
      message: `District "${district}" has no population yet: import its population (indicator "${POPULATION_KEY}") first.`,
    };
  }
  return null;
}
