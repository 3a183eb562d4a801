import type { DemoDistrict } from '../districts';
import { createRandom, type Random } from '../random';
import { DEMO_INDICATORS, type DemoIndicator } from './indicator-catalogue';
import { monthIndex, monthLabel, quarterLabel, yearLabel } from './period-labels';
import { DEMO_STORYLINES } from './storylines';

/** One value of an indicator for a district and period, as an import file would carry it. */
export interface DemoObservation {
  indicator: string;
  district: string;
  period: string;
  value: number;
  numerator: number | null;
  denominator: number | null;
}

/** How each indicator behaves: level, seasonal swing and how much it follows area deprivation. */
interface Behaviour {
  /** Per 1 000 inhabitants and year, or the share in %, or the value as is. */
  level: number;
  /** Relative seasonal amplitude, and the month it peaks. */
  season?: [amplitude: number, peakMonth: number];
  /** Exponent on the district's deprivation factor (0: the same everywhere). */
  deprivation: number;
  /** Extra factor in the city centre. */
  centre?: number;
}

const BEHAVIOUR: Record<string, Behaviour> = {
  crime_total: { level: 100, season: [0.12, 7], deprivation: 0.8, centre: 1.8 },
  crime_violence: { level: 10, season: [0.2, 6], deprivation: 1.2, centre: 1.6 },
  crime_vandalism: { level: 12, season: [0.25, 5], deprivation: 1.1 },
  crime_narcotics: { level: 5, season: [0.1, 9], deprivation: 1.5, centre: 1.5 },
  crime_burglary: { level: 4, season: [0.3, 12], deprivation: 0.2 },
  crime_robbery: { level: 1.5, season: [0.15, 10], deprivation: 1.6, centre: 1.4 },
  crime_theft: { level: 30, season: [0.15, 8], deprivation: 0.4, centre: 2.5 },
  fires_arson: { level: 1.5, season: [0.35, 5], deprivation: 1.6 },
  fires_vehicle: { level: 1.0, season: [0.3, 7], deprivation: 2.2 },
  incidents_graffiti: { level: 30, season: [0.3, 6], deprivation: 0.9, centre: 1.5 },
  incidents_vandalism: { level: 18, season: [0.3, 6], deprivation: 1.0 },
  incidents_littering: { level: 24, season: [0.4, 7], deprivation: 0.6, centre: 1.6 },
  incidents_disorder: { level: 14, season: [0.25, 7], deprivation: 0.9, centre: 2.0 },
  insecurity_evening: { level: 22, deprivation: 0.5 },
  school_eligibility: { level: 90, deprivation: -0.12 },
  school_absence: { level: 2.2, season: [0.25, 2], deprivation: 0.7 },
  youth_unemployment: { level: 9, season: [0.1, 1], deprivation: 0.8 },
};

const EXPOSED = new Set(['1980R034', '1980R038', '1980R042', '1980R043', '1980R046', '1980R049']);
const CENTRE = new Set(['1980R001', '1980R018', '1980R039', '1980R047']);
const RURAL = new Set([
  '1980R005',
  '1980R016',
  '1980R017',
  '1980R019',
  '1980R027',
  '1980R032',
  '1980R035',
  '1980R036',
  '1980R037',
]);

export interface GenerateOptions {
  districts: DemoDistrict[];
  /** First month of data, e.g. `2020-01`. */
  fromMonth: string;
  /** Last complete month, e.g. `2026-10`; quarters and years end where they are complete. */
  untilMonth: string;
  seed?: number;
  indicators?: DemoIndicator[];
}

function poisson(random: Random, lambda: number): number {
  if (lambda <= 0) return 0;
  if (lambda > 40) {
    const u = 1 - random.number.float({ min: 0, max: 1 });
    const v = random.number.float({ min: 0, max: 1 });
    const normal = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * normal));
  }
  const limit = Math.exp(-lambda);
  let k = 0;
  let p = random.number.float({ min: 0, max: 1 });
  while (p > limit) {
    k++;
    p *= random.number.float({ min: 0, max: 1 });
  }
  return k;
}

interface DistrictProfile {
  deprivation: number;
  centre: boolean;
  /** Relative change per year, per indicator category of behaviour. */
  drift: number;
}

function profile(random: Random, code: string): DistrictProfile {
  const deprivation = EXPOSED.has(code)
    ? random.number.float({ min: 2.0, max: 2.7 })
    : RURAL.has(code)
      ? random.number.float({ min: 0.4, max: 0.6 })
      : Math.exp(random.number.float({ min: -0.35, max: 0.35 }));
  return {
    deprivation,
    centre: CENTRE.has(code),
    drift: random.number.float({ min: -0.06, max: 0.06 }),
  };
}

