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

/** The latest period of a frequency that has ended before `today`, written as the import reads it. */
export function lastEndedPeriod(frequency: IndicatorFrequency, today: Date): string {
  const year = today.getFullYear();
  const month = today.getMonth() + 1;
  if (frequency === 'YEAR') return String(year - 1);
  if (frequency === 'QUARTER') {
    const quarter = Math.ceil(month / 3) - 1;
    return quarter === 0 ? `${year - 1}-Q4` : `${year}-Q${quarter}`;
  }
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

/**
 * A CSV template as Swedish spreadsheets save it (semicolons, a byte-order mark, CRLF), with the
 * header and one example row for a count indicator and district the API knows.
 */
export function importTemplate(
  example: { key: string; frequency: IndicatorFrequency },
  districtCode: string,
  today: Date,
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
