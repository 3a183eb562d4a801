import { verifyFloor, type FloorRow, type PictureCell } from './floor-sql';

const cell: PictureCell = {
  period: '2026-09',
  value: 12,
  rate: 1.5,
  suppressed: false,
  provisional: false,
  municipalValue: 1.2,
  deviation: 0.3,
  deviationPercent: 25,
  changeFromYearEarlier: null,
  district: { code: '1980R001' },
  indicator: { key: 'crime_total' },
  trend: {
    direction: 'INCREASING',
    significant: true,
    assessment: 'WORSENING',
    pValue: 0.01,
    method: 'm',
    periods: 36,
  },
};

const row: FloorRow = {
  indicator: 'crime_total',
  period: '2026-09',
  district: '1980R001',
  value: 12,
  rate: 1.5 + 1e-12,
  suppressed: false,
  provisional: false,
  municipal_value: 1.2,
  deviation: 0.3,
  deviation_percent: 25,
  change_from_year_earlier: null,
  trend_direction: 'INCREASING',
  trend_significant: true,
  trend_assessment: 'WORSENING',
  trend_p_value: 0.01,
  trend_method: 'm',
  trend_periods: '36',
};

describe('checking the floor statement against the product', () => {
  it('accepts the same answer up to rounding in the last bits', () => {
    expect(verifyFloor([row], [cell]).mismatches).toBe(0);
  });

  it('names every field that differs', () => {
    const check = verifyFloor([{ ...row, rate: 1.6, trend_direction: 'DECREASING' }], [cell]);
    expect(check.mismatches).toBe(2);
    expect(check.examples.join(' ')).toMatch(/rate.*trend\.direction/);
  });

  it('counts a missing cell', () => {
    expect(verifyFloor([], [cell]).mismatches).toBe(2);
  });
});
