/**
 * Periods as the import reads them (`2026-03`, `2026-Q1`, `2026`), written from month indexes
 * (year × 12 + month − 1). Years are four digits, padded, so that history reaching back before
 * the year 1000 still reads as a period.
 */
export function monthIndex(month: string): number {
  const [year, m] = month.split('-').map(Number);
  return (year ?? 0) * 12 + (m ?? 1) - 1;
}

export function yearLabel(year: number): string {
  return String(year).padStart(4, '0');
}

export function monthLabel(index: number): string {
  return `${yearLabel(Math.floor(index / 12))}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function quarterLabel(index: number): string {
  return `${yearLabel(Math.floor(index / 12))}-Q${Math.floor((index % 12) / 3) + 1}`;
}
