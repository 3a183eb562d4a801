/** One field of a change: its value before and after, as text. */
export interface ChangedField {
  field: string;
  before: string;
  after: string;
}

function parse(json: string | null): Record<string, unknown> {
  if (!json) return {};
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : { value };
  } catch {
    return { value: json };
  }
}

function text(value: unknown): string {
  if (value === undefined || value === null) return '–';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** The fields a change log entry touched, from its before and after JSON, in a stable order. */
export function changedFields(before: string | null, after: string | null): ChangedField[] {
  const b = parse(before);
  const a = parse(after);
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return fields
    .filter((field) => text(b[field]) !== text(a[field]))
    .map((field) => ({ field, before: text(b[field]), after: text(a[field]) }));
}
