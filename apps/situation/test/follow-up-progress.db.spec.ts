import { openDatabase } from '@lagesbild/db';
import { postGraphQL } from '@lagesbild/test-kit';
import { DEMO_INDICATORS, DEMO_STORYLINES, demoInterventions } from '@lagesbild/demo-data';
import {
  IndicatorCategory,
  IndicatorDirection,
  IndicatorFrequency,
  Normalisation,
} from '../src/indicator/indicator-enums';
import { Indicator } from '../src/indicator/indicator.entity';
import { situationApp } from '../src/situation-app';
import { analyst, startSituationFixture, type SituationFixture } from './situation-fixture';

const DISTRICTS = ['1980R001', '1980R002', '1980R003', '1980R004'];
const POPULATION = [1000, 2000, 3000, 4000];

/**
 * Violent crimes X per quarter in R001–R004. With target districts R001 + R002 (3 000 people)
 * and the rest R003 + R004 (7 000):
 * - from 2021-Q3 to 2024-Q2 (the three years before a start on 2024-09-01, read by the
 *   parallel-trends check) the target area has 30 a quarter and the rest 49, except in 2023-Q1;
 *   the baseline year 2023-Q3–2024-Q2 pools 120 among 12 000 person-quarters for the target,
 *   10 per 1 000 (not 11.25, the mean of R001's 15 and R002's 7.5); the rest 196 among 28 000, 7;
 * - in 2025 (the latest final year) the target area has 18 a quarter: 72, 6 per 1 000; the rest
 *   196 again, 7 per 1 000.
 * 2023-Q1 holds a small count: R003's 3 is suppressed and R001's 8 with it (secondary
 * suppression takes the smallest population first, until the hidden cells add up to twice the
 * threshold).
 */
const STEADY = [15, 15, 21, 28];
const COUNTS: Record<string, number[]> = {
  '2021-Q3': STEADY,
  '2021-Q4': STEADY,
  '2022-Q1': STEADY,
  '2022-Q2': STEADY,
  '2022-Q3': STEADY,
  '2022-Q4': STEADY,
  '2023-Q1': [8, 20, 3, 30],
  '2023-Q2': STEADY,
  '2023-Q3': STEADY,
  '2023-Q4': STEADY,
  '2024-Q1': STEADY,
  '2024-Q2': STEADY,
  '2024-Q3': [10, 10, 10, 10],
  '2024-Q4': [10, 10, 10, 10],
  '2025-Q1': [6, 12, 21, 28],
  '2025-Q2': [6, 12, 21, 28],
  '2025-Q3': [6, 12, 21, 28],
  '2025-Q4': [6, 12, 21, 28],
};

/**
 * Drifting crimes D: R001 rises by 2 a quarter from 8 in 2021-Q3 while R002–R004 stay at 20, 30
 * and 40: before any start in 2024 the target R001 and the rest do not move in parallel.
 */
const DRIFTING: Record<string, number[]> = Object.fromEntries(
  Object.keys(COUNTS).map((quarter, i) => [quarter, [8 + 2 * i, 20, 30, 40]]),
);

/** Perceived insecurity in per cent, a value as is (no counts behind it). */
const INSECURITY: Record<string, number[]> = {
  '2023': [30, 30, 20, 20],
  '2024': [28, 28, 20, 20],
  '2025': [24, 27, 21, 21],
};

function csv(): string {
  const lines = ['indicator,district,period,value,provisional'];
  DISTRICTS.forEach((d, i) => lines.push(`population,${d},2023,${POPULATION[i]},`));
  for (const [key, table] of [
    ['crime_x', COUNTS],
    ['crime_d', DRIFTING],
  ] as const) {
    for (const [quarter, counts] of Object.entries(table)) {
      counts.forEach((count, i) => lines.push(`${key},${DISTRICTS[i]},${quarter},${count},`));
    }
  }
  // Preliminary figures for the next quarter: the latest window still ends with 2025-Q4.
  DISTRICTS.forEach((d) => lines.push(`crime_x,${d},2026-Q1,50,true`));
  for (const [year, values] of Object.entries(INSECURITY)) {
    values.forEach((value, i) => lines.push(`insecurity_z,${DISTRICTS[i]},${year},${value},`));
  }
  return lines.join('\n');
}

interface Window {
  firstPeriod: string;
  lastPeriod: string;
  targetAreaRate: number | null;
  restRate: number | null;
  targetAreaWithheld: boolean;
  restWithheld: boolean;
}

