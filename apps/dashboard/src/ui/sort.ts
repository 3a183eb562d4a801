export type SortDirection = 'ascending' | 'descending';

export interface SortState {
  key: string;
  direction: SortDirection;
}

export type SortValue = string | number | null;

const collator = new Intl.Collator('sv-SE', { numeric: true });

/** Orders values with numbers numerically and text in Swedish order; empty values always last. */
export function compareValues(a: SortValue, b: SortValue, direction: SortDirection): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  const order =
    typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b));
  return direction === 'ascending' ? order : -order;
}

/** A sorted copy; rows with equal values keep their order. */
export function sortRows<Row>(
  rows: ReadonlyArray<Row>,
  value: (row: Row) => SortValue,
  direction: SortDirection,
): Row[] {
  return rows
    .map((row, index) => ({ row, index, value: value(row) }))
    .sort((a, b) => compareValues(a.value, b.value, direction) || a.index - b.index)
    .map(({ row }) => row);
}
