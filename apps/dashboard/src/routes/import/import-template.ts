import { Period } from '@lagesbild/period';
import type { IndicatorFrequency } from '../../gql/graphql';

/** The columns the import reads, in the order the template gives them. */
export const TEMPLATE_COLUMNS = [
  'indicator',
  'district',
  'period',
  'value',
  'numerator',
  'denominator',
  'provisional',
] as const;

/** The latest period of a frequency that has ended before `today` (ISO date), as the import reads it. */
export function lastEndedPeriod(frequency: IndicatorFrequency, today: string): string {
  return Period.containing(frequency, today).previous().toString();
}

/**
 * A CSV template as Swedish spreadsheets save it (semicolons, a byte-order mark, CRLF), with the
 * header and one example row for a count indicator and district the API knows.
 */
export function importTemplate(
  example: { key: string; frequency: IndicatorFrequency },
  districtCode: string,
  today: string,
): string {
  const row = [
    example.key,
    districtCode,
    lastEndedPeriod(example.frequency, today),
    '12',
    '',
    '',
    'false',
  ];
  return `\uFEFF${TEMPLATE_COLUMNS.join(';')}\r\n${row.join(';')}\r\n`;
}
