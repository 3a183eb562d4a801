import 'reflect-metadata';
import {
  DEMO_INDICATORS,
  DEMO_STORYLINES,
  VASTERAS,
  createRandom,
  generateObservations,
  readDistricts,
  type DemoIndicator,
  type DemoObservation,
  type Random,
} from '@lagesbild/demo-data';
import { ruleOf } from '../figures/indicator-series';
import { PopulationLookup } from '../figures/population-lookup';
import {
  IndicatorCategory,
  IndicatorDirection,
  IndicatorFrequency,
  Normalisation,
} from '../indicator/indicator-enums';
import { Indicator } from '../indicator/indicator.entity';
import type { WindowedRow } from '../observation/observation.service';
import { Period } from '@lagesbild/period';
import { ALPHA } from '../statistics/trend';
import { IndicatorCells } from './area-pool';
import { assessFollowUp } from './follow-up-assessment';
import { FollowUpEffect } from './follow-up.types';

/** The share of placebo tests that may come out significant at α = 0.05. */
const CALIBRATED = 0.06;

function indicatorOf(demo: DemoIndicator): Indicator {
  return Object.assign(new Indicator(), {
    id: demo.key,
    key: demo.key,
    category: IndicatorCategory[demo.category],
    frequency: IndicatorFrequency[demo.frequency],
    direction: IndicatorDirection[demo.direction],
    normalisation: Normalisation[demo.normalisation],
    suppressionThreshold: demo.suppressionThreshold,
    target: demo.target,
  });
}

/** Observations as the database returns them, and the populations, for one data set. */
class DataSet {
  readonly populations: PopulationLookup;
  private readonly rows = new Map<string, WindowedRow[]>();

  constructor(observations: Iterable<DemoObservation>) {
    const population: { districtCode: string; period: string; value: number }[] = [];
    for (const o of observations) {
      if (o.indicator === 'population') {
        population.push({ districtCode: o.district, period: o.period, value: o.value });
        continue;
      }
      const list = this.rows.get(o.indicator) ?? [];
      list.push({
        indicatorId: o.indicator,
        districtCode: o.district,
        period: o.period,
        value: o.value,
        numerator: o.numerator,
        denominator: o.denominator,
        provisional: false,
        synthetic: true,
      });
      this.rows.set(o.indicator, list);
    }
    this.populations = new PopulationLookup(population);
  }

  cells(indicator: Indicator): IndicatorCells {
    return new IndicatorCells(
      ruleOf(indicator),
      this.rows.get(indicator.key) ?? [],
      this.populations,
    );
  }

  latest(indicator: Indicator): Period {
    const periods = (this.rows.get(indicator.key) ?? []).map((r) => Period.parse(r.period));
    return periods.reduce((a, b) => (b.start > a.start ? b : a));
  }
}

interface Tally {
  tests: number;
  tested: number;
  significant: number;
  diverging: number;
  byIndicator: Map<string, { tests: number; significant: number }>;
}

function tally(): Tally {
  return { tests: 0, tested: 0, significant: 0, diverging: 0, byIndicator: new Map() };
}

