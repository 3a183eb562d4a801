import { lineChartOption, niceCeiling } from './line-chart-option';

describe('line chart option', () => {
  const base = {
    periods: ['2026-Q1', '2026-Q2', '2026-Q3'],
    formatPeriod: (p: string) => p,
    formatValue: (v: number) => v.toFixed(1),
  };

  it('keeps suppressed periods as gaps, never as zero, and marks the target', () => {
    const option = lineChartOption({
      ...base,
      series: [
        { name: 'Västra Råby', values: [2, null, 3], role: 'subject' },
        { name: 'Kommunen', values: [2.5, 2.6, 2.7], role: 'comparison' },
      ],
      target: { value: 2.4, label: 'Mål 2,4' },
    });
    const series = option.series as {
      data: unknown[];
      connectNulls: boolean;
      markLine?: unknown;
    }[];
    expect(series[0]!.data).toEqual([2, null, 3]);
    expect(series[0]!.connectNulls).toBe(false);
    expect(series[0]!.markLine).toMatchObject({
      data: [{ yAxis: 2.4 }],
      label: { formatter: 'Mål 2,4' },
    });
    expect(series[1]!.markLine).toBeUndefined();
    // The target lies within the data, so the axis scales itself.
    expect((option.yAxis as { max?: number }).max).toBeUndefined();
  });

  it('stretches the axis to a target above every value', () => {
    const option = lineChartOption({
      ...base,
      series: [{ name: 'A', values: [60, 70, 75], role: 'subject' }],
      target: { value: 90, label: 'Mål 90' },
    });
    expect((option.yAxis as { max?: number }).max).toBe(100);
  });

  it('rounds axis ends to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(niceCeiling(0.55)).toBe(1);
    expect(niceCeiling(2.64)).toBe(5);
    expect(niceCeiling(2.2)).toBe(2.5);
    expect(niceCeiling(99)).toBe(100);
    expect(niceCeiling(0.018)).toBe(0.02);
  });
});
