import type { Messages } from '../../i18n/messages-sv';

/** What the focus area form holds, as the user typed it. */
export interface FocusAreaValues {
  title: string;
  problem: string;
  causeAnalysis: string;
  periodStart: string;
  periodEnd: string;
  districts: string[];
  indicators: string[];
}

/** The API's limits on a focus area's texts. */
const LIMITS = { title: 200, problem: 10_000, causeAnalysis: 20_000 } as const;

const isDate = (value: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
};

/**
 * The problems the API would name, found before sending and said in the user's language: each
 * under its field. Empty when the values may be sent.
 */
export function focusAreaProblems(
  values: FocusAreaValues,
  t: Messages['focusAreas'],
): Partial<Record<keyof FocusAreaValues, string>> {
  const problems: Partial<Record<keyof FocusAreaValues, string>> = {};
  if (values.title.trim() === '') problems.title = t.required;
  if (values.problem.trim() === '') problems.problem = t.required;
  for (const field of ['title', 'problem', 'causeAnalysis'] as const) {
    if (!problems[field] && values[field].trim().length > LIMITS[field]) {
      problems[field] = t.tooLong(LIMITS[field]);
    }
  }
  if (values.periodStart === '') problems.periodStart = t.required;
  else if (!isDate(values.periodStart)) problems.periodStart = t.notDate;
  if (values.periodEnd === '') problems.periodEnd = t.required;
  else if (!isDate(values.periodEnd)) problems.periodEnd = t.notDate;
  else if (!problems.periodStart && values.periodEnd < values.periodStart) {
    problems.periodEnd = t.endBeforeStart;
  }
  return problems;
}

/** The fields whose values differ from the stored ones: what an edit sends. */
export function changedValues(
  stored: FocusAreaValues,
  edited: FocusAreaValues,
): Partial<FocusAreaValues> {
  const changed: Partial<FocusAreaValues> = {};
  for (const key of Object.keys(edited) as (keyof FocusAreaValues)[]) {
    if (JSON.stringify(stored[key]) !== JSON.stringify(edited[key])) {
      (changed as Record<string, unknown>)[key] = edited[key];
    }
  }
  return changed;
}
