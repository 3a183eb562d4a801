/**
 * CSV for Excel as Swedish users open it: semicolon-separated, decimal comma, UTF-8 with a byte
 * order mark (without it Excel reads å, ä and ö wrongly) and CRLF line ends (RFC 4180). Excel with
 * Swedish regional settings splits on semicolons, since the comma is its decimal separator.
 */
export type CsvValue = string | number | boolean | null | undefined;

const SEPARATOR = ';';
const LINE_END = '\r\n';
const BYTE_ORDER_MARK = '\uFEFF';

/** Text that Excel would run as a formula gets a leading apostrophe (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  // At most six decimals, without exponent notation or grouping, with a decimal comma.
  const rounded = Number(value.toFixed(6));
  return (Object.is(rounded, -0) ? 0 : rounded).toString().replace('.', ',');
}

/** One field: numbers with a decimal comma; text quoted when it holds a separator, quote or line break. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[";\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole file: the header row, then one row per record. */
export function toCsv(header: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<CsvValue>>) {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(SEPARATOR));
  return BYTE_ORDER_MARK + lines.join(LINE_END) + LINE_END;
}
