import { registerEnumType } from 'type-graphql';

export enum IndicatorFrequency {
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  YEAR = 'YEAR',
}

export enum IndicatorDirection {
  HIGHER_IS_BETTER = 'HIGHER_IS_BETTER',
  HIGHER_IS_WORSE = 'HIGHER_IS_WORSE',
}

/** How a value becomes comparable between districts of different size. */
export enum Normalisation {
  /** The value is a count; the rate is per 1 000 inhabitants. */
  PER_1000_INHABITANTS = 'PER_1000_INHABITANTS',
  /** The value is a share in per cent, optionally with its numerator and denominator. */
  SHARE = 'SHARE',
  /** The value is comparable as it is. */
  AS_IS = 'AS_IS',
}

export enum IndicatorCategory {
  POPULATION = 'POPULATION',
  CRIME = 'CRIME',
  FIRE = 'FIRE',
  INCIDENT_REPORTS = 'INCIDENT_REPORTS',
  PERCEIVED_SAFETY = 'PERCEIVED_SAFETY',
  SCHOOL = 'SCHOOL',
  LABOUR_MARKET = 'LABOUR_MARKET',
}

registerEnumType(IndicatorFrequency, { name: 'IndicatorFrequency' });
registerEnumType(IndicatorDirection, {
  name: 'IndicatorDirection',
  description: 'Whether a higher value is better or worse.',
});
registerEnumType(Normalisation, {
  name: 'Normalisation',
  description: 'How a value becomes comparable between districts of different size.',
});
registerEnumType(IndicatorCategory, { name: 'IndicatorCategory' });
