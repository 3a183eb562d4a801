import type { BarSeriesOption } from 'echarts/charts';
import { DIVERGING, SERIES_COLOURS } from '../ui/palette';
import type { ChartOption } from './echarts-setup';

export interface RankedBar {
  label: string;
  value: number;
}

export interface RankingChartInput {
  /** Highest first. */
  bars: ReadonlyArray<RankedBar>;
  municipal: { value: number; label: string } | null;
  /** Names of the two series: above and below the municipal figure. */
  aboveName: string;
  belowName: string;
  /** Whether being above the municipal figure is good (purple) or bad (orange). */
  higherIsBetter: boolean;
  formatValue: (value: number) => string;
}

/**
 * Horizontal bars, highest on top, split into two series (above and below the municipal figure)
 * so that each gets its own colour and decal pattern.
 */
export function rankingChartOption(input: RankingChartInput): ChartOption {
  const { bars, municipal, formatValue } = input;
  const reference = municipal?.value ?? Number.NaN;
  const [better, worse] = [DIVERGING[1], DIVERGING[5]];
  const side = (above: boolean): BarSeriesOption => ({
    type: 'bar',
    name: above ? input.aboveName : input.belowName,
    stack: 'ranking',
    barMaxWidth: 14,
    color: above === input.higherIsBetter ? better : worse,
    data: bars.map((bar) => (bar.value > reference === above ? bar.value : null)),
  });
  const above = side(true);
  if (municipal) {
    above.markLine = {
      silent: true,
      symbol: 'none',
      lineStyle: { color: SERIES_COLOURS.comparison, type: [6, 3], width: 2 },
      label: { formatter: municipal.label, position: 'end', color: SERIES_COLOURS.comparison },
      data: [{ xAxis: municipal.value }],
    };
  }
  return {
    animation: false,
    grid: { left: 8, right: 48, top: 32, bottom: 24, outerBoundsMode: 'same' },
    legend: { top: 0, left: 0 },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (value) => (typeof value === 'number' ? formatValue(value) : ''),
    },
    xAxis: {
      type: 'value',
      min: 0,
      axisLabel: { formatter: (value: number) => formatValue(value) },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: bars.map((bar) => bar.label),
      axisLabel: { fontSize: 11 },
    },
    series: [above, side(false)],
  };
}
