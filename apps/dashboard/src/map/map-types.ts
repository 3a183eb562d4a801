/** What the map needs to know about one district; the page works it out from the API's data. */
export interface MapDistrict {
  code: string;
  name: string;
  /** The value the colour is chosen by; null when suppressed or missing. */
  value: number | null;
  status: 'value' | 'suppressed' | 'missing';
  /** The value as shown on the map, e.g. "12,35" or "+25 %". */
  display: string;
  /** What a screen reader hears for the value: with its unit, or "suppressed". */
  spokenValue: string;
  /** A significant trend, shown as an arrow beside the colour. */
  trend: 'up' | 'down' | null;
  /** What a screen reader hears about the trend. */
  spokenTrend: string;
  /** GeoJSON in WGS 84, when boundaries are loaded. */
  boundary: string | null;
}

/** The symbols that are the second cue beside colour. */
export const TREND_SYMBOL = { up: '▲', down: '▼' } as const;
