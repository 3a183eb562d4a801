import { Period } from '@lagesbild/period';
import type { ImportProblem } from './import.types';

/** A row ready to store: column name to value. */
export type StorableRow = Record<string, unknown>;

/**
 * Collects the problems of an import file row by row. Each check reports its own problem and
 * answers whether the row may go on, so a row with a problem is never stored.
 */
export class RowChecker {
  readonly problems: ImportProblem[] = [];
  private readonly seen = new Map<string, number>();

  problem(row: number, field: string, message: string): false {
    this.problems.push({ row, field, message });
    return false;
  }

  period(row: number, text: string): Period | null {
    try {
      return Period.input(text, 'period');
    } catch (error) {
      this.problem(row, 'period', (error as Error).message);
      return null;
    }
  }

  /** True the first time a key is seen; later rows with the same key are duplicates. */
  firstOccurrence(row: number, key: string, what: string): boolean {
    const first = this.seen.get(key);
    if (first === undefined) {
      this.seen.set(key, row);
      return true;
    }
    return this.problem(row, 'period', `Duplicate: row ${first} already gives ${what}.`);
  }
}
