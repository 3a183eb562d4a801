import type { LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, TitleComponentOption } from 'echarts/components';
import { SERIES_COLOURS } from '../ui/palette';
import type { ChartOption } from './echarts-setup';
import { niceCeiling } from './line-chart-option';

export interface SmallMultipleInput {
  title: string;
  values: ReadonlyArray<number | null>;
}

export interface SmallMultiplesInput {
  periods: ReadonlyArray<string>;
  panels: ReadonlyArray<SmallMultipleInput>;
  /** Drawn grey in every panel for comparison. */
  comparison: { name: string; values: ReadonlyArray<number | null> };
  columns: number;
  /** Height of one panel in pixels, title included. */
  panelHeight: number;
  formatPeriod: (period: string) => string;
  formatValue: (value: number) => string;
}

const TITLE_HEIGHT = 18;

/** The height the chart needs for all its panels. */
export function smallMultiplesHeight(
  input: Pick<SmallMultiplesInput, 'panels' | 'columns' | 'panelHeight'>,
): number {
  return Math.ceil(input.panels.length / input.columns) * input.panelHeight + 8;
}

/**
 * One small line chart per district in a single ECharts instance, all on the same y scale, each
 * with the comparison series in grey: differences in level and shape can be read across panels.
 */
export function smallMultiplesOption(input: SmallMultiplesInput): ChartOption {
  const { periods, panels, comparison, columns, panelHeight } = input;
  const all = [...comparison.values, ...panels.flatMap((p) => p.values)].filter(
    (v): v is number => v !== null,
  );
  const max = niceCeiling(all.length > 0 ? Math.max(...all) : 1);
  const width = 100 / columns;
  const grid: GridComponentOption[] = [];
  const title: TitleComponentOption[] = [];
  const series: LineSeriesOption[] = [];
  const xAxis: NonNullable<ChartOption['xAxis']> = [];
  const yAxis: NonNullable<ChartOption['yAxis']> = [];

  panels.forEach((panel, index) => {
    const column = index % columns;
    const row = Math.floor(index / columns);
    const top = row * panelHeight;
    title.push({
      text: panel.title,
      left: `${column * width + 1}%`,
      top,
      textStyle: { fontSize: 11, fontWeight: 600, width: 150, overflow: 'truncate' },
    });
    grid.push({
      left: `${column * width + 5}%`,
      width: `${width - 7}%`,
      top: top + TITLE_HEIGHT + 4,
      height: panelHeight - TITLE_HEIGHT - 24,
    });
    xAxis.push({
      type: 'category',
      gridIndex: index,
      data: [...periods],
      axisTick: { show: false },
      axisLabel: {
        fontSize: 9,
        interval: Math.max(periods.length - 2, 0),
        formatter: (period: string) => input.formatPeriod(period),
      },
    });
    yAxis.push({
      type: 'value',
      gridIndex: index,
      min: 0,
      max,
      splitNumber: 2,
      axisLabel: {
        show: column === 0,
        fontSize: 9,
        formatter: (value: number) => input.formatValue(value),
      },
    });
    series.push(
      {
        type: 'line',
        name: comparison.name,
        xAxisIndex: index,
        yAxisIndex: index,
        data: [...comparison.values],
        showSymbol: false,
        color: SERIES_COLOURS.comparison,
        lineStyle: { width: 1, type: 'dashed' },
        silent: true,
      },
      {
        type: 'line',
        name: panel.title,
        xAxisIndex: index,
        yAxisIndex: index,
        data: [...panel.values],
        connectNulls: false,
        showSymbol: false,
        color: SERIES_COLOURS.subject,
        lineStyle: { width: 1.5 },
      },
    );
  });

  return {
    animation: false,
    title,
    grid,
    xAxis,
    yAxis,
    series,
    tooltip: {
      trigger: 'axis',
      valueFormatter: (value) => (typeof value === 'number' ? input.formatValue(value) : '..'),
    },
  };
}
