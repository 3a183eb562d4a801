import { SEQUENTIAL } from '../ui/palette';
import type { ChartOption } from './echarts-setup';

export interface CountBar {
  label: string;
  value: number;
}

/** A palette of distinct, colour-blind-safe hues, one per bar (each also gets a decal). */
const BAR_COLOURS = ['#0f6cbd', '#542788', SEQUENTIAL[2], '#b35806', '#1b7837', '#616161'];

/** Vertical bars of counts, each bar its own colour and decal pattern. */
export function countBarOption(bars: ReadonlyArray<CountBar>): ChartOption {
  return {
    animation: false,
    grid: { left: 8, right: 8, top: 16, bottom: 8, outerBoundsMode: 'same' },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: {
      type: 'category',
      data: bars.map((bar) => bar.label),
      axisLabel: { interval: 0, fontSize: 11 },
    },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        type: 'bar',
        colorBy: 'data',
        color: BAR_COLOURS,
        barMaxWidth: 40,
        label: { show: true, position: 'top' },
        data: bars.map((bar) => bar.value),
      },
    ],
  };
}

export interface WindowBars {
  categories: ReadonlyArray<string>;
  series: ReadonlyArray<{ name: string; values: ReadonlyArray<number | null> }>;
  formatValue: (value: number) => string;
}

/** Grouped bars: one group per category (e.g. window), one bar per series (e.g. area). */
export function groupedBarOption(input: WindowBars): ChartOption {
  return {
    animation: false,
    grid: { left: 8, right: 8, top: 32, bottom: 8, outerBoundsMode: 'same' },
    legend: { top: 0, left: 0 },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (value) => (typeof value === 'number' ? input.formatValue(value) : ''),
    },
    xAxis: { type: 'category', data: [...input.categories] },
    yAxis: {
      type: 'value',
      axisLabel: { formatter: (value: number) => input.formatValue(value) },
    },
    series: input.series.map((s, i) => ({
      type: 'bar',
      name: s.name,
      color: i === 0 ? '#0f6cbd' : '#616161',
      barMaxWidth: 32,
      data: [...s.values],
    })),
  };
}
