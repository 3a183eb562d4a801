import { makeStyles } from '@fluentui/react-components';
import type { EChartsType } from 'echarts/core';
import { useEffect, useRef } from 'react';
import { init, type ChartOption } from './echarts-setup';

const useStyles = makeStyles({ root: { width: '100%' } });

export interface EChartProps {
  option: ChartOption;
  /** CSS height, e.g. 240 or '60rem'. */
  height: number | string;
  /** What the chart shows, in a sentence or two, for people who cannot see it. */
  description: string;
}

/**
 * An ECharts chart drawn as SVG, with its aria description and decal patterns (a cue beside
 * colour) switched on. It is an image to assistive technology; every chart has a data table too.
 */
export default function EChart({ option, height, description }: EChartProps) {
  const styles = useStyles();
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const instance = init(element, null, { renderer: 'svg' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(
      {
        ...option,
        aria: { enabled: true, label: { description }, decal: { show: true } },
      },
      { notMerge: true },
    );
  }, [option, description]);

  return (
    <div
      ref={container}
      role="img"
      aria-label={description}
      className={styles.root}
      style={{ height }}
    />
  );
}