interface PreTrend {
  firstPeriod: string;
  lastPeriod: string;
  periods: number;
  relativeChangePerYear: number;
  pValue: number;
  diverges: boolean;
}

interface Progress {
  baselineWindow: Window;
  latestWindow: Window | null;
  target: number;
  baseline: number | null;
  baselineSource: string | null;
  targetAreaChange: number | null;
  restChange: number | null;
  differenceInDifferences: number | null;
  ratioOfRateRatios: number | null;
  ratioLower: number | null;
  ratioUpper: number | null;
  pValue: number | null;
  preTrend: PreTrend | null;
  dispersion: number | null;
  testedPeriods: number | null;
  windowPeriods: number;
  movement: string;
  targetReached: boolean | null;
  effect: string;
  method: string;
  note: string;
  synthetic: boolean;
}

interface Representation {
  id: string;
  indicatorKey: unknown;
  districtCodes: unknown;
  startDate: unknown;
  baseline: unknown;
  target: unknown;
}

const WINDOW = 'firstPeriod lastPeriod targetAreaRate restRate targetAreaWithheld restWithheld';
const ENTITIES = `query($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on FollowUpIndicator { id indicatorKey progress {
      baselineWindow { ${WINDOW} } latestWindow { ${WINDOW} }
      target baseline baselineSource targetAreaChange restChange differenceInDifferences
      ratioOfRateRatios ratioLower ratioUpper pValue movement targetReached effect method note synthetic
      preTrend { firstPeriod lastPeriod periods relativeChangePerYear pValue diverges }
      dispersion testedPeriods windowPeriods
    } } } }`;

const followUp = (fields: Partial<Representation> = {}): Representation => ({
  id: 'f1',
  indicatorKey: 'crime_x',
  districtCodes: ['1980R001', '1980R002'],
  startDate: '2024-09-01',
  baseline: null,
  target: 7,
  ...fields,
});

async function entities(fixture: SituationFixture, token: string, list: Representation[]) {
  return postGraphQL<{ _entities: ({ id: string; progress: Progress } | null)[] }>(
    fixture.url,
    ENTITIES,
    {
      token,
      variables: {
        representations: list.map((r) => ({ __typename: 'FollowUpIndicator', ...r })),
      },
    },
  );
}

