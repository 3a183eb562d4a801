import { DIVERGING, SEQUENTIAL } from '../ui/palette';

/**
 * Colour classes for the map: thresholds split the values into classes, each with a colour.
 * A value belongs to class i when it is at least threshold i − 1 and below threshold i.
 */
export interface ColourScale {
  thresholds: ReadonlyArray<number>;
  /** One more than the thresholds, lowest values first. */
  colours: ReadonlyArray<string>;
  /** Diverging scales centre on zero. */
  kind: 'sequential' | 'diverging';
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

/** Quantile classes (about as many districts in each), at most five; light is low, dark high. */
export function sequentialScale(values: ReadonlyArray<number>, maxClasses = 5): ColourScale {
  const sorted = [...values].filter(Number.isFinite).sort((a, b) => a - b);
  const thresholds: number[] = [];
  for (let i = 1; i < maxClasses; i++) {
    const threshold = sorted[Math.floor((i * sorted.length) / maxClasses)];
    const previous = thresholds.at(-1) ?? sorted[0];
    if (threshold !== undefined && previous !== undefined && threshold > previous) {
      thresholds.push(threshold);
    }
  }
  return {
    thresholds,
    colours: spread(SEQUENTIAL, thresholds.length + 1),
    kind: 'sequential',
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
