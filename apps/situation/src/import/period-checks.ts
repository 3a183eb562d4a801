import type { Period } from '@lagesbild/period';
import type { FieldProblem } from './value-checks';

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
