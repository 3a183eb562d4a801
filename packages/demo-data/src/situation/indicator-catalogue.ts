export type IndicatorFrequency = 'MONTH' | 'QUARTER' | 'YEAR';
export type IndicatorDirection = 'HIGHER_IS_BETTER' | 'HIGHER_IS_WORSE';
export type Normalisation = 'PER_1000_INHABITANTS' | 'SHARE' | 'AS_IS';
export type IndicatorCategory =
  | 'POPULATION'
  | 'CRIME'
  | 'FIRE'
  | 'INCIDENT_REPORTS'
  | 'PERCEIVED_SAFETY'
  | 'SCHOOL'
  | 'LABOUR_MARKET';

export interface DemoIndicator {
  key: string;
  nameSv: string;
  nameEn: string;
  description: string;
  unit: string;
  source: string;
  category: IndicatorCategory;
  frequency: IndicatorFrequency;
  direction: IndicatorDirection;
  normalisation: Normalisation;
  /** In the indicator's rate unit; null when the council has set none. */
  target: number | null;
  suppressionThreshold: number;
  /** Kolada KPI that gives this indicator's municipal reference line, and the factor to its unit. */
  koladaKpi: string | null;
  koladaFactor: number | null;
}

const PER_PERIOD: Record<IndicatorFrequency, string> = {
  MONTH: 'månad',
  QUARTER: 'kvartal',
  YEAR: 'år',
};

/** Crimes are rare in a district of a few thousand people: most are counted per quarter. */
const crime = (
  key: string,
  nameSv: string,
  nameEn: string,
  frequency: IndicatorFrequency,
  target: number | null = null,
  kolada: [string, number] | null = null,
): DemoIndicator => ({
  key,
  nameSv,
  nameEn,
  description: `${nameSv}: anmälda brott per 1 000 invånare och ${PER_PERIOD[frequency]} i området.`,
  unit: `per 1 000 invånare och ${PER_PERIOD[frequency]}`,
  source: 'Polisen, lokalpolisområde Västerås (via samverkansavtalet)',
  category: 'CRIME',
  frequency,
  direction: 'HIGHER_IS_WORSE',
  normalisation: 'PER_1000_INHABITANTS',
  target,
  suppressionThreshold: 5,
  koladaKpi: kolada?.[0] ?? null,
  koladaFactor: kolada?.[1] ?? null,
});

const incidents = (key: string, nameSv: string, nameEn: string): DemoIndicator => ({
  key,
  nameSv,
  nameEn,
  description: `${nameSv}: platsbaserade händelserapporter (inga personuppgifter) per 1 000 invånare och månad.`,
  unit: 'rapporter per 1 000 invånare och månad',
  source: 'Västerås stad, veckovis händelserapportering',
  category: 'INCIDENT_REPORTS',
  frequency: 'MONTH',
  direction: 'HIGHER_IS_WORSE',
  normalisation: 'PER_1000_INHABITANTS',
  target: null,
  suppressionThreshold: 5,
  koladaKpi: null,
  koladaFactor: null,
});

/** Kolada reports crimes per 100 000 inhabitants and year; these indicators count per 1 000 and month or quarter. */
const PER_100K_YEAR_TO_PER_1000_MONTH = 1 / 100 / 12;
const PER_100K_YEAR_TO_PER_1000_QUARTER = 1 / 100 / 4;