/** A start date between two months, on the first of the month. */
function startBetween(random: Random, from: string, to: string): string {
  const index = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
  const m = random.number.int({ min: index(from), max: index(to) });
  return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-01`;
}

/** Runs one follow-up of `district` from `startDate` and adds its verdict to the tally. */
function follow(
  tallyOf: Tally,
  data: DataSet,
  indicator: Indicator,
  cells: IndicatorCells,
  district: string,
  startDate: string,
): FollowUpEffect {
  const all = data.populations.districts();
  const progress = assessFollowUp({
    indicator,
    request: {
      id: 'p',
      indicatorKey: indicator.key,
      districtCodes: [district],
      startDate,
      baseline: null,
      target: 0,
    },
    cells,
    targetDistricts: [district],
    restDistricts: all.filter((code) => code !== district),
    latestFinal: data.latest(indicator),
  });
  const significant =
    progress.effect === FollowUpEffect.BETTER_THAN_REST ||
    progress.effect === FollowUpEffect.WORSE_THAN_REST;
  if (significant) expect(progress.pValue!).toBeLessThan(ALPHA);
  tallyOf.tests++;
  if (progress.pValue !== null) tallyOf.tested++;
  if (significant) tallyOf.significant++;
  if (progress.effect === FollowUpEffect.PRE_TRENDS_DIVERGE) tallyOf.diverging++;
  const own = tallyOf.byIndicator.get(indicator.key) ?? { tests: 0, significant: 0 };
  own.tests++;
  if (significant) own.significant++;
  tallyOf.byIndicator.set(indicator.key, own);
  return progress.effect;
}

function report(name: string, t: Tally): string {
  const per = [...t.byIndicator].map(([key, v]) => `${key} ${v.significant}/${v.tests}`).join(', ');
  return `${name}: ${t.significant} of ${t.tests} placebo tests significant (${((100 * t.significant) / t.tests).toFixed(1)} %); ${t.significant} of the ${t.tested} that reached the test (${((100 * t.significant) / Math.max(1, t.tested)).toFixed(1)} %); ${t.diverging} with diverging pre-trends. ${per}`;
}

/** The demo's count indicators: counts per 1 000 inhabitants and shares with numerators. */
const COUNTED = DEMO_INDICATORS.filter(
  (i) => i.normalisation === 'PER_1000_INHABITANTS' || i.normalisation === 'SHARE',
).map(indicatorOf);

describe('the effect test is calibrated: placebo start dates find effects no more often than α', () => {
  it('on the Västerås demo data (every count indicator, every district without a storyline)', () => {
    const data = new DataSet(
      generateObservations({
        districts: readDistricts(VASTERAS),
        fromMonth: VASTERAS.observationMonths.from,
        untilMonth: VASTERAS.observationMonths.until,
      }),
    );
    const random = createRandom(15);
    const result = tally();
    for (const indicator of COUNTED) {
      const cells = data.cells(indicator);
      for (const district of data.populations.districts()) {
        // A storyline is a real change: following it is no placebo.
        if (DEMO_STORYLINES.some((s) => s.district === district && s.indicator === indicator.key)) {
          continue;
        }
        // Starts that leave three years of figures before them and a year after.
        follow(
          result,
          data,
          indicator,
          cells,
          district,
          startBetween(random, '2023-04', '2025-09'),
        );
      }
    }
    process.stdout.write(`${report('Demo data', result)}\n`);
    expect(result.tests).toBeGreaterThan(500);
    // Most demo districts are small: many periods hide a target cell (about a third of the
    // placebo tests reach the test once secondary suppression hides cells in population order).
    expect(result.tested).toBeGreaterThan(result.tests * 0.3);
    expect(result.significant / result.tests).toBeLessThanOrEqual(CALIBRATED);
    expect(result.significant / result.tested).toBeLessThanOrEqual(CALIBRATED);
  });
});

/** A Poisson draw, exact at any mean: a sum of draws of at most 30 each (Knuth's method). */
function poisson(random: Random, mean: number): number {
  let total = 0;
  for (let left = mean; left > 0; left -= 30) {
    const limit = Math.exp(-Math.min(30, left));
    let p = random.number.float({ min: 0, max: 1 });
    while (p > limit) {
      total++;
      p *= random.number.float({ min: 0, max: 1 });
    }
  }
  return total;
}

/** A standard normal draw (Box–Muller). */
function normal(random: Random): number {
  const u = 1 - random.number.float({ min: 0, max: 1 });
  return (
    Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.number.float({ min: 0, max: 1 }))
  );
}

const QUARTERLY: DemoIndicator = {
  ...DEMO_INDICATORS.find((i) => i.key === 'crime_violence')!,
  key: 'random_counts',
};

const LARGE = '0000R001';

interface Planted {
  district: string;
  /** The first quarter of the change, e.g. 2024-Q3, and the factor from then on. */
  from: string;
  factor: number;
}

/**
 * Random quarterly counts for 40 districts, 2019-Q1 to 2026-Q2: district levels from 3 to 40 per
 * 1 000 and year, a season and a trend common to all, and extra-Poisson scatter (a log-normal
 * factor per cell, σ = 0.2) — no district-specific drift, and no effect but the planted one.
 */
function randomData(seed: number, planted: Planted | null): DataSet {
  const random = createRandom(seed);
  const rows: DemoObservation[] = [];
  const districts = Array.from({ length: 40 }, (_, i) => `0000R${String(i + 1).padStart(3, '0')}`);
  for (const district of districts) {
    // The first district is a large one (about 70 events a quarter), for the planted effects.
    const large = district === LARGE;
    const population = large ? 9000 : random.number.int({ min: 800, max: 9000 });
    const level = large
      ? 30
      : Math.exp(random.number.float({ min: Math.log(3), max: Math.log(40) }));
    for (let year = 2019; year <= 2026; year++) {
      rows.push({
        indicator: 'population',
        district,
        period: String(year),
        value: population,
        numerator: null,
        denominator: null,
      });
      for (let quarter = 1; quarter <= (year === 2026 ? 2 : 4); quarter++) {
        const period = `${year}-Q${quarter}`;
        const season = 1 + 0.2 * Math.cos((2 * Math.PI * quarter) / 4);
        const trend = Math.pow(0.97, year - 2019);
        const effect =
          planted && planted.district === district && period >= planted.from ? planted.factor : 1;
        const scatter = Math.exp(0.2 * normal(random) - 0.02);
        const mean = ((level * population) / 1000 / 4) * season * trend * effect * scatter;
        rows.push({
          indicator: QUARTERLY.key,
          district,
          period,
          value: poisson(random, mean),
          numerator: null,
          denominator: null,
        });
      }
    }
  }
  return new DataSet(rows);
}

describe('the effect test on random data', () => {
  const indicator = indicatorOf(QUARTERLY);

  it('is calibrated on overdispersed counts with no effect', () => {
    const result = tally();
    for (let seed = 1; seed <= 6; seed++) {
      const data = randomData(seed, null);
      const cells = data.cells(indicator);
      const random = createRandom(100 + seed);
      for (const district of data.populations.districts()) {
        follow(
          result,
          data,
          indicator,
          cells,
          district,
          startBetween(random, '2022-04', '2025-06'),
        );
      }
    }
    process.stdout.write(`${report('Random data', result)}\n`);
    expect(result.tests).toBe(240);
    expect(result.tested).toBeGreaterThan(120);
    expect(result.significant / result.tested).toBeLessThanOrEqual(CALIBRATED);
  });

  it('finds a planted halving and doubling, read against the direction', () => {
    const found = { better: 0, worse: 0, tested: 0 };
    for (let seed = 1; seed <= 6; seed++) {
      for (const [factor, key] of [
        [0.5, 'better'],
        [2, 'worse'],
      ] as const) {
        // In the large district, so that no suppressed quarter hides the change.
        const data = randomData(seed, { district: LARGE, from: '2024-Q3', factor });
        const probe = tally();
        const effect = follow(probe, data, indicator, data.cells(indicator), LARGE, '2024-07-01');
        if (probe.tested === 0) continue;
        found.tested++;
        if (
          effect ===
          (key === 'better' ? FollowUpEffect.BETTER_THAN_REST : FollowUpEffect.WORSE_THAN_REST)
        ) {
          found[key]++;
        }
      }
    }
    process.stdout.write(
      `Planted effects: ${found.better + found.worse} of ${found.tested} found\n`,
    );
    expect(found.tested).toBeGreaterThanOrEqual(8);
    expect(found.better + found.worse).toBeGreaterThanOrEqual(Math.ceil(0.75 * found.tested));
  });
});

describe('the effect test on the demo storylines', () => {
  it('finds the planted changes it can test, in the right direction', () => {
    const data = new DataSet(
      generateObservations({
        districts: readDistricts(VASTERAS),
        fromMonth: VASTERAS.observationMonths.from,
        untilMonth: VASTERAS.observationMonths.until,
      }),
    );
    const outcomes = DEMO_STORYLINES.map((story) => {
      const indicator = COUNTED.find((i) => i.key === story.indicator)!;
      const result = tally();
      const effect = follow(
        result,
        data,
        indicator,
        data.cells(indicator),
        story.district,
        `${story.from}-01`,
      );
      return { story, effect, tested: result.tested > 0 };
    });
    process.stdout.write(
      `Storylines: ${outcomes.map((o) => `${o.story.indicator} ${o.story.district} ${o.effect}`).join(', ')}\n`,
    );
    const violence = outcomes.find((o) => o.story.indicator === 'crime_violence')!;
    expect(violence.effect).toBe(FollowUpEffect.BETTER_THAN_REST);
    for (const { story, effect, tested } of outcomes) {
      if (!tested) continue;
      // A verdict on a planted change never points the wrong way.
      const worse = story.change > 0 === (story.indicator !== 'school_eligibility');
      expect(effect).not.toBe(
        worse ? FollowUpEffect.BETTER_THAN_REST : FollowUpEffect.WORSE_THAN_REST,
      );
    }
  });
});
