import { councilDate, daysBetween } from './council-calendar';

describe('the council calendar', () => {
  it('gives the date in Sweden, which runs ahead of UTC after midnight', () => {
    // 23:30 UTC on 6 December is 00:30 on 7 December in Stockholm (CET, UTC+1).
    expect(councilDate(new Date('2026-12-06T23:30:00Z'))).toBe('2026-12-07');
    // In summer (CEST, UTC+2) the day changes at 22:00 UTC.
    expect(councilDate(new Date('2026-06-30T22:15:00Z'))).toBe('2026-07-01');
    expect(councilDate(new Date('2026-06-30T21:45:00Z'))).toBe('2026-06-30');
  });

  it('counts whole days between dates, across a change to summer time', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-01-31', '2026-03-01')).toBe(29);
    expect(daysBetween('2026-03-01', '2026-01-31')).toBe(-29);
  });
});
