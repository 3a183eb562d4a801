import { granularitiesFor, granularityOf, latestComplete } from './period-choice';

describe('period choice', () => {
  it('offers no granularity finer than the indicator', () => {
    expect(granularitiesFor('MONTH')).toEqual(['MONTH', 'QUARTER', 'YEAR']);
    expect(granularitiesFor('QUARTER')).toEqual(['QUARTER', 'YEAR']);
    expect(granularitiesFor('YEAR')).toEqual(['YEAR']);
  });

  it('reads the granularity of a period through the shared period module', () => {
    expect(granularityOf('2025')).toBe('YEAR');
    expect(granularityOf('2025-Q2')).toBe('QUARTER');
    expect(granularityOf('2025-02')).toBe('MONTH');
    expect(granularityOf('2025-13')).toBeNull();
    expect(granularityOf(null)).toBeNull();
  });

  it('switches to the latest complete period, else the latest', () => {
    const periods = [
      { period: '2024', complete: true },
      { period: '2025', complete: true },
      { period: '2026', complete: false },
    ];
    expect(latestComplete(periods)).toBe('2025');
    expect(latestComplete([{ period: '2026', complete: false }])).toBe('2026');
    expect(latestComplete([])).toBeNull();
  });
});
