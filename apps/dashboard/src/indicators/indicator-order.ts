import type { IndicatorCategory } from '../gql/graphql';

/** The order categories are listed in: crime first, as the council's work starts there. */
export const CATEGORY_ORDER: ReadonlyArray<IndicatorCategory> = [
  'CRIME',
  'FIRE',
  'INCIDENT_REPORTS',
  'PERCEIVED_SAFETY',
  'SCHOOL',
  'LABOUR_MARKET',
  'POPULATION',
];

/** Indicators by category, then by name in the given language. */
export function byCategoryAndName<I extends { category: IndicatorCategory; label: string }>(
  a: I,
  b: I,
): number {
  return (
    CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category) ||
    a.label.localeCompare(b.label, 'sv')
  );
}
