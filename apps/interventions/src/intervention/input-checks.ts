import { InvalidInputError } from '@lagesbild/subgraph-kit';

/** A real calendar date written as YYYY-MM-DD. */
export function checkDate(field: string, value: string): string {
  const date = new Date(`${value}T00:00:00Z`);
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(value) ||
    Number.isNaN(date.getTime()) ||
    date.toISOString().slice(0, 10) !== value
  ) {
    throw new InvalidInputError(
      field,
      `${field} "${value}" is not a date: write it as 2026-03-31.`,
    );
  }
  return value;
}

/** Trimmed text that is not empty and not too long. */
export function checkText(
  field: string,
  value: string,
  maxLength: number,
  required = true,
): string {
  const text = value.trim();
  if (required && text.length === 0)
    throw new InvalidInputError(field, `${field} must not be empty.`);
  if (text.length > maxLength) {
    throw new InvalidInputError(
      field,
      `${field} is ${text.length} characters; at most ${maxLength} are allowed.`,
    );
  }
  return text;
}

export function checkPeriodOrder(
  start: string,
  end: string,
  startField = 'startDate',
  endField = 'endDate',
) {
  if (end < start) {
    throw new InvalidInputError(
      endField,
      `${endField} ${end} comes before ${startField} ${start}.`,
    );
  }
}

/** A half-year of citizen promises, e.g. `2026-H1`. */
export function checkHalfYear(field: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (!/^\d{4}-H[12]$/.test(value)) {
    throw new InvalidInputError(
      field,
      `${field} "${value}" is not a half-year: write it as 2026-H1 or 2026-H2.`,
    );
  }
  return value;
}

/** Every value must be known; names the first that is not, and what is known. */
export function checkKnown(
  field: string,
  values: string[],
  known: Set<string> | Map<string, unknown>,
  what: string,
) {
  const unknown = values.filter((value) => !known.has(value));
  if (unknown.length > 0) {
    throw new InvalidInputError(
      field,
      `Unknown ${what} ${unknown.map((u) => `"${u}"`).join(', ')}.${known.size <= 20 ? ` Known: ${[...known.keys()].join(', ')}.` : ''}`,
    );
  }
}

export function checkNoDuplicates(field: string, values: string[]) {
  const seen = new Set<string>();
  for (const value of values) {
    if (seen.has(value))
      throw new InvalidInputError(field, `"${value}" is listed twice in ${field}.`);
    seen.add(value);
  }
}

/** Today's date (ISO), the reference for overdue milestones. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
