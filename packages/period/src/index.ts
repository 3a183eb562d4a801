export { isCoarser, Period, PERIOD_YEARS, PeriodInputError, yearsOf } from './period';
export type { Frequency, YearRange } from './period';
export { daysBetween, todayInStockholm } from './today';
