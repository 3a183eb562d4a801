import { CsvError, parse } from 'csv-parse/sync';
import type { ImportProblem } from './import.types';
import type { ParsedFile, ParsedObservation } from './parsed-row';
import { readNumber } from './read-number';

export const CSV_COLUMNS = {
  required: ['indicator', 'district', 'period', 'value'],
  optional: ['numerator', 'denominator', 'provisional'],
} as const;

const TRUE = new Set(['true', '1', 'ja', 'yes', 'x']);
const FALSE = new Set(['', 'false', '0', 'nej', 'no']);

/**
 * Reads observations from CSV. The header names the columns (in any order): indicator (key),
 * district (SCB code), period, value, and optionally numerator, denominator, provisional.
 * Commas or semicolons separate columns; with semicolons a decimal comma is accepted.
 * Every problem is reported with its line number; nothing is checked against the database here.
 */
export function readCsv(content: string): ParsedFile<ParsedObservation> {
  const firstLine = content.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  const problems: ImportProblem[] = [];
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(content, {
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      delimiter,
      bom: true,
      skip_empty_lines: true,
      trim: true,
      info: true,
    });
  } catch (error) {
    const line =
      error instanceof CsvError ? ((error as CsvError & { lines?: number }).lines ?? 1) : 1;
    const reason = error instanceof Error ? error.message : String(error);
    return {
      rows: [],
      rowCount: 0,
      skipped: 0,
      problems: [{ row: line, field: 'file', message: `The file is not valid CSV: ${reason}` }],
    };
  }

  const header = firstLine.split(delimiter).map((h) =>
    h
      .trim()
      .replace(/^\uFEFF/, '')
      .replace(/^"|"$/g, '')
      .toLowerCase(),
  );
  const known = new Set<string>([...CSV_COLUMNS.required, ...CSV_COLUMNS.optional]);
  const missing = CSV_COLUMNS.required.filter((column) => !header.includes(column));
  const unknown = header.filter((column) => !known.has(column));
  if (missing.length > 0 || unknown.length > 0) {
    const parts = [
      missing.length ? `missing column ${missing.map((c) => `"${c}"`).join(', ')}` : '',
      unknown.length ? `unknown column ${unknown.map((c) => `"${c}"`).join(', ')}` : '',
    ].filter(Boolean);
    problems.push({
      row: 1,
      field: 'header',
      message: `${parts.join('; ')}. The columns are ${[...known].join(', ')} (the last three optional).`,
    });
    return { rows: [], rowCount: records.length, skipped: 0, problems };
  }

  const rows: ParsedObservation[] = [];
  const decimalComma = delimiter === ';';
  for (const { record, info } of records) {
    const row = info.lines;
    const problem = (field: string, message: string) => problems.push({ row, field, message });
    const number = (field: string, required: boolean): number | null | undefined => {
      const text = record[field] ?? '';
      if (text === '') {
        if (required) problem(field, `${field} is empty.`);
        return required ? undefined : null;
      }
      const value = readNumber(text, decimalComma);
      if (value === undefined) problem(field, `${field} "${text}" is not a number.`);
      return value;
    };
    const indicator = record.indicator ?? '';
    const district = record.district ?? '';
    const period = record.period ?? '';
    if (!indicator) problem('indicator', 'indicator is empty.');
    if (!district) problem('district', 'district is empty.');
    if (!period) problem('period', 'period is empty.');
    const value = number('value', true);
    const numerator = number('numerator', false);
    const denominator = number('denominator', false);
    const provisionalText = (record.provisional ?? '').toLowerCase();
    if (!TRUE.has(provisionalText) && !FALSE.has(provisionalText)) {
      problem('provisional', `provisional "${record.provisional}" must be true or false.`);
    }
    if (
      value === undefined ||
      value === null ||
      numerator === undefined ||
      denominator === undefined
    ) {
      continue;
    }
    rows.push({
      row,
      indicator,
      district,
      period,
      value,
      numerator,
      denominator,
      provisional: TRUE.has(provisionalText),
    });
  }
  return { rows, rowCount: records.length, skipped: 0, problems };
}
