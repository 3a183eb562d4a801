import type { PopulationLookup } from '../figures/population-lookup';
import { IndicatorFrequency, Normalisation } from '../indicator/indicator-enums';
import type { Indicator } from '../indicator/indicator.entity';
import { POPULATION_KEY } from '../indicator/indicator.service';
import type { ImportProblem } from './import.types';
import type { ParsedObservation } from './parsed-row';
import { RowChecker, type StorableRow } from './row-checker';

const FREQUENCY_EXAMPLE: Record<IndicatorFrequency, string> = {
  MONTH: 'monthly: write the period as 2026-03',
  QUARTER: 'quarterly: write the period as 2026-Q1',
  YEAR: 'yearly: write the period as 2026',
};

/** What is wrong with a row's value, numerator or denominator for its indicator, if anything. */
function valueProblem(
  indicator: Indicator,
  row: ParsedObservation,
): { field: string; message: string } | null {
  const { value, numerator, denominator } = row;
  if (numerator !== null && numerator < 0) {
    return { field: 'numerator', message: `numerator ${numerator} is negative.` };
  }
  if (denominator !== null && denominator < 0) {
    return { field: 'denominator', message: `denominator ${denominator} is negative.` };
  }
  if (numerator !== null && denominator !== null && numerator > denominator) {
    return {
      field: 'numerator',
      message: `numerator ${numerator} is larger than denominator ${denominator}.`,
    };
  }
  const counts =
    indicator.normalisation === Normalisation.PER_1000_INHABITANTS ||
    indicator.key === POPULATION_KEY;
  if (counts && value < 0)
    return { field: 'value', message: `value ${value} is a negative count.` };
  if (counts && !Number.isInteger(value)) {
    return {
      field: 'value',
      message: `value ${value} must be a whole number: ${indicator.key} counts events.`,
    };
  }
  if (indicator.normalisation === Normalisation.SHARE) {
    if (value < 0 || value > 100) {
      return { field: 'value', message: `value ${value} is not a share between 0 and 100 %.` };
    }
    if ((numerator === null) !== (denominator === null)) {
      return {
        field: numerator === null ? 'numerator' : 'denominator',
        message: 'Give both numerator and denominator, or neither.',
      };
    }
  }
  return null;
}

/**
 * Checks district observations against the indicator catalogue and the known districts:
 * the indicator exists, the period fits its frequency, the district has a population (in the
 * database or in this file), the value suits the indicator, and no row repeats another.
 */
export function checkObservations(
  parsed: ParsedObservation[],
  indicators: Map<string, Indicator>,
  populations: PopulationLookup,
): { rows: StorableRow[]; problems: ImportProblem[] } {
  const check = new RowChecker();
  const rows: StorableRow[] = [];
  const districts = new Set(populations.districts());
  for (const row of parsed) if (row.indicator === POPULATION_KEY) districts.add(row.district);

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
    const knownDistrict =
      indicator.key === POPULATION_KEY
        ? /^\d{4}[A-Z]\d{3,4}$/.test(row.district)
        : districts.has(row.district);
    if (!knownDistrict) {
      check.problem(
        row.row,
        'district',
        `Unknown district "${row.district}": import its population (indicator "${POPULATION_KEY}") first.`,
      );
      continue;
    }
    const problem = valueProblem(indicator, row);
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
