import type { Period } from '../period/period';
import type { FieldProblem } from './value-checks';

const STOCKHOLM_DATE = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in Sweden, as an ISO date: the day against which a period has ended or not. */
export function importDay(now: Date = new Date()): string {
  return STOCKHOLM_DATE.format(now);
}

/**
 * Whether figures for a period can be true yet: a period that has not begun has no figures, and
 * one that is still running (the current month, quarter or year) has only provisional ones.
 * `provisional` is null where the format has no such column (Kolada): then only ended periods.
 */
export function periodProblem(
  period: Period,
  provisional: boolean | null,
  today: string,
): FieldProblem | null {
  if (period.start > today) {
    return {
      field: 'period',
      message: `${period} has not begun (today is ${today}): only periods that have ended can be imported.`,
    };
  }
  if (period.end < today) return null;
  if (provisional === null) {
    return {
      field: 'period',
      message: `${period} has not ended (it ends ${period.end}): import it once it has ended.`,
    };
  }
  if (!provisional) {
    return {
      field: 'provisional',
      message: `${period} has not ended (it ends ${period.end}): its figures can only be provisional (provisional true).`,
    };
  }
  return null;
}
