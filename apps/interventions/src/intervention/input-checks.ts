import { checkUuid, InvalidInputError, quoted } from '@lagesbild/subgraph-kit';

/**
 * Why a field was refused, as a code beside the field in the error's `extensions` (`reason`, with
 * `max` or `values` where they apply), so that a client can say it in its user's language.
 */
export type InputProblem =
  | 'REQUIRED'
  | 'TOO_LONG'
  | 'MARKUP'
  | 'CONTROL_CHARACTERS'
  | 'NOT_A_DATE'
  | 'NOT_A_HALF_YEAR'
  | 'NOT_A_NUMBER'
  | 'END_BEFORE_START'
  | 'IN_THE_FUTURE'
  | 'UNKNOWN'
  | 'DUPLICATE'
  | 'OWNER_AS_CO_OWNER'
  | 'UNCHANGED';

/** A refused field, with the code of what is wrong with it. */
export function invalid(
  field: string,
  reason: InputProblem,
  message: string,
  details: Record<string, unknown> = {},
): InvalidInputError {
  return new InvalidInputError(field, message, { reason, ...details });
}

/** A real calendar date written as YYYY-MM-DD. */
export function checkDate(field: string, value: string): string {
  const date = new Date(`${value}T00:00:00Z`);
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(value) ||
    Number.isNaN(date.getTime()) ||
    date.toISOString().slice(0, 10) !== value
  ) {
    throw invalid(
      field,
      'NOT_A_DATE',
      `${field} ${quoted(value)} is not a date: write it as 2026-03-31.`,
    );
  }
  return value;
}

/** Trimmed plain text (no markup, no control characters) that is not empty and not too long. */
export function checkText(
  field: string,
  value: string,
  maxLength: number,
  required = true,
): string {
  const text = value.trim();
  if (required && text.length === 0) {
    throw invalid(field, 'REQUIRED', `${field} must not be empty.`);
  }
  if (text.length > maxLength) {
    throw invalid(
      field,
      'TOO_LONG',
      `${field} is ${text.length} characters; at most ${maxLength} are allowed.`,
      { max: maxLength },
    );
  }
  if (/<\s*[a-zA-Z!/?]/.test(text)) {
    throw invalid(field, 'MARKUP', `${field} must be plain text, without markup such as "<…>".`);
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text)) {
    throw invalid(field, 'CONTROL_CHARACTERS', `${field} contains control characters.`);
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
    throw invalid(
      endField,
      'END_BEFORE_START',
      `${endField} ${end} comes before ${startField} ${start}.`,
    );
  }
}

/** A half-year of citizen promises, e.g. `2026-H1`. */
export function checkHalfYear(field: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (!/^\d{4}-H[12]$/.test(value)) {
    throw invalid(
      field,
      'NOT_A_HALF_YEAR',
      `${field} ${quoted(value)} is not a half-year: write it as 2026-H1 or 2026-H2.`,
    );
  }
  return value;
}

/** Every value must be known; names the first few that are not, and what is known. */
export function checkKnown(
  field: string,
  values: string[],
  known: Set<string> | Map<string, unknown>,
  what: string,
) {
  const unknown = values.filter((value) => !known.has(value));
  if (unknown.length === 0) return;
  const more = unknown.length > 5 ? ` and ${unknown.length - 5} more` : '';
  const list = known.size <= 20 ? ` Known: ${[...known.keys()].join(', ')}.` : '';
  throw invalid(
    field,
    'UNKNOWN',
    `Unknown ${what} ${unknown.slice(0, 5).map(quoted).join(', ')}${more}.${list}`,
    { values: unknown.slice(0, 5) },
  );
}

export function checkNoDuplicates(field: string, values: string[]) {
  const seen = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) {
      throw invalid(field, 'DUPLICATE', `${quoted(value)} is listed twice in ${field}.`, {
        values: [value],
      });
    }
    seen.add(value);
  }
}

/** An id this API gave out (a UUID); anything else is refused before it reaches the database. */
export function checkId(field: string, value: string): string {
  checkUuid(field, value);
  return value;
}

/**
 * The person who answers for an intervention: a person in the directory (by account name) who
 * belongs to the owning or a co-owning organisation.
 */
export function checkResponsible(
  username: string,
  organisations: string[],
  people: Map<string, { name: string; organisation: string | null }>,
): string {
  const field = 'responsible';
  const person = people.get(username);
  if (!person) {
    throw new InvalidInputError(
      field,
      `${field}: nobody in the directory has the account name ${quoted(username)}.`,
    );
  }
  if (!person.organisation || !organisations.includes(person.organisation)) {
    throw new InvalidInputError(
      field,
      `${field}: ${person.name} (${quoted(username)}) belongs to ${person.organisation ?? 'no organisation'}, not to the owner or a co-owner (${organisations.join(', ')}).`,
    );
  }
  return username;
}
