import { Period } from '@lagesbild/period';

/** The languages of the interface. */
export type Locale = 'sv' | 'en';

const INTL_LOCALE: Record<Locale, string> = { sv: 'sv-SE', en: 'en-GB' };

export interface Format {
  locale: Locale;
  /** The BCP 47 tag for `Intl` and the `lang` attribute. */
  tag: string;
  /** 160123 → "160 123". */
  integer(value: number): string;
  /** A rate: two decimals below 10, one above, so that small rates keep their precision. */
  rate(value: number): string;
  /** A number with a fixed number of decimals: "0,031". */
  decimal(value: number, fractionDigits: number): string;
  /** A number with a sign: "+1,5", "−0,25". */
  signed(value: number, fractionDigits?: number): string;
  /** A relative difference in per cent with a sign: 25 → "+25 %". */
  signedPercent(value: number): string;
  /** An ISO 8601 date → "31 mars 2021", read as UTC so that the day does not shift. */
  date(isoDate: string): string;
  /** An ISO 8601 instant → date and time in Swedish time. */
  dateTime(iso: string): string;
  /** "2026-03" → "mars 2026", "2026-Q1" → "kvartal 1 2026". */
  period(period: string): string;
  /** A compact form for chart axes: "mar 2026", "kv 1 2026". */
  periodShort(period: string): string;
}

const QUARTER_WORD: Record<Locale, { long: string; short: string }> = {
  sv: { long: 'kvartal', short: 'kv' },
  en: { long: 'Q', short: 'Q' },
};

/** Number, date and period formats for one language, built once per language. */
export function createFormat(locale: Locale): Format {
  const tag = INTL_LOCALE[locale];
  const integer = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
  const twoDecimals = new Intl.NumberFormat(tag, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  const oneDecimal = new Intl.NumberFormat(tag, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  const percent = new Intl.NumberFormat(tag, {
    style: 'percent',
    maximumFractionDigits: 0,
    signDisplay: 'exceptZero',
  });
  const date = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' });
  const dateTime = new Intl.DateTimeFormat(tag, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Stockholm',
  });
  const monthLong = new Intl.DateTimeFormat(tag, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const monthShort = new Intl.DateTimeFormat(tag, {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const fixedFormats = new Map<string, Intl.NumberFormat>();
  const fixed = (digits: number, signed: boolean) => {
    const key = `${digits}${signed ? '+' : ''}`;
    let format = fixedFormats.get(key);
    if (!format) {
      format = new Intl.NumberFormat(tag, {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
        signDisplay: signed ? 'exceptZero' : 'auto',
      });
      fixedFormats.set(key, format);
    }
    return format;
  };
  const formatPeriod = (text: string, months: Intl.DateTimeFormat, quarter: string) => {
    const period = Period.tryParse(text);
    if (!period) return text;
    if (period.frequency === 'MONTH') {
      return months.format(new Date(Date.UTC(period.year, period.position - 1, 1)));
    }
    if (period.frequency === 'QUARTER') {
      return locale === 'en'
        ? `Q${period.position} ${period.year}`
        : `${quarter} ${period.position} ${period.year}`;
    }
    return String(period.year);
  };

  return {
    locale,
    tag,
    integer: (value) => integer.format(value),
    rate: (value) => (Math.abs(value) < 10 ? twoDecimals : oneDecimal).format(value),
    decimal: (value, fractionDigits) => fixed(fractionDigits, false).format(value),
    signed: (value, fractionDigits = Math.abs(value) < 10 ? 2 : 1) =>
      fixed(fractionDigits, true).format(value),
    signedPercent: (value) => percent.format(value / 100),
    date: (isoDate) => {
      const parsed = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
      return Number.isNaN(parsed.getTime()) ? isoDate : date.format(parsed);
    },
    dateTime: (iso) => {
      const parsed = new Date(iso);
      return Number.isNaN(parsed.getTime()) ? iso : dateTime.format(parsed);
    },
    period: (text) => formatPeriod(text, monthLong, QUARTER_WORD[locale].long),
    periodShort: (text) => formatPeriod(text, monthShort, QUARTER_WORD[locale].short),
  };
}
