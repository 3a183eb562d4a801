import Papa from 'papaparse';
import type { ImportProblem } from './import.types';
import type { ParsedFile, ParsedObservation } from './parsed-row';
import { readNumber } from './read-number';

export const CSV_COLUMNS = {
  required: ['indicator', 'district', 'period', 'value'],
  optional: ['numerator', 'denominator', 'provisional'],
} as const;

type Column = (typeof CSV_COLUMNS.required)[number] | (typeof CSV_COLUMNS.optional)[number];

const TRUE = new Set(['true', '1', 'ja', 'yes', 'x']);
const FALSE = new Set(['', 'false', '0', 'nej', 'no']);

/** The file's records as arrays of fields, each with the line it starts on (1 = the header). */
function readRecords(content: string, delimiter: string) {
  const parsed = Papa.parse<string[]>(content, { delimiter });
  const lineBreak = parsed.meta.linebreak || '\n';
  const lines: number[] = [];
  let line = 1;
  for (const fields of parsed.data) {
    lines.push(line);
    line += 1;
    // A quoted field may span lines; the next record starts that many lines further down.
    for (const field of fields) {
      for (let at = field.indexOf(lineBreak); at >= 0; at = field.indexOf(lineBreak, at + 1)) {
        line += 1;
      }
    }
  }
  return { records: parsed.data, lines, errors: parsed.errors };
}

/**
 * Reads observations from CSV. The header names the columns (in any order): indicator (key),
 * district (SCB code), period, value, and optionally numerator, denominator, provisional.
 * Commas or semicolons separate columns; with semicolons a decimal comma is accepted. Blank lines
 * are skipped. Every problem is reported with its line number; nothing is checked against the
 * database here.
 */
export function readCsv(content: string): ParsedFile<ParsedObservation> {
  const text = content.replace(/^\uFEFF/, '');
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  const { records, lines, errors } = readRecords(text, delimiter);
  const problems: ImportProblem[] = errors.map((error) => ({
    row: lines[error.row ?? 0] ?? 1,
    field: 'file',
    message: `The file is not valid CSV: ${error.message}.`,
  }));

  const header = (records[0] ?? []).map((name) => name.trim().toLowerCase());
  const known = new Set<string>([...CSV_COLUMNS.required, ...CSV_COLUMNS.optional]);
  const missing = CSV_COLUMNS.required.filter((column) => !header.includes(column));
  const unknown = header.filter((column) => !known.has(column));
  const blank = (fields: string[]) => fields.every((field) => field.trim() === '');
  const dataRecords = [...records.entries()].slice(1).filter(([, fields]) => !blank(fields));
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
    return { rows: [], rowCount: dataRecords.length, skipped: 0, problems };
  }

  const position = new Map(header.map((column, index) => [column, index]));
  const rows: ParsedObservation[] = [];
  const decimalComma = delimiter === ';';
  for (const [index, fields] of dataRecords) {
    const row = lines[index] ?? index + 1;
    const problem = (field: string, message: string) => problems.push({ row, field, message });
    if (fields.length !== header.length) {
      problem(
        'file',
        `The row has ${fields.length} value${fields.length === 1 ? '' : 's'}, but the header names ${header.length} columns.`,
      );
      continue;
    }
    const cell = (column: Column) => {
      const at = position.get(column);
      return at === undefined ? '' : (fields[at] ?? '').trim();
    };
    const number = (field: Column, required: boolean): number | null | undefined => {
      const text = cell(field);
      if (text === '') {
        if (required) problem(field, `${field} is empty.`);
        return required ? undefined : null;
      }
      const value = readNumber(text, decimalComma);
      if (value === undefined) problem(field, `${field} "${text}" is not a number.`);
      else if (!Number.isFinite(value)) {
        problem(field, `${field} "${text}" is not a finite number: it is too large to store.`);
        return undefined;
      }
      return value;
    };
    const indicator = cell('indicator');
    const district = cell('district');
    const period = cell('period');
    if (!indicator) problem('indicator', 'indicator is empty.');
    if (!district) problem('district', 'district is empty.');
    if (!period) problem('period', 'period is empty.');
    const value = number('value', true);
    const numerator = number('numerator', false);
    const denominator = number('denominator', false);
    const provisionalText = cell('provisional').toLowerCase();
    if (!TRUE.has(provisionalText) && !FALSE.has(provisionalText)) {
      problem('provisional', `provisional "${cell('provisional')}" must be true or false.`);
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
  return { rows, rowCount: dataRecords.length, skipped: 0, problems };
}
