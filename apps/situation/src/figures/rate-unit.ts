import type { Frequency } from '@lagesbild/period';
import { Normalisation } from '../indicator/indicator-enums';
import type { Indicator } from '../indicator/indicator.entity';

const PER_PERIOD: Record<Frequency, string> = { MONTH: 'månad', QUARTER: 'kvartal', YEAR: 'år' };

/**
 * The unit of a rate shown for a period of `frequency`: a count per 1 000 inhabitants of a
 * monthly indicator shown for a year is per 1 000 inhabitants and year. The indicator's unit
 * names its own period last ("per 1 000 invånare och månad"); that word is replaced, or the
 * period added. Shares and values as is keep their unit.
 */
export function rateUnit(indicator: Indicator, frequency: Frequency): string {
  if (
    indicator.normalisation !== Normalisation.PER_1000_INHABITANTS ||
    frequency === indicator.frequency
  ) {
    return indicator.unit;
  }
  const own = PER_PERIOD[indicator.frequency];
  const shown = PER_PERIOD[frequency];
  return indicator.unit.endsWith(` ${own}`)
    ? `${indicator.unit.slice(0, -own.length)}${shown}`
    : `${indicator.unit} (per ${shown})`;
}
