import type { Indicator } from '../indicator/indicator.entity';
import type { ImportProblem } from './import.types';
import type { ParsedReference } from './parsed-row';
import { periodProblem } from './period-checks';
import { RowChecker, type StorableRow } from './row-checker';

/**
 * Checks Kolada reference figures: the KPI is mapped to an indicator, the area is a municipality
 * code (or 0000 for Sweden), the period is valid and has ended, the value is finite, and no entry
 * repeats another. Values are
 * converted to the indicator's unit with its Kolada factor.
 */
export function checkReferences(
  parsed: ParsedReference[],
  byKpi: Map<string, Indicator>,
  today: string,
): { rows: StorableRow[]; problems: ImportProblem[] } {
  const check = new RowChecker();
  const rows: StorableRow[] = [];
  for (const row of parsed) {
    const indicator = byKpi.get(row.kpi);
    if (!indicator) {
      check.problem(
        row.row,
        'kpi',
        `No indicator is mapped to the Kolada KPI "${row.kpi}". Mapped: ${[...byKpi.keys()].join(', ') || 'none'}.`,
      );
      continue;
    }
    if (!/^\d{4}$/.test(row.areaCode)) {
      check.problem(
        row.row,
        'municipality',
        `"${row.areaCode}" is not a municipality code (four digits; 0000 for Sweden).`,
      );
      continue;
    }
    const period = check.period(row.row, row.period);
    if (!period) continue;
    const problem = Number.isFinite(row.value)
      ? periodProblem(period, null, today)
      : { field: 'value', message: `value ${row.value} is not a finite number.` };
    if (problem) {
      check.problem(row.row, problem.field, problem.message);
      continue;
    }
    const what = `${row.kpi} for ${row.areaCode} in ${period}`;
    if (!check.firstOccurrence(row.row, `${row.kpi}|${row.areaCode}|${period}`, what)) continue;
    rows.push({
      indicatorId: indicator.id,
      areaCode: row.areaCode,
      period: period.toString(),
      periodStart: period.start,
      value: row.value * (indicator.koladaFactor ?? 1),
    });
  }
  return { rows, problems: check.problems };
}
