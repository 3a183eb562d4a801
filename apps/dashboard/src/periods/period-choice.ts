import { Period } from '@lagesbild/period';
import type { IndicatorFrequency } from '../gql/graphql';

const GRANULARITIES: ReadonlyArray<IndicatorFrequency> = ['MONTH', 'QUARTER', 'YEAR'];

/** The granularities no finer than an indicator's own: a quarterly indicator has no months. */
export function granularitiesFor(frequency: IndicatorFrequency): IndicatorFrequency[] {
  return GRANULARITIES.slice(GRANULARITIES.indexOf(frequency));
}

/** Whether a period is a month, quarter or year; null for text that is no period. */
export function granularityOf(period: string | null | undefined): IndicatorFrequency | null {
  return (period && Period.tryParse(period)?.frequency) || null;
}

/**
 * The period to show after switching to another granularity: the latest every district has
 * reported, else the latest there is.
 */
export function latestComplete(
  periods: ReadonlyArray<{ period: string; complete: boolean }>,
): string | null {
  const newestFirst = [...periods].reverse();
  return (newestFirst.find((p) => p.complete) ?? newestFirst[0])?.period ?? null;
}