describe('follow-up progress, worked out by hand', () => {
  let fixture: SituationFixture;
  let token: string;

  const progressOf = async (fields: Partial<Representation> = {}): Promise<Progress> => {
    const response = await entities(fixture, token, [followUp(fields)]);
    expect(response.errors).toBeUndefined();
    return response.data!._entities[0]!.progress;
  };

  beforeAll(async () => {
    fixture = await startSituationFixture(false);
    token = await fixture.tokenFor(analyst);
    const dataSource = await openDatabase(
      situationApp.createDataSource(fixture.database.url),
      fixture.database.url,
    );
    await dataSource.getRepository(Indicator).insert({
      key: 'crime_d',
      name: 'Brott D',
      nameEn: 'Crimes D',
      description: 'Brott D',
      unit: 'per 1 000 invånare och kvartal',
      source: 'test',
      category: IndicatorCategory.CRIME,
      frequency: IndicatorFrequency.QUARTER,
      direction: IndicatorDirection.HIGHER_IS_WORSE,
      normalisation: Normalisation.PER_1000_INHABITANTS,
    });
    await dataSource.destroy();
    const response = await postGraphQL<{ importObservations: { ok: boolean } }>(
      fixture.url,
      'mutation($c: String!) { importObservations(format: CSV, content: $c) { ok problems { row message } } }',
      { token, variables: { c: csv() } },
    );
    expect(response.data!.importObservations.ok).toBe(true);
  });

  afterAll(() => fixture?.stop());

  it('pools the windows, checks the trends before the start, and tests the difference', async () => {
    const progress = await progressOf();
    // The four quarters ending before 2024-09-01, and the four ending with 2025-Q4, the latest
    // final quarter (2026-Q1 is provisional).
    expect(progress.baselineWindow).toMatchObject({
      firstPeriod: '2023-Q3',
      lastPeriod: '2024-Q2',
      targetAreaWithheld: false,
      restWithheld: false,
    });
    expect(progress.latestWindow).toMatchObject({ firstPeriod: '2025-Q1', lastPeriod: '2025-Q4' });
    expect(progress.baselineWindow.targetAreaRate).toBeCloseTo(10, 10);
    expect(progress.baselineWindow.restRate).toBeCloseTo(7, 10);
    expect(progress.latestWindow!.targetAreaRate).toBeCloseTo(6, 10);
    expect(progress.latestWindow!.restRate).toBeCloseTo(7, 10);
    // (6 − 10) − (7 − 7) = −4 per 1 000 and quarter.
    expect(progress.targetAreaChange).toBeCloseTo(-4, 10);
    expect(progress.restChange).toBeCloseTo(0, 10);
    expect(progress.differenceInDifferences).toBeCloseTo(-4, 10);
    // Parallel trends: 2021-Q3–2024-Q2 less the suppressed 2023-Q1 leaves 11 quarters, each with
    // the ratio (30/3 000)/(49/7 000) = 10/7: slope 0, p = 1, no scatter (φ = 1, 10 degrees of
    // freedom).
    expect(progress.preTrend).toEqual({
      firstPeriod: '2021-Q3',
      lastPeriod: '2024-Q2',
      periods: 11,
      relativeChangePerYear: expect.closeTo(0, 10),
      pValue: expect.closeTo(1, 10),
      diverges: false,
    });
    expect(progress.dispersion).toBe(1);
    expect(progress.testedPeriods).toBe(8);
    expect(progress.windowPeriods).toBe(8);
    // ln((6/10)/(7/7)) = −0.51083. Poisson variance 1/120 + 1/72 + 1/196 + 1/196 = 0.032426, plus
    // the drift the check cannot rule out over the 1.5 years between the windows' middles:
    // weights 1/(1/30 + 1/49) = 18.608, Σ w (x − x̄)² = 18.608 × 8.9205 = 165.99, slope SE
    // √(1/165.99) = 0.077618, (1.5 × 0.077618)² = 0.013555. SE = √0.045981 = 0.21443;
    // t = −2.3822 on 10 degrees of freedom, p = 0.0385; interval exp(−0.51083 ± 2.2281 × 0.21443).
    expect(progress.ratioOfRateRatios).toBeCloseTo(0.6, 10);
    expect(progress.pValue).toBeCloseTo(0.03847, 4);
    expect(progress.ratioLower).toBeCloseTo(0.3721, 4);
    expect(progress.ratioUpper).toBeCloseTo(0.9675, 4);
    // Lower is better for crime: fewer than the rest, and not by chance.
    expect(progress.effect).toBe('BETTER_THAN_REST');
    // No stated baseline: the measured 10, short of the target 7; it fell to 6, below the target.
    expect(progress).toMatchObject({
      target: 7,
      baseline: 10,
      baselineSource: 'MEASURED',
      movement: 'TOWARD_TARGET',
      targetReached: true,
      synthetic: false,
    });
    expect(progress.method).toContain('quasi-Poisson');
    expect(progress.method).toContain('parallel trends checked first');
    expect(progress.note).toBe(
      'In the target districts the rate went from 10.00 to 6.00, in the rest of the municipality from 7.00 to 7.00: a difference in differences of −4.00. That is better than in the rest of the municipality (lower is better here) and unlikely to be chance (p = 0.038).',
    );
  });

  it('claims no effect when the trends before the start diverge', async () => {
    // R001 rises by 2 a quarter from 8 while the rest stays put: its ratio to the rest grows
    // steadily over 2021-Q3–2024-Q2, and the fall-off after the start says nothing.
    const progress = await progressOf({ indicatorKey: 'crime_d', districtCodes: ['1980R001'] });
    expect(progress.effect).toBe('PRE_TRENDS_DIVERGE');
    expect(progress.preTrend).toMatchObject({
      firstPeriod: '2021-Q3',
      lastPeriod: '2024-Q2',
      periods: 12,
      diverges: true,
    });
    expect(progress.preTrend!.pValue).toBeLessThan(0.001);
    expect(progress.preTrend!.relativeChangePerYear).toBeGreaterThan(0.2);
    expect(progress).toMatchObject({ pValue: null, ratioOfRateRatios: null, dispersion: null });
    expect(progress.note).toContain(
      'Before the start the target districts and the rest of the municipality did not move in parallel: over 2021-Q3–2024-Q2 the target rose by',
    );
    expect(progress.note).toContain('so no effect is claimed');
  });

  it('measures the movement from the council’s baseline when it states one', async () => {
    // Stated baseline 5, target 4: the latest 6 is 2 from the target, the baseline only 1.
    const progress = await progressOf({ baseline: 5, target: 4 });
    expect(progress).toMatchObject({
      baseline: 5,
      baselineSource: 'STATED',
      movement: 'AWAY_FROM_TARGET',
      targetReached: false,
      effect: 'BETTER_THAN_REST',
    });
  });

  it('says it is too early while the latest year reaches back before the start', async () => {
    // Start 2025-03-01: baseline 2024-Q1–2024-Q4; the latest year begins 2025-01-01.
    const progress = await progressOf({ startDate: '2025-03-01' });
    expect(progress.baselineWindow).toMatchObject({
      firstPeriod: '2024-Q1',
      lastPeriod: '2024-Q4',
    });
    expect(progress.effect).toBe('TOO_EARLY');
    expect(progress.pValue).toBeNull();
    expect(progress.note).toContain('Too early to tell');
    expect(progress.note).toContain('2025-Q1–2025-Q4');
  });

  it('withholds a pooled figure over a suppressed cell, and tests over the published quarters', async () => {
    // Start 2024-03-01: the baseline 2023-Q1–2023-Q4 pools R001's and R003's suppressed 2023-Q1,
    // so neither window figure is published.
    const progress = await progressOf({ startDate: '2024-03-01' });
    expect(progress.baselineWindow).toEqual({
      firstPeriod: '2023-Q1',
      lastPeriod: '2023-Q4',
      targetAreaRate: null,
      restRate: null,
      targetAreaWithheld: true,
      restWithheld: true,
    });
    expect(progress.latestWindow!.targetAreaRate).toBeCloseTo(6, 10);
    expect(progress).toMatchObject({
      baseline: null,
      baselineSource: null,
      movement: 'UNKNOWN',
      targetAreaChange: null,
      differenceInDifferences: null,
    });
    // The test leaves out 2023-Q1 and uses the 7 other quarters, every figure of which is
    // published: 2023-Q2–Q4 give the target 90 among 9 000 (10), the rest 147 among 21 000 (7);
    // 2025 as before. ln 0.6 = −0.51083; Poisson variance 1/90 + 1/72 + 1/147 + 1/196 = 0.036905;
    // nine pre-trend quarters with the ratio 10/7 (2021-Q3–2023-Q4 less 2023-Q1), Σ w (x − x̄)² =
    // 18.608 × 5, slope SE 0.10367, over the 2 years between the windows (2 × 0.10367)² = 0.042993;
    // SE 0.28266, t = −1.8072 on 8 degrees of freedom: p = 0.108, within chance.
    expect(progress.testedPeriods).toBe(7);
    expect(progress.windowPeriods).toBe(8);
    expect(progress.preTrend).toMatchObject({ periods: 9, diverges: false });
    expect(progress.ratioOfRateRatios).toBeCloseTo(0.6, 10);
    expect(progress.pValue).toBeCloseTo(0.1084, 4);
    expect(progress.effect).toBe('NO_CLEAR_DIFFERENCE');
    expect(progress.note).toBe(
      'Tested over the 7 of 8 periods of the baseline and latest year whose figures are published: the target’s figure relative to the rest changed by a factor of 0.60. That could be chance (p = 0.108): no clear difference from the rest of the municipality.',
    );
  });

  it('publishes the rest when it is the municipal figure less published target cells', async () => {
    // Target R002 + R004, all published; the rest R001 + R003 pools the suppressed cells, but it
    // is the published municipal total (61 + 3 × 79 = 298 events in 2023) less the target's
    // published 179: 119 among 16 000 person-quarters, 7.4375. The target: 179 among 24 000.
    const progress = await progressOf({
      districtCodes: ['1980R002', '1980R004'],
      startDate: '2024-03-01',
    });
    expect(progress.baselineWindow.restWithheld).toBe(false);
    expect(progress.baselineWindow.restRate).toBeCloseTo(7.4375, 10);
    expect(progress.baselineWindow.targetAreaRate).toBeCloseTo((179 / 24000) * 1000, 10);
    // 2025: the target 160 / 24 000 = 6.667, the rest 108 / 16 000 = 6.75;
    // (6.667 − 7.458) − (6.75 − 7.4375) = −0.1042, well within chance; every quarter is usable.
    expect(progress.differenceInDifferences).toBeCloseTo(160 / 24 - 179 / 24 - (6.75 - 7.4375), 10);
    expect(progress.testedPeriods).toBe(8);
    expect(progress.effect).toBe('NO_CLEAR_DIFFERENCE');
    expect(progress.pValue).toBeGreaterThan(0.5);
    expect(progress.note).toContain('could be chance');
  });

  it('gives the difference in differences of values as is, untested', async () => {
    // 2023: target (30·1 000 + 30·2 000) / 3 000 = 30, rest 20; 2025: target
    // (24·1 000 + 27·2 000) / 3 000 = 26, rest 21. (26 − 30) − (21 − 20) = −5.
    const progress = await progressOf({
      indicatorKey: 'insecurity_z',
      startDate: '2024-01-01',
      target: 25,
    });
    expect(progress.baselineWindow).toMatchObject({ firstPeriod: '2023', lastPeriod: '2023' });
    expect(progress.latestWindow!.targetAreaRate).toBeCloseTo(26, 10);
    expect(progress.differenceInDifferences).toBeCloseTo(-5, 10);
    expect(progress).toMatchObject({
      effect: 'NO_CLEAR_DIFFERENCE',
      pValue: null,
      ratioOfRateRatios: null,
      movement: 'TOWARD_TARGET',
    });
    expect(progress.method).toContain('untested');
    expect(progress.note).toContain('Untested');
  });

  it('treats no districts as the whole municipality, and no final figures as no data', async () => {
    const whole = await progressOf({ districtCodes: [] });
    // 2025: all 67 a quarter among all 10 000 inhabitants.
    expect(whole.latestWindow!.targetAreaRate).toBeCloseTo(6.7, 10);
    expect(whole.latestWindow!.restRate).toBeNull();
    expect(whole.effect).toBe('INSUFFICIENT_DATA');
    expect(whole.note).toContain('whole municipality');
    const none = await progressOf({ indicatorKey: 'share_y', target: 90 });
    expect(none).toMatchObject({
      latestWindow: null,
      effect: 'INSUFFICIENT_DATA',
      movement: 'UNKNOWN',
    });
  });

  it('runs the same statements for five follow-ups as for one', async () => {
    const count = async (list: Representation[]) => {
      fixture.statements.length = 0;
      const response = await entities(fixture, token, list);
      expect(response.errors).toBeUndefined();
      expect(response.data!._entities).toHaveLength(list.length);
      return fixture.statements.length;
    };
    const one = await count([followUp()]);
    const five = await count([
      followUp({ id: 'a' }),
      followUp({ id: 'b', startDate: '2025-03-01' }),
      followUp({ id: 'c', districtCodes: ['1980R003'], startDate: '2024-03-01' }),
      followUp({ id: 'd', indicatorKey: 'insecurity_z', startDate: '2024-01-01', target: 25 }),
      followUp({ id: 'e', indicatorKey: 'share_y', target: 90 }),
    ]);
    expect(five).toBe(one);
    expect(one).toBeLessThanOrEqual(4);
  });

  it('names the field of a bad representation and still answers the good ones', async () => {
    const response = await entities(fixture, token, [
      followUp({ id: 'good' }),
      followUp({ id: 'key', indicatorKey: 'crime_q' }),
      followUp({ id: 'district', districtCodes: ['1980R001', '1980R404'] }),
      followUp({ id: 'month', startDate: '2024-13-01' }),
      followUp({ id: 'day', startDate: '2024-02-30' }),
      followUp({ id: 'words', startDate: '1 september 2024' }),
      followUp({ id: 'target', target: 'lower' }),
    ]);
    expect(response.data!._entities[0]!.progress.effect).toBe('BETTER_THAN_REST');
    expect(response.data!._entities.slice(1)).toEqual([null, null, null, null, null, null]);
    const errors = response.errors ?? [];
    const byIndex = new Map(errors.map((e) => [e.path?.[1], e]));
    const expected: [number, string, RegExp][] = [
      [1, 'indicatorKey', /Unknown indicator "crime_q"\. Known: .*crime_x/],
      [2, 'districtCodes', /Unknown district "1980R404"/],
      [3, 'startDate', /"2024-13-01" is not a date/],
      [4, 'startDate', /"2024-02-30" is not a date/],
      [5, 'startDate', /"1 september 2024" is not a date: write it as 2024-09-01/],
      [6, 'target', /target must be a number/],
    ];
    for (const [index, field, message] of expected) {
      const error = byIndex.get(index);
      expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(error?.message).toMatch(message);
    }
  });
});

