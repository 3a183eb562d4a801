import { importTemplate, lastEndedPeriod } from './import-template';

describe('the import template', () => {
  it('gives the latest ended period of each frequency', () => {
    const today = '2026-12-06';
    expect(lastEndedPeriod('MONTH', today)).toBe('2026-11');
    expect(lastEndedPeriod('QUARTER', today)).toBe('2026-Q3');
    expect(lastEndedPeriod('YEAR', today)).toBe('2025');
    const january = '2027-01-15';
    expect(lastEndedPeriod('MONTH', january)).toBe('2026-12');
    expect(lastEndedPeriod('QUARTER', january)).toBe('2026-Q4');
  });

  it('is a header and one example row, semicolon-separated as Swedish Excel saves it', () => {
    const csv = importTemplate(
      { key: 'crime_total', frequency: 'MONTH' },
      '1980R001',
      '2026-12-06',
    );
    expect(csv).toBe(
      '\uFEFFindicator;district;period;value;numerator;denominator;provisional\r\n' +
        'crime_total;1980R001;2026-11;12;;;false\r\n',
    );
  });
});
