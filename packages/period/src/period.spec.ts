import { Period, PeriodInputError } from './period';

describe('Period', () => {
  it('parses months, quarters and years and prints them back', () => {
    for (const text of ['2026-03', '2026-Q1', '2026', '1999-12']) {
      expect(Period.parse(text).toString()).toBe(text);
    }
    expect(Period.parse('2026-q2').toString()).toBe('2026-Q2');
    expect(Period.parse('2026-03').frequency).toBe('MONTH');
  });

  it('refuses what is not a period, naming the value and the field', () => {
    for (const bad of ['2026-13', '2026-00', '2026-Q5', '26-03', 'March 2026', '', '2026-3']) {
      expect(() => Period.parse(bad, 'row 4: period')).toThrow(`"${bad}" is not a period`);
    }
    try {
      Period.parse('x', 'from');
    } catch (error) {
      expect((error as { details: { field: string } }).details.field).toBe('from');
    }
  });

  it('takes from callers only years from 1900 to 2100, naming the argument and the range', () => {
    expect(Period.input('1900', 'period').toString()).toBe('1900');
    expect(Period.input('2100-Q4', 'to').toString()).toBe('2100-Q4');
    for (const [text, field] of [
      ['0000', 'period'],
      ['0001', 'from'],
      ['9999-Q4', 'to'],
      ['1899-12', 'period'],
      ['2101', 'period'],
    ]) {
      expect(() => Period.input(text!, field!)).toThrow(
        `${field} "${text}" is out of range: the year must be between 1900 and 2100.`,
      );
    }
    expect(() => Period.input('March', 'from')).toThrow(
      'from "March" is not a period: write a month as 2026-03, a quarter as 2026-Q1, or a year as 2026.',
    );
    expect(() => Period.input('x'.repeat(1_000_000), 'period')).toThrow(/^period "x{40}…" is not/);
    // Stored history may reach further back, written in four digits.
    expect(Period.parse('0001-01').year).toBe(1);
    expect(Period.fromIndex('MONTH', 995 * 12 + 2).toString()).toBe('0995-03');
    expect(Period.parse('0995-Q2').start).toBe('0995-04-01');
    expect(Period.parse('0995-Q2').end).toBe('0995-06-30');
  });

  it('steps across year boundaries', () => {
    expect(Period.parse('2026-01').previous().toString()).toBe('2025-12');
    expect(Period.parse('2026-Q1').previous().toString()).toBe('2025-Q4');
    expect(Period.parse('2026-03').yearEarlier().toString()).toBe('2025-03');
    expect(Period.parse('2026-Q3').yearEarlier().toString()).toBe('2025-Q3');
    expect(Period.parse('2024').yearEarlier().toString()).toBe('2023');
    expect(Period.parse('2025-11').plus(3).toString()).toBe('2026-02');
  });

  it('knows its first and last day', () => {
    expect(Period.parse('2024-02').end).toBe('2024-02-29');
    expect(Period.parse('2026-Q2').start).toBe('2026-04-01');
    expect(Period.parse('2026-Q2').end).toBe('2026-06-30');
    expect(Period.parse('2025').end).toBe('2025-12-31');
  });

  it('finds the latest period of another frequency that has ended by then', () => {
    const march = Period.parse('2026-03');
    expect(march.latestOf('QUARTER').toString()).toBe('2026-Q1');
    expect(march.latestOf('YEAR').toString()).toBe('2025');
    expect(Period.parse('2026-05').latestOf('QUARTER').toString()).toBe('2026-Q1');
    expect(Period.parse('2026-Q2').latestOf('MONTH').toString()).toBe('2026-06');
    expect(Period.parse('2026').latestOf('QUARTER').toString()).toBe('2026-Q4');
  });

  it('finds the period that contains a date', () => {
    expect(Period.containing('MONTH', '2024-09-01').toString()).toBe('2024-09');
    expect(Period.containing('QUARTER', '2024-09-30').toString()).toBe('2024-Q3');
    expect(Period.containing('QUARTER', '2024-10-01').toString()).toBe('2024-Q4');
    expect(Period.containing('YEAR', '2024-12-31').toString()).toBe('2024');
  });

  it('lists the months and quarters that make up a quarter or a year', () => {
    expect(
      Period.parse('2025-Q2')
        .parts('MONTH')
        .map((p) => p.toString()),
    ).toEqual(['2025-04', '2025-05', '2025-06']);
    expect(Period.parse('2025').parts('MONTH')).toHaveLength(12);
    expect(
      Period.parse('2025')
        .parts('QUARTER')
        .map((p) => p.toString()),
    ).toEqual(['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4']);
    expect(
      Period.parse('2025-03')
        .parts('QUARTER')
        .map((p) => p.toString()),
    ).toEqual(['2025-03']);
    expect(Period.parse('2025-11').within('QUARTER').toString()).toBe('2025-Q4');
    expect(Period.parse('2025-11').within('YEAR').toString()).toBe('2025');
  });

  it('answers null for text that is not a period, and names the field of a refused one', () => {
    expect(Period.tryParse('2025-13')).toBeNull();
    expect(Period.tryParse('2025-Q3')?.toString()).toBe('2025-Q3');
    expect(() => Period.input('1800', 'from')).toThrow(PeriodInputError);
  });
});
