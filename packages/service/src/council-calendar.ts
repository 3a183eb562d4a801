/**
 * The council's calendar: a Swedish council's "today" and "overdue" follow the day in Sweden, not
 * in UTC (between midnight and 01:00 or 02:00 Swedish time, UTC still says yesterday).
 */
export const COUNCIL_TIME_ZONE = 'Europe/Stockholm';

const DAY_MILLISECONDS = 24 * 60 * 60 * 1000;

// en-CA writes dates as YYYY-MM-DD.
const isoDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: COUNCIL_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The date (ISO, YYYY-MM-DD) an instant falls on in Sweden. */
export function councilDate(instant: Date): string {
  return isoDate.format(instant);
}

/** Today's date in Sweden (ISO), the reference for overdue milestones and days late. */
export function today(): string {
  return councilDate(new Date());
}

/** Whole days from one ISO date to a later one (negative when `to` comes first). */
export function daysBetween(from: string, to: string): number {
  return Math.round(
    (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MILLISECONDS,
  );
}
