import type { LineSeriesOption } from 'echarts/charts';
import { SERIES_COLOURS } from '../ui/palette';
import type { ChartOption } from './echarts-setup';

export interface LineSeriesInput {
  name: string;
  /** One value per period; null is a gap (suppressed or missing), never zero. */
  values: ReadonlyArray<number | null>;
  role: 'subject' | 'comparison' | 'reference';
}

export interface LineChartInput {
  periods: ReadonlyArray<string>;
  series: ReadonlyArray<LineSeriesInput>;
  target: { value: number; label: string } | null;
  formatPeriod: (period: string) => string;
  formatValue: (value: number) => string;
}

/** Colour, dash and marker differ by role, so the lines are told apart without colour too. */
const ROLE_STYLE: Record<LineSeriesInput['role'], Partial<LineSeriesOption>> = {
  subject: {
    color: SERIES_COLOURS.subject,
    lineStyle: { width: 2.5, type: 'solid' },
    symbol: 'circle',
    symbolSize: 5,
    z: 3,
  },
  comparison: {
    color: SERIES_COLOURS.comparison,
    lineStyle: { width: 2, type: 'dashed' },
    symbol: 'triangle',
    symbolSize: 6,
    z: 2,
  },
  reference: {
    color: SERIES_COLOURS.reference,
    lineStyle: { width: 1.5, type: 'dotted' },
    symbol: 'diamond',
    symbolSize: 6,
    z: 1,
  },
};

/** The smallest of 1, 2, 2.5 and 5 times a power of ten that is at least `value`. */
export function niceCeiling(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((f) => f * power >= value - 1e-9) ?? 10;
  return step * power;
}

/** A time series chart: the subject against comparisons, with the target as a marked line. */
export function lineChartOption(input: LineChartInput): ChartOption {
  const { target, formatValue } = input;
  const dataMax = Math.max(
    0,
    ...input.series.flatMap((line) => line.values.filter((v): v is number => v !== null)),
  );
  const series: LineSeriesOption[] = input.series.map((line, index) => ({
    type: 'line',
    name: line.name,
    data: [...line.values],
    connectNulls: false,
    // Points stay visible, so that a value between two suppressed periods is not lost.
    showSymbol: true,
    ...ROLE_STYLE[line.role],
    ...(input.periods.length > 40 ? { symbolSize: 3 } : {}),
    ...(index === 0 && target
      ? {
          markLine: {
            silent: true,
            symbol: 'none',
            lineStyle: { color: SERIES_COLOURS.target, type: [8, 4], width: 2 },
            label: {
              formatter: target.label,
              position: 'insideEndTop',
              color: SERIES_COLOURS.target,
            },
            data: [{ yAxis: target.value }],
          },
        }
      : {}),
  }));
  return {
    animation: false,
    grid: { left: 48, right: 16, top: 40, bottom: 32 },
    legend: { top: 0, left: 0, itemWidth: 28 },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (value) => (typeof value === 'number' ? formatValue(value) : '..'),
    },
    xAxis: {
      type: 'category',
      data: [...input.periods],
      axisLabel: { formatter: (period: string) => input.formatPeriod(period) },
    },
    yAxis: {
      type: 'value',
      min: 0,
      // The axis reaches the target even when every value stays below it.
      max: target && target.value >= dataMax ? niceCeiling(target.value * 1.1) : undefined,
      axisLabel: { formatter: (value: number) => formatValue(value) },
    },
    series,
  };
}