/** The storyline effect (a factor) on an indicator in a district at a month. */
function storylineFactor(indicator: string, district: string, month: number): number {
  let factor = 1;
  for (const story of DEMO_STORYLINES) {
    if (story.indicator !== indicator || story.district !== district) continue;
    const since = month - monthIndex(story.from);
    if (since < 0) continue;
    factor *= 1 + story.change * Math.min(1, (since + 1) / story.rampMonths);
  }
  return factor;
}

/** Population of a district in a year (the latest known year for later ones). */
function populationIn(district: DemoDistrict, year: number): number {
  const known = district.populations.filter((p) => p.year <= year);
  return (known.at(-1) ?? district.populations[0])?.population ?? 0;
}

/**
 * Synthetic observations for every indicator, district and complete period, deterministic for a
 * seed: counts drawn from Poisson distributions around a level that follows the district's
 * deprivation, the season, a slow drift of its own and the storylines; shares drawn as binomial
 * counts of the people they describe. Yields rows one at a time, so large datasets stream.
 */
export function* generateObservations(options: GenerateOptions): Generator<DemoObservation> {
  const random = createRandom(options.seed ?? 2026);
  const indicators = options.indicators ?? DEMO_INDICATORS;
  const first = monthIndex(options.fromMonth);
  const last = monthIndex(options.untilMonth);
  const profiles = options.districts.map((d) => profile(random, d.code));

  for (const indicator of indicators) {
    for (const [districtIndex, district] of options.districts.entries()) {
      const p = profiles[districtIndex] ?? profile(random, district.code);
      if (indicator.key === 'population') {
        for (const { year, population } of district.populations) {
          yield {
            indicator: 'population',
            district: district.code,
            period: yearLabel(year),
            value: population,
            numerator: null,
            denominator: null,
          };
        }
        continue;
      }
      const behaviour = BEHAVIOUR[indicator.key];
      if (!behaviour) continue;
      const monthsPer =
        indicator.frequency === 'MONTH' ? 1 : indicator.frequency === 'QUARTER' ? 3 : 12;
      const start = Math.ceil(first / monthsPer) * monthsPer;
      for (let m = start; m + monthsPer - 1 <= last; m += monthsPer) {
        const year = Math.floor(m / 12);
        const midMonth = m + (monthsPer - 1) / 2;
        const years = (midMonth - first) / 12;
        const seasonal =
          behaviour.season && monthsPer < 12
            ? 1 +
              behaviour.season[0] *
                Math.cos((2 * Math.PI * ((midMonth % 12) + 1 - behaviour.season[1])) / 12)
            : 1;
        const level =
          behaviour.level *
          Math.pow(p.deprivation, behaviour.deprivation) *
          (p.centre ? (behaviour.centre ?? 1) : 1) *
          Math.pow(1 + p.drift, years) *
          seasonal *
          storylineFactor(indicator.key, district.code, m + monthsPer - 1);
        const period =
          monthsPer === 1 ? monthLabel(m) : monthsPer === 3 ? quarterLabel(m) : yearLabel(year);
        const population = populationIn(district, year);
        if (indicator.normalisation === 'PER_1000_INHABITANTS') {
          const expected = (level * population) / 1000 / (12 / monthsPer);
          yield {
            indicator: indicator.key,
            district: district.code,
            period,
            value: poisson(random, expected),
            numerator: null,
            denominator: null,
          };
        } else if (indicator.normalisation === 'SHARE') {
          const base =
            indicator.key === 'youth_unemployment'
              ? 0.08
              : indicator.key === 'school_eligibility'
                ? 0.011
                : 0.02;
          const denominator = Math.max(6, Math.round(population * base));
          const share = Math.min(0.99, Math.max(0.01, level / 100));
          const numerator = Math.min(denominator, poisson(random, denominator * share));
          yield {
            indicator: indicator.key,
            district: district.code,
            period,
            value: Math.round((numerator / denominator) * 1000) / 10,
            numerator,
            denominator,
          };
        } else {
          const noise = 1 + random.number.float({ min: -0.08, max: 0.08 });
          yield {
            indicator: indicator.key,
            district: district.code,
            period,
            value: Math.round(level * noise * 100) / 100,
            numerator: null,
            denominator: null,
          };
        }
      }
    }
  }
}
