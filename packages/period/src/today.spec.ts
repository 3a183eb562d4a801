import { daysBetween, todayInStockholm } from './today';

describe('todayInStockholm', () => {
  afterEach(() => jest.useRealTimers());

  it('turns to the next day at midnight in Stockholm, not at midnight UTC (winter, UTC+1)', () => {
    jest.useFakeTimers({ now: new Date('2026-12-06T22:59:59Z') });
    expect(todayInStockholm()).toBe('2026-12-06');
    jest.setSystemTime(new Date('2026-12-06T23:00:00Z'));
    expect(todayInStockholm()).toBe('2026-12-07');
    expect(new Date().toISOString().slice(0, 10)).toBe('2026-12-06');
  });

  it('does so an hour earlier in summer time (UTC+2), and across the new year', () => {
    jest.useFakeTimers({ now: new Date('2026-06-30T21:59:59Z') });
    expect(todayInStockholm()).toBe('2026-06-30');
    jest.setSystemTime(new Date('2026-06-30T22:00:00Z'));
    expect(todayInStockholm()).toBe('2026-07-01');
    jest.setSystemTime(new Date('2026-12-31T23:30:00Z'));
    expect(todayInStockholm()).toBe('2027-01-01');
  });

  it('reads a given instant', () => {
    expect(todayInStockholm(new Date('2027-03-28T00:30:00Z'))).toBe('2027-03-28');
    expect(todayInStockholm(new Date('2027-03-27T23:30:00Z'))).toBe('2027-03-28');
  });
});

describe('daysBetween', () => {
  it('counts whole calendar days, across month ends and daylight saving', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-01-31', '2026-03-01')).toBe(29);
    expect(daysBetween('2026-03-01', '2026-01-31')).toBe(-29);
  });
});
