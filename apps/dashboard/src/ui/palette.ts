/**
 * Colour scales that people with the common colour-vision deficiencies can tell apart
 * (ColorBrewer's YlGnBu and PuOr), and the text colour that stays readable on each.
 */

/** Light to dark: low to high. */
export const SEQUENTIAL = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'] as const;

/**
 * The warning hue, light to dark (ColorBrewer's YlOrBr): a level map colours the worse end dark
 * orange, whichever way is worse.
 */
export const WARNING_SEQUENTIAL = ['#ffffd4', '#fed98e', '#fe9929', '#d95f0e', '#993404'] as const;

/** Purple (better) through near-white to orange (worse). */
export const DIVERGING = [
  '#542788',
  '#998ec3',
  '#d8daeb',
  '#f7f7f7',
  '#fee0b6',
  '#f1a340',
  '#b35806',
] as const;

/** Behind a value that may not be shown; drawn with a hatch so that it never reads as a colour class. */
export const SUPPRESSED_FILL = '#ededed';
export const SUPPRESSED_HATCH = '#a6a6a6';
export const MISSING_FILL = '#ffffff';

/** Lines in charts: the subject, the comparison, the target, a reference. */
export const SERIES_COLOURS = {
  subject: '#0f6cbd',
  comparison: '#616161',
  target: '#b35806',
  reference: '#542788',
} as const;

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1, 7), 16);
  return (
    0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255)
  );
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Black or white, whichever contrasts more with the background. */
export function textColourOn(background: string): '#000000' | '#ffffff' {
  return contrastRatio(background, '#000000') >= contrastRatio(background, '#ffffff')
    ? '#000000'
    : '#ffffff';
}
