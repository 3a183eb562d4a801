/**
 * Reads a number as Swedish and international files write it: `1234.5`, `1 234,5` (with a decimal
 * comma where the columns are separated by semicolons). Returns undefined when it is not a number;
 * a number too large for a double (`1e400`) comes back as Infinity, for the caller to refuse.
 */
export function readNumber(text: string, decimalComma: boolean): number | undefined {
  let value = text.replace(/[\s\u00a0]/g, '');
  if (decimalComma) value = value.replace(',', '.');
  if (!/^-?(\d+\.?\d*|\.\d+)(e-?\d+)?$/i.test(value)) return undefined;
  return Number(value);
}
