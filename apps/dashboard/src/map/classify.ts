import { DIVERGING, SEQUENTIAL, WARNING_SEQUENTIAL } from '../ui/palette';

/** The values an indicator can take: shares 0–100, rates from 0 up; null where unbounded. */
export interface ValueRange {
  min: number | null;
  max: number | null;
}

export const UNBOUNDED: ValueRange = { min: null, max: null };

/** The range of an indicator's values, by its normalisation. */
export function rangeOf(normalisation: string): ValueRange {
  if (normalisation === 'SHARE') return { min: 0, max: 100 };
  if (normalisation === 'PER_1000_INHABITANTS') return { min: 0, max: null };
  return UNBOUNDED;
}

/**
 * Colour classes for the map: thresholds split the values into classes, each with a colour.
 * A value belongs to class i when it is at least threshold i − 1 and below threshold i; the
 * first class starts at the range's minimum and the last ends at its maximum, both included.
 */
export interface ColourScale {
  thresholds: ReadonlyArray<number>;
  /** One more than the thresholds, lowest values first. */
  colours: ReadonlyArray<string>;
  /** Diverging scales centre on zero. */
  kind: 'sequential' | 'diverging';
  /** The values possible; the legend's first and last class end there. */
  range: ValueRange;
  /** Which end of a sequential scale is worse (drawn in the warning hue); null when unknown. */
  worseEnd: 'low' | 'high' | null;
}

/** Deviation from the municipal figure, in per cent, at which the diverging classes change. */
export const DEVIATION_THRESHOLDS = [-50, -25, -10, 10, 25, 50] as const;

function spread<T>(items: ReadonlyArray<T>, count: number): T[] {
  if (count <= 1) return [items[Math.floor(items.length / 2)] as T];
  return Array.from(
    { length: count },
    (_, i) => items[Math.round((i * (items.length - 1)) / (count - 1))] as T,
  );
}

export interface SequentialOptions {
  /** True or false colours the worse end in the warning hue; null keeps the neutral blues. */
  higherIsBetter?: boolean | null;
  range?: ValueRange;
  maxClasses?: number;
}

/**
 * Quantile classes (about as many districts in each), at most five. With a direction, the worse
 * end is dark orange: high values when higher is worse, low values when higher is better; without
 * one, light is low and dark high in blue. Thresholds lie strictly inside the range, so no class
 * lies above a share's 100 (100 itself falls in the top class) or below a rate's 0.
 */
export function sequentialScale(
  values: ReadonlyArray<number>,
  { higherIsBetter = null, range = UNBOUNDED, maxClasses = 5 }: SequentialOptions = {},
): ColourScale {
  const inside = (value: number) =>
    (range.min === null || value > range.min) && (range.max === null || value < range.max);
  const sorted = [...values].filter(Number.isFinite).sort((a, b) => a - b);
  const thresholds: number[] = [];
  for (let i = 1; i < maxClasses; i++) {
    const threshold = sorted[Math.floor((i * sorted.length) / maxClasses)];
    const previous = thresholds.at(-1) ?? sorted[0];
    if (
      threshold !== undefined &&
      previous !== undefined &&
      threshold > previous &&
      inside(threshold)
    ) {
      thresholds.push(threshold);
    }
  }
  const worseEnd = higherIsBetter === null ? null : higherIsBetter ? 'low' : 'high';
  const ramp = spread(worseEnd === null ? SEQUENTIAL : WARNING_SEQUENTIAL, thresholds.length + 1);
  return {
    thresholds,
    colours: worseEnd === 'low' ? ramp.reverse() : ramp,
    kind: 'sequential',
    range,
    worseEnd,
  };
}

/**
 * Fixed classes of deviation from the municipal figure. Purple is better and orange worse, so
 * which end is which depends on whether a higher value is better.
 */
export function divergingScale(higherIsBetter: boolean): ColourScale {
  return {
    thresholds: DEVIATION_THRESHOLDS,
    colours: higherIsBetter ? [...DIVERGING].reverse() : DIVERGING,
    kind: 'diverging',
    range: UNBOUNDED,
    worseEnd: higherIsBetter ? 'low' : 'high',
  };
}

/** The class a value falls in. */
export function classOf(scale: ColourScale, value: number): number {
  let index = 0;
  while (index < scale.thresholds.length && value >= (scale.thresholds[index] ?? Infinity)) {
    index++;
  }
  return index;
}

export function colourOf(scale: ColourScale, value: number): string {
  return scale.colours[classOf(scale, value)] ?? scale.colours[0] ?? '#ffffff';
}

/** A class's bounds for the legend: null where it is open (below the first, above the last). */
export function classBounds(
  scale: ColourScale,
  index: number,
): { low: number | null; high: number | null } {
  return {
    low: scale.thresholds[index - 1] ?? (index === 0 ? scale.range.min : null),
    high: scale.thresholds[index] ?? (index === scale.thresholds.length ? scale.range.max : null),
  };
}
