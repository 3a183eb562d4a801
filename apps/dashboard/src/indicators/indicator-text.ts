import type { Locale } from '../format';
import type {
  IndicatorFrequency,
  Normalisation,
  TrendAssessment,
  TrendDirection,
} from '../gql/graphql';
import type { Messages } from '../i18n/messages-sv';

export interface NamedIndicator {
  name: string;
  nameEn: string;
}

export interface UnitIndicator {
  unit: string;
  normalisation: Normalisation;
  frequency: IndicatorFrequency;
}

export interface TrendInfo {
  direction: TrendDirection;
  significant: boolean;
  assessment: TrendAssessment;
  pValue: number;
  method: string;
  periods: number;
}

export function indicatorName(indicator: NamedIndicator, locale: Locale): string {
  return locale === 'en' ? indicator.nameEn : indicator.name;
}

/**
 * The unit in the interface language. The API gives it in Swedish only, so other languages get
 * one built from the normalisation and frequency.
 */
export function indicatorUnit(indicator: UnitIndicator, locale: Locale, t: Messages): string {
  if (locale === 'sv') return indicator.unit;
  if (indicator.normalisation === 'PER_1000_INHABITANTS') {
    return t.indicator.perThousand(t.indicator.perPeriod[indicator.frequency]);
  }
  if (indicator.normalisation === 'SHARE' || indicator.unit.startsWith('%'))
    return t.indicator.share;
  return indicator.unit;
}

/** The arrow shown for a trend: only for significant ones. */
export function trendArrow(trend: TrendInfo | null | undefined): 'up' | 'down' | null {
  if (!trend?.significant) return null;
  if (trend.direction === 'INCREASING') return 'up';
  if (trend.direction === 'DECREASING') return 'down';
  return null;
}

/** "ökar signifikant (försämring)", or that there is no significant trend. */
export function trendText(trend: TrendInfo | null | undefined, t: Messages): string {
  if (!trend) return t.trend.tooFew;
  if (!trend.significant || trend.direction === 'NO_TREND') return t.trend.notSignificant;
  return t.trend.significant(t.trend[trend.direction], t.trend[trend.assessment]);
}
