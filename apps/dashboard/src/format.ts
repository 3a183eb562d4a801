const numberFormat = new Intl.NumberFormat('sv-SE');
const dateFormat = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeZone: 'UTC' });

/** 160123 → "160 123" (with a no-break space, as Swedish typography wants). */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/**
 * An ISO 8601 calendar date ("2021-03-31") → "31 mars 2021". Read as UTC so that the day does
 * not shift with the browser's time zone.
 */
export function formatDate(isoDate: string): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : dateFormat.format(date);
}
