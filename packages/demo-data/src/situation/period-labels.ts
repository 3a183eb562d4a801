import { Period } from '@lagesbild/period';

/**
 * Periods as the import reads them (`2026-03`, `2026-Q1`, `2026`), written from month indexes
 * (year × 12 + month − 1) with the shared period module, so that history reaching back before
 * the year 1000 still reads as a period (`0995-03`).
 */
export function monthIndex(month: string): number {
  return Period.parse(month).index;
}

export function yearLabel(year: number): string {
  return Period.of('YEAR', year).toString();
}

export function monthLabel(index: number): string {
  return Period.fromIndex('MONTH', index).toString();
}

export function quarterLabel(index: number): string {
  return Period.fromIndex('MONTH', index).within('QUARTER').toString();
}
