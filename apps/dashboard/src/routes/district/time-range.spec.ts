import { firstPeriodOf } from './time-range';

describe('time range', () => {
  const today = new Date('2026-11-25T12:00:00Z');

  it('starts the given number of years back, counting the current year', () => {
    expect(firstPeriodOf('2y', 'MONTH', today)).toBe('2025');
    expect(firstPeriodOf('5y', 'QUARTER', today)).toBe('2022');
  });

  it('shows whole series for "all" and for yearly indicators', () => {
    expect(firstPeriodOf('all', 'MONTH', today)).toBeNull();
    expect(firstPeriodOf('2y', 'YEAR', today)).toBeNull();
  });
});