describe('follow-up progress on the Västerås demo data', () => {
  let fixture: SituationFixture;
  let token: string;

  beforeAll(async () => {
    fixture = await startSituationFixture(true);
    token = await fixture.tokenFor(analyst);
  });

  afterAll(() => fixture?.stop());

  it('finds the fall in violent crime in Östra Bäckby after the field work started', async () => {
    const story = DEMO_STORYLINES.find(
      (s) => s.indicator === 'crime_violence' && s.district === '1980R046',
    )!;
    expect(story.change).toBeLessThan(0);
    const response = await entities(fixture, token, [
      followUp({
        id: 'backby',
        indicatorKey: story.indicator,
        districtCodes: [story.district],
        startDate: `${story.from}-01`,
        target: 6,
      }),
    ]);
    expect(response.errors).toBeUndefined();
    const progress = response.data!._entities[0]!.progress;
    expect(progress.baselineWindow).toMatchObject({
      firstPeriod: '2024-Q1',
      lastPeriod: '2024-Q4',
    });
    expect(progress.latestWindow).not.toBeNull();
    const { baselineWindow: before, latestWindow: after } = progress;
    // Many small districts are suppressed in every quarter, yet the rest of the municipality is
    // published: it is the municipal figure less Östra Bäckby's published cells.
    expect(before.restRate).not.toBeNull();
    expect(after!.restRate).not.toBeNull();
    expect(after!.targetAreaRate!).toBeLessThan(before.targetAreaRate!);
    expect(progress.baseline!).toBeGreaterThan(6);
    expect(progress.baselineSource).toBe('MEASURED');
    expect(progress.movement).toBe('TOWARD_TARGET');
    expect(progress.differenceInDifferences!).toBeLessThan(0);
    expect(progress.synthetic).toBe(true);
    expect(progress.effect).toBe('BETTER_THAN_REST');
  });

  it('gives the demo’s follow-ups a verdict wherever published figures allow one', async () => {
    const counted = new Set(
      DEMO_INDICATORS.filter((i) => i.normalisation !== 'AS_IS').map((i) => i.key),
    );
    const list = demoInterventions().flatMap((intervention, i) =>
      intervention.followUps.map((f, j) =>
        followUp({
          id: `${i}-${j}`,
          indicatorKey: f.indicator,
          districtCodes: intervention.districts,
          startDate: intervention.startDate,
          baseline: f.baseline,
          target: f.target,
        }),
      ),
    );
    const response = await entities(fixture, token, list);
    expect(response.errors).toBeUndefined();
    const results = response.data!._entities.map((entity, i) => ({
      request: list[i]!,
      progress: entity!.progress,
    }));
    const judged = results.filter(
      ({ request, progress }) =>
        counted.has(String(request.indicatorKey)) && progress.effect !== 'TOO_EARLY',
    );
    const insufficient = judged.filter(({ progress }) => progress.effect === 'INSUFFICIENT_DATA');
    process.stdout.write(
      `Demo follow-ups of counts past TOO_EARLY: ${judged.map(({ request, progress }) => `${String(request.indicatorKey)} ${progress.effect}`).join(', ')}\n`,
    );
    // Before periods were left out one by one, 6 of 7 ended as INSUFFICIENT_DATA; now 4 of the 9
    // get a verdict (secondary suppression in population order hides a few more cells than by
    // count). The rest have no published figure for their target districts in most periods
    // (vehicle fires in Västra Råby are below 5 every quarter): they say so.
    expect(judged.length).toBeGreaterThanOrEqual(9);
    expect(judged.length - insufficient.length).toBeGreaterThanOrEqual(4);
    for (const { progress } of insufficient) {
      expect(progress.note).toContain('Not enough published figures to test');
    }

    // "Läxhjälp och sommarskola": eligibility, higher is better, target 90 %. Measured from a
    // baseline that meets the target, a fall is away from the target though it still meets it.
    const homework = results.find(
      ({ request }) =>
        request.indicatorKey === 'school_eligibility' &&
        String(request.districtCodes) === '1980R046',
    )!.progress;
    expect(homework.baseline!).toBeGreaterThanOrEqual(90);
    expect(homework.latestWindow!.targetAreaRate!).toBeLessThan(homework.baseline!);
    expect(homework).toMatchObject({ movement: 'AWAY_FROM_TARGET', targetReached: true });
  });
});
