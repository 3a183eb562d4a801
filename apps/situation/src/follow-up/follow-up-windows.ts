import { periodsEndingWith } from '../figures/indicator-series';
import { Period, type Frequency } from '@lagesbild/period';

/** A year of consecutive periods: 12 months, 4 quarters or 1 year. */
export interface PeriodWindow {
  first: Period;
  last: Period;
  periods: Period[];
}

/** The year of periods ending with `last`. */
export function yearEndingWith(last: Period): PeriodWindow {
  const periods = periodsEndingWith(last, Period.periodsPerYear[last.frequency]);
  return { first: periods[0] ?? last, last, periods };
}

/** The year of periods that ends before the start date: the last one ends the day before or earlier. */
export function baselineWindow(frequency: Frequency, startDate: string): PeriodWindow {
  return yearEndingWith(Period.containing(frequency, startDate).previous());
}

/** Whether the latest year still reaches back before the start: not a full year since. */
export function isTooEarly(latest: PeriodWindow, startDate: string): boolean {
  return latest.first.start < startDate;
}