/** The indicators of the demo lägesbild (PRODUCT.md, "Demo data"). */
export const DEMO_INDICATORS: DemoIndicator[] = [
  {
    key: 'population',
    nameSv: 'Folkmängd',
    nameEn: 'Population',
    description:
      'Antal invånare i området den 31 december; nämnaren för alla tal per 1 000 invånare.',
    unit: 'invånare',
    source: 'SCB (syntetiska demovärden)',
    category: 'POPULATION',
    frequency: 'YEAR',
    direction: 'HIGHER_IS_BETTER',
    normalisation: 'AS_IS',
    target: null,
    suppressionThreshold: 5,
    koladaKpi: null,
    koladaFactor: null,
  },
  crime('crime_total', 'Anmälda brott totalt', 'Reported crimes, total', 'MONTH', 8.5, [
    'N07540',
    PER_100K_YEAR_TO_PER_1000_MONTH,
  ]),
  crime('crime_violence', 'Våldsbrott', 'Violent crimes', 'QUARTER', 2.4, [
    'N07403',
    PER_100K_YEAR_TO_PER_1000_QUARTER,
  ]),
  crime('crime_vandalism', 'Skadegörelsebrott', 'Criminal damage', 'QUARTER', null, [
    'U07452',
    1 / 4,
  ]),
  crime('crime_narcotics', 'Narkotikabrott', 'Drug offences', 'QUARTER'),
  crime('crime_burglary', 'Bostadsinbrott', 'Residential burglary', 'QUARTER', 0.5),
  crime('crime_robbery', 'Rån', 'Robbery', 'QUARTER'),
  crime('crime_theft', 'Stöld och tillgrepp', 'Theft', 'MONTH'),
  {
    ...crime('fires_arson', 'Anlagda bränder', 'Arson', 'QUARTER'),
    description: 'Anlagda bränder i byggnader och det fria per 1 000 invånare och kvartal.',
    source: 'Mälardalens brand- och räddningsförbund',
    category: 'FIRE',
  },
  {
    ...crime('fires_vehicle', 'Fordonsbränder', 'Vehicle fires', 'QUARTER'),
    description: 'Anlagda bränder i fordon per 1 000 invånare och kvartal.',
    source: 'Mälardalens brand- och räddningsförbund',
    category: 'FIRE',
  },
  incidents('incidents_graffiti', 'Klotter', 'Graffiti'),
  incidents('incidents_vandalism', 'Skadegörelse på offentlig plats', 'Vandalism in public places'),
  incidents('incidents_littering', 'Nedskräpning', 'Littering'),
  incidents('incidents_disorder', 'Ordningsstörning', 'Public disorder'),
  {
    key: 'insecurity_evening',
    nameSv: 'Otrygghet utomhus kvällstid',
    nameEn: 'Feeling unsafe outdoors in the evening',
    description:
      'Andel svarande i medborgarundersökningen som känner sig otrygga ute sent en kväll i sitt område.',
    unit: '% av svarande',
    source: 'Västerås stad, medborgarundersökning',
    category: 'PERCEIVED_SAFETY',
    frequency: 'YEAR',
    direction: 'HIGHER_IS_WORSE',
    normalisation: 'SHARE',
    target: 20,
    suppressionThreshold: 5,
    koladaKpi: null,
    koladaFactor: null,
  },
  {
    key: 'school_eligibility',
    nameSv: 'Behörighet till gymnasieskolan',
    nameEn: 'Eligibility for upper secondary school',
    description:
      'Andel elever i årskurs 9, folkbokförda i området, som är behöriga till yrkesprogram.',
    unit: '% av elever i åk 9',
    source: 'Västerås stad, grundskoleförvaltningen',
    category: 'SCHOOL',
    frequency: 'YEAR',
    direction: 'HIGHER_IS_BETTER',
    normalisation: 'SHARE',
    target: 90,
    suppressionThreshold: 5,
    koladaKpi: null,
    koladaFactor: null,
  },
  {
    key: 'school_absence',
    nameSv: 'Ogiltig frånvaro i grundskolan',
    nameEn: 'Unauthorised school absence',
    description: 'Ogiltig frånvaro som andel av undervisningstiden, elever folkbokförda i området.',
    unit: '% av undervisningstid',
    source: 'Västerås stad, grundskoleförvaltningen',
    category: 'SCHOOL',
    frequency: 'QUARTER',
    direction: 'HIGHER_IS_WORSE',
    normalisation: 'AS_IS',
    target: 1.5,
    suppressionThreshold: 5,
    koladaKpi: null,
    koladaFactor: null,
  },
  {
    key: 'youth_unemployment',
    nameSv: 'Ungdomsarbetslöshet 18–24 år',
    nameEn: 'Youth unemployment, 18–24',
    description:
      'Andel av invånarna 18–24 år som är öppet arbetslösa eller i program med aktivitetsstöd.',
    unit: '% av invånare 18–24 år',
    source: 'Arbetsförmedlingen (syntetiska demovärden)',
    category: 'LABOUR_MARKET',
    frequency: 'QUARTER',
    direction: 'HIGHER_IS_WORSE',
    normalisation: 'SHARE',
    target: 10,
    suppressionThreshold: 5,
    koladaKpi: null,
    koladaFactor: null,
  },
];
