import { postGraphQL } from '@lagesbild/test-kit';
import { DEMO_STORYLINES } from '@lagesbild/demo-data';
import { analyst, startSituationFixture, type SituationFixture } from './situation-fixture';

const DISTRICTS = ['1980R001', '1980R002', '1980R003', '1980R004'];
const POPULATION = [1000, 2000, 3000, 4000];

/**
 * Violent crimes X per quarter in R001–R004. With target districts R001 + R002 (3 000 people)
 * and the rest R003 + R004 (7 000):
 * - from 2023-Q3 to 2024-Q2 (the baseline of a start on 2024-09-01) the target area has 30 a
 *   quarter: 120 among 12 000 person-quarters, 10 per 1 000 (not 11.25, the mean of R001's 15 and
 *   R002's 7.5); the rest 49 a quarter, 196 among 28 000, 7 per 1 000;
 * - in 2025 (the latest final year) the target area has 18 a quarter: 72, 6 per 1 000; the rest
 *   196 again, 7 per 1 000.
 * 2023-Q1 holds a small count: R003's 3 is suppressed and R001's 8 with it (secondary
 * suppression takes the smallest population first, until the hidden cells add up to twice the
 * threshold).
 */
const COUNTS: Record<string, number[]> = {
  '2023-Q1': [8, 20, 3, 30],
  '2023-Q2': [10, 10, 10, 10],
  '2023-Q3': [15, 15, 21, 28],
  '2023-Q4': [15, 15, 21, 28],
  '2024-Q1': [15, 15, 21, 28],
  '2024-Q2': [15, 15, 21, 28],
  '2024-Q3': [10, 10, 10, 10],
  '2024-Q4': [10, 10, 10, 10],
  '2025-Q1': [6, 12, 21, 28],
  '2025-Q2': [6, 12, 21, 28],
  '2025-Q3': [6, 12, 21, 28],
  '2025-Q4': [6, 12, 21, 28],
};

/** Perceived insecurity in per cent, a value as is (no counts behind it). */
const INSECURITY: Record<string, number[]> = {
  '2023': [30, 30, 20, 20],
  '2024': [28, 28, 20, 20],
  '2025': [24, 27, 21, 21],
};

function csv(): string {
  const lines = ['indicator,district,period,value,provisional'];
  DISTRICTS.forEach((d, i) => lines.push(`population,${d},2023,${POPULATION[i]},`));
  for (const [quarter, counts] of Object.entries(COUNTS)) {
    counts.forEach((count, i) => lines.push(`crime_x,${DISTRICTS[i]},${quarter},${count},`));
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
    const response = await postGraphQL<{ importObservations: { ok: boolean } }>(
      fixture.url,
      'mutation($c: String!) { importObservations(format: CSV, content: $c) { ok problems { row message } } }',
      { token, variables: { c: csv() } },
    );
    expect(response.data!.importObservations.ok).toBe(true);
  });

  afterAll(() => fixture?.stop());

  it('pools the windows, takes the difference in differences and tests it', async () => {
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
    // ln((6/10)/(7/7)) = −0.51083; SE = √(1/120 + 1/72 + 1/196 + 1/196) = 0.18007;
    // z = −2.8368; p = 2 (1 − Φ(2.8368)) = 0.0046; 95 % interval exp(−0.51083 ± 1.96 × 0.18007).
    expect(progress.ratioOfRateRatios).toBeCloseTo(0.6, 10);
    expect(progress.pValue).toBeCloseTo(0.00456, 5);
    expect(progress.ratioLower).toBeCloseTo(0.4216, 4);
    expect(progress.ratioUpper).toBeCloseTo(0.8539, 4);
    // Lower is better for crime: fewer than the rest, and not by chance.
    expect(progress.effect).toBe('BETTER_THAN_REST');
    // No stated baseline: the measured 10; the latest 6 is 1 from the target 7, the baseline 3.
    expect(progress).toMatchObject({
      target: 7,
      baseline: 10,
      baselineSource: 'MEASURED',
      movement: 'TOWARD_TARGET',
      targetReached: true,
      synthetic: false,
    });
    expect(progress.method).toContain('Poisson log-linear');
    expect(progress.note).toBe(
      'In the target districts the rate went from 10.00 to 6.00, in the rest of the municipality from 7.00 to 7.00: a difference in differences of −4.00. That is better than in the rest of the municipality (lower is better here) and unlikely to be chance (p = 0.005).',
    );
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

  it('withholds a pooled figure over a suppressed cell, and then gives no verdict', async () => {
    // Start 2024-03-01: the baseline 2023-Q1–2023-Q4 pools R001's and R003's suppressed 2023-Q1.
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
      effect: 'INSUFFICIENT_DATA',
      baseline: null,
      baselineSource: null,
      movement: 'UNKNOWN',
      targetAreaChange: null,
      differenceInDifferences: null,
      pValue: null,
    });
    expect(progress.note).toBe(
      'Not enough data: the figures for the target districts and the rest of the municipality in the baseline year (2023-Q1–2023-Q4) are withheld, as they would pool figures too small to publish.',
    );
  });

  it('publishes the rest when it is the municipal figure less published target cells', async () => {
    // Target R002 + R004, all published; the rest R001 + R003 pools the suppressed cells, but it
    // is the published municipal total (259 events in 2023) less the target's published 156:
    // 103 among 16 000 person-quarters, 6.4375. The target: 156 among 24 000, 6.5.
    const progress = await progressOf({
      districtCodes: ['1980R002', '1980R004'],
      startDate: '2024-03-01',
    });
    expect(progress.baselineWindow.restWithheld).toBe(false);
    expect(progress.baselineWindow.restRate).toBeCloseTo(6.4375, 10);
    expect(progress.baselineWindow.targetAreaRate).toBeCloseTo(6.5, 10);
    // 2025: the target 160 / 24 000 = 6.667, the rest 108 / 16 000 = 6.75;
    // (6.667 − 6.5) − (6.75 − 6.4375) = −0.1458, well within chance.
    expect(progress.differenceInDifferences).toBeCloseTo(1 / 6 - 0.3125, 10);
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
});
