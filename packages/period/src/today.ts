const STOCKHOLM_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * Today's date in Stockholm as an ISO date (`2026-12-06`): the day a Swedish council lives in,
 * also between midnight and 01:00 or 02:00 local time, when the UTC date is still yesterday's.
 */
export function todayInStockholm(now: Date = new Date()): string {
  const parts = STOCKHOLM_DATE.formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

const DAY_MILLISECONDS = 24 * 60 * 60 * 1000;

/** Whole days from one ISO date to another (negative when `to` comes first). */
export function daysBetween(from: string, to: string): number {
  return Math.round(
    (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MILLISECONDS,
  );
}
