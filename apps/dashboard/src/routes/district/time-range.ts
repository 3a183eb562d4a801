import { todayInStockholm } from '@lagesbild/period';
import type { IndicatorFrequency } from '../../gql/graphql';

export type Range = '2y' | '5y' | 'all';
export const RANGES: ReadonlyArray<Range> = ['2y', '5y', 'all'];

const YEARS: Record<Exclude<Range, 'all'>, number> = { '2y': 2, '5y': 5 };

/**
 * The first period to ask for: the start of the year that many years back, counting this one.
 * Yearly indicators always show their whole series, since a few points make no trend.
 */
export function firstPeriodOf(
  range: Range,
  frequency: IndicatorFrequency,
  today: Date = new Date(),
): string | null {
  if (range === 'all' || frequency === 'YEAR') return null;
  return String(Number(todayInStockholm(today).slice(0, 4)) - YEARS[range] + 1);
}
