/** How often an indicator is measured. */
export type Frequency = 'MONTH' | 'QUARTER' | 'YEAR';

const PERIODS_PER_YEAR: Record<Frequency, number> = { MONTH: 12, QUARTER: 4, YEAR: 1 };

/**
 * The years a period given to the API or in an import may fall in. Stored history may reach
 * further back (a benchmark's scaled history does), but no caller means the year 0000 or 9999,
 * and dates outside what PostgreSQL and the calendar arithmetic handle are refused up front.
 */
export const PERIOD_YEARS = { first: 1900, last: 2100 } as const;

const FORMS = 'write a month as 2026-03, a quarter as 2026-Q1, or a year as 2026';

/**
 * A period a caller gave is not one, or falls outside the years accepted. `field` names the
 * argument or import column; the subgraphs answer it as BAD_USER_INPUT with that field.
 */
export class PeriodInputError extends Error {
  readonly details: { field: string };

  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'PeriodInputError';
    this.details = { field };
  }
}

/** A year in four digits, as periods are written: 995 is `0995`. */
function yearText(year: number): string {
  return String(year).padStart(4, '0');
}

/** A caller's text in an error message, cut short and in quotes. */
function quoted(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
}

const FREQUENCY_ORDER: Record<Frequency, number> = { MONTH: 0, QUARTER: 1, YEAR: 2 };

/** Whether periods of frequency `a` are longer than those of `b` (a year than a month). */
export function isCoarser(a: Frequency, b: Frequency): boolean {
  return FREQUENCY_ORDER[a] > FREQUENCY_ORDER[b];
}

/**
 * A statistical period: `2026-03` (month), `2026-Q1` (quarter) or `2026` (year).
 * Internally a year and a 1-based position within the year, so periods order and subtract easily.
 */
export class Period {
  private constructor(
    readonly frequency: Frequency,
    readonly year: number,
    /** Month 1–12, quarter 1–4, or 1 for a year. */
    readonly position: number,
  ) {}

  static of(frequency: Frequency, year: number, position = 1): Period {
    return new Period(frequency, year, position);
  }

  /**
   * Parses a period a caller gave, as an argument or an import column named `field`: one of the
   * three forms, in a year from PERIOD_YEARS. Every period from outside goes through here.
   */
  static input(text: string, field: string): Period {
    const period = Period.parse(text, field);
    if (period.year < PERIOD_YEARS.first || period.year > PERIOD_YEARS.last) {
      throw new PeriodInputError(
        field,
        `${field} ${quoted(text)} is out of range: the year must be between ${PERIOD_YEARS.first} and ${PERIOD_YEARS.last}.`,
      );
    }
    return period;
  }

  /** Parses a period string (as stored, any year); `field` names the argument or column in the error. */
  static parse(text: string, field = 'period'): Period {
    const value = text.trim();
    let match = /^(\d{4})-(\d{2})$/.exec(value);
    if (match) {
      const month = Number(match[2]);
      if (month >= 1 && month <= 12) return new Period('MONTH', Number(match[1]), month);
    }
    match = /^(\d{4})-Q([1-4])$/i.exec(value);
    if (match) return new Period('QUARTER', Number(match[1]), Number(match[2]));
    match = /^(\d{4})$/.exec(value);
    if (match) return new Period('YEAR', Number(match[1]), 1);
    throw new PeriodInputError(field, `${field} ${quoted(text)} is not a period: ${FORMS}.`);
  }

  /** Parses a period string, or answers null for anything that is not one. */
  static tryParse(text: string): Period | null {
    try {
      return Period.parse(text);
    } catch {
      return null;
    }
  }

  /** The period of `frequency` that contains an ISO date (`2024-09-01`). */
  static containing(frequency: Frequency, isoDate: string): Period {
    const year = Number(isoDate.slice(0, 4));
    const month = Number(isoDate.slice(5, 7));
    if (frequency === 'MONTH') return new Period('MONTH', year, month);
    if (frequency === 'QUARTER') return new Period('QUARTER', year, Math.ceil(month / 3));
    return new Period('YEAR', year, 1);
  }

  /** Consecutive numbering within a frequency: one apart for adjacent periods. */
  get index(): number {
    return this.year * PERIODS_PER_YEAR[this.frequency] + (this.position - 1);
  }

  static fromIndex(frequency: Frequency, index: number): Period {
    const perYear = PERIODS_PER_YEAR[frequency];
    return new Period(frequency, Math.floor(index / perYear), (index % perYear) + 1);
  }

  static get periodsPerYear(): Record<Frequency, number> {
    return PERIODS_PER_YEAR;
  }

  /** The period `steps` periods later (earlier when negative). */
  plus(steps: number): Period {
    return Period.fromIndex(this.frequency, this.index + steps);
  }

  previous(): Period {
    return this.plus(-1);
  }

  yearEarlier(): Period {
    return this.plus(-PERIODS_PER_YEAR[this.frequency]);
  }

  /** First day, as an ISO date. */
  get start(): string {
    const month = this.frequency === 'MONTH' ? this.position : (this.position - 1) * 3 + 1;
    const first = this.frequency === 'YEAR' ? 1 : month;
    return `${yearText(this.year)}-${String(first).padStart(2, '0')}-01`;
  }

  /** Last day, as an ISO date. */
  get end(): string {
    const next = this.plus(1);
    const date = new Date(`${next.start}T00:00:00Z`);
    date.setUTCDate(date.getUTCDate() - 1);
    return date.toISOString().slice(0, 10);
  }

  /** The latest period of `frequency` that ends on or before this one ends. */
  latestOf(frequency: Frequency): Period {
    const end = this.end;
    const month = Number(end.slice(5, 7));
    const candidate =
      frequency === 'MONTH'
        ? new Period('MONTH', this.year, month)
        : frequency === 'QUARTER'
          ? new Period('QUARTER', this.year, Math.ceil(month / 3))
          : new Period('YEAR', this.year, 1);
    return candidate.end <= end ? candidate : candidate.previous();
  }

  /** Whether periods of `frequency` are shorter than this period's (months within a quarter). */
  isCoarserThan(frequency: Frequency): boolean {
    return isCoarser(this.frequency, frequency);
  }

  /**
   * The periods of a finer `frequency` that make up this one, oldest first: the twelve months of
   * a year, the three months of a quarter. A frequency no finer than this period's gives itself.
   */
  parts(frequency: Frequency): Period[] {
    if (!this.isCoarserThan(frequency)) return [this];
    const first = Period.containing(frequency, this.start);
    const count = PERIODS_PER_YEAR[frequency] / PERIODS_PER_YEAR[this.frequency];
    return Array.from({ length: count }, (_, i) => first.plus(i));
  }

  /** The period of a coarser `frequency` (or the same) that contains this one. */
  within(frequency: Frequency): Period {
    return Period.containing(frequency, this.start);
  }

  equals(other: Period): boolean {
    return this.frequency === other.frequency && this.index === other.index;
  }

  toString(): string {
    const year = yearText(this.year);
    if (this.frequency === 'MONTH') return `${year}-${String(this.position).padStart(2, '0')}`;
    if (this.frequency === 'QUARTER') return `${year}-Q${this.position}`;
    return year;
  }
}

/** Calendar years, both inclusive. */
export interface YearRange {
  first: number;
  last: number;
}

/** The years the periods fall in; undefined for none. */
export function yearsOf(periods: Period[]): YearRange | undefined {
  if (periods.length === 0) return undefined;
  let first = Infinity;
  let last = -Infinity;
  for (const { year } of periods) {
    first = Math.min(first, year);
    last = Math.max(last, year);
  }
  return { first, last };
}
