import { openDatabase } from '@lagesbild/db';
import { Period, type Frequency } from '@lagesbild/period';
import { postGraphQL } from '@lagesbild/test-kit';
import type { DataSource } from 'typeorm';
import { PopulationLookup } from '../src/figures/population-lookup';
import {
  IndicatorCategory,
  IndicatorDirection,
  IndicatorFrequency,
  Normalisation,
} from '../src/indicator/indicator-enums';
import { Indicator } from '../src/indicator/indicator.entity';
import { situationApp } from '../src/situation-app';
import {
  crossLevelDisclosures,
  publishedLevel,
  type PublishedLevel,
  type TrueCount,
} from './cross-level-attack';
import { analyst, startSituationFixture, type SituationFixture } from './situation-fixture';

const IMPORT = `mutation($content: String!) {
  importObservations(format: CSV, content: $content) { ok problems { row field message } } }`;

const PICTURE = `query($period: String, $indicators: [String!]) {
  situationPicture(period: $period, indicators: $indicators) {
    cells { district { code } indicator { key } period rateUnit value rate suppressed
            municipalValue deviation changeFromPrevious }
    municipal { indicator { key } period rateUnit value reportedDistricts expectedDistricts complete
                changeFromPrevious changeFromYearEarlier }
  } }`;

const PERIODS = `query($granularity: IndicatorFrequency!, $indicators: [String!]) {
  situationPeriods(granularity: $granularity, indicators: $indicators) {
    period reportedDistricts expectedDistricts complete provisional } }`;

interface Cell {
  district: { code: string };
  indicator: { key: string };
  period: string;
  rateUnit: string;
  value: number | null;
  rate: number | null;
  suppressed: boolean;
  municipalValue: number | null;
  deviation: number | null;
  changeFromPrevious: number | null;
}

interface Municipal {
  indicator: { key: string };
  period: string;
  rateUnit: string;
  value: number | null;
  reportedDistricts: number;
  expectedDistricts: number;
  complete: boolean;
  changeFromPrevious: number | null;
  changeFromYearEarlier: number | null;
}

interface Coverage {
  period: string;
  reportedDistricts: number;
  expectedDistricts: number;
  complete: boolean;
  provisional: boolean;
}

const DISTRICTS = ['1980R001', '1980R002', '1980R003', '1980R004', '1980R005', '1980R006'];
const YEARS = [2023, 2024, 2025];
const MONTHS = YEARS.flatMap((year) =>
  Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`),
);
const QUARTERS = YEARS.flatMap((year) => [1, 2, 3, 4].map((q) => `${year}-Q${q}`));
/** Monthly count indicators, each with random figures of its own. */
const MONTHLY_COUNTS = ['crime_m1', 'crime_m2', 'crime_m3'];

const MONTHLY_INDICATORS: Partial<Indicator>[] = [
  ...MONTHLY_COUNTS.map((key) => ({
    key,
    name: key,
    unit: 'per 1 000 invånare och månad',
    category: IndicatorCategory.CRIME,
    frequency: IndicatorFrequency.MONTH,
    direction: IndicatorDirection.HIGHER_IS_WORSE,
    normalisation: Normalisation.PER_1000_INHABITANTS,
  })),
  {
    key: 'share_m',
    name: 'Andel per månad',
    unit: '% av elever',
    category: IndicatorCategory.SCHOOL,
    frequency: IndicatorFrequency.MONTH,
    direction: IndicatorDirection.HIGHER_IS_BETTER,
    normalisation: Normalisation.SHARE,
  },
  {
    key: 'value_m',
    name: 'Värde per månad',
    unit: 'dagar',
    category: IndicatorCategory.SCHOOL,
    frequency: IndicatorFrequency.MONTH,
    direction: IndicatorDirection.HIGHER_IS_WORSE,
    normalisation: Normalisation.AS_IS,
  },
];

/** A random number generator with a seed, so that a failure can be replayed. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

interface Row {
  indicator: string;
  district: string;
  period: string;
  value: number;
  numerator?: number;
  denominator?: number;
}

/** Random figures, many of them small counts, for every month of three years. */
function randomRows(random: () => number): Row[] {
  const rows: Row[] = [];
  for (const district of DISTRICTS) {
    for (const year of YEARS) {
      rows.push({
        indicator: 'population',
        district,
        period: String(year),
        value: 400 + Math.floor(random() * 4000),
      });
    }
    for (const month of MONTHS) {
      for (const key of MONTHLY_COUNTS) {
        // One cell in ten below the threshold of 5, so that some years keep every month.
        const value = random() < 0.1 ? Math.floor(random() * 5) : 5 + Math.floor(random() * 20);
        rows.push({ indicator: key, district, period: month, value });
      }
      const denominator = 10 + Math.floor(random() * 60);
      const numerator = Math.floor(random() * denominator);
      rows.push({
        indicator: 'share_m',
        district,
        period: month,
        value: Number(((numerator / denominator) * 100).toFixed(6)),
        numerator,
        denominator,
      });
      rows.push({
        indicator: 'value_m',
        district,
        period: month,
        value: Math.round(random() * 1000) / 100,
      });
    }
    for (const quarter of QUARTERS) {
      rows.push({
        indicator: 'crime_x',
        district,
        period: quarter,
        value: Math.floor(random() * 12),
      });
    }
  }
  return rows;
}

function csv(rows: Row[], provisional = false): string {
  return [
    'indicator,district,period,value,numerator,denominator,provisional',
    ...rows.map(
      (r) =>
        `${r.indicator},${r.district},${r.period},${r.value},${r.numerator ?? ''},${r.denominator ?? ''},${provisional}`,
    ),
  ].join('\n');
}

/** The counts as stored, and the populations, read straight from the database. */
async function storedCounts(
  dataSource: DataSource,
  indicator: string,
): Promise<{ truth: TrueCount[]; populations: PopulationLookup }> {
  const truth: TrueCount[] = await dataSource.query(
    `SELECT o."districtCode" AS district, o.period, o.value AS count
       FROM situation.observation o JOIN situation.indicator i ON i.id = o."indicatorId"
      WHERE i.key = $1`,
    [indicator],
  );
  const populations = new PopulationLookup(
    await dataSource.query(
      `SELECT o."districtCode", o.period, o.value
         FROM situation.observation o JOIN situation.indicator i ON i.id = o."indicatorId"
        WHERE i.key = 'population'`,
    ),
  );
  return { truth, populations };
}

/** The levels an attacker reads for a count indicator: its own periods and every coarser one. */
const LEVELS: Record<'MONTH' | 'QUARTER', Frequency[]> = {
  MONTH: ['MONTH', 'QUARTER', 'YEAR'],
  QUARTER: ['QUARTER', 'YEAR'],
};

/** Runs the cross-level attack on one count indicator over HTTP; answers what it disclosed. */
async function attack(
  fixture: SituationFixture,
  token: string,
  dataSource: DataSource,
  indicator: string,
  frequency: 'MONTH' | 'QUARTER',
  threshold: number,
) {
  const { truth, populations } = await storedCounts(dataSource, indicator);
  const levels: PublishedLevel[] = [];
  for (const granularity of LEVELS[frequency]) {
    levels.push(await publishedLevel(fixture.url, token, indicator, granularity));
  }
  const districts = populations.districts();
  // The attacker turns a published municipal rate back into a count with the published populations.
  const municipalCount = (level: PublishedLevel, period: string) => {
    const rate = level.municipal.get(period)?.value;
    if (rate === null || rate === undefined) return null;
    const year = Period.parse(period).year;
    const people = districts.reduce((sum, d) => sum + (populations.populationOf(d, year) ?? 0), 0);
    return (rate * people) / 1000;
  };
  const published = levels.map((level) =>
    [...level.districts.values()].reduce(
      (sum, points) => sum + [...points.values()].filter((p) => p.value !== null).length,
      0,
    ),
  );
  return {
    disclosures: crossLevelDisclosures(truth, levels, threshold, municipalCount),
    hidden: truth.filter((t) => t.count < threshold).length,
    published,
  };
}

async function openFixtureDatabase(fixture: SituationFixture): Promise<DataSource> {
  return openDatabase(situationApp.createDataSource(fixture.database.url), fixture.database.url);
}

describe('periods as analysts use them, on random data', () => {
  let fixture: SituationFixture;
  let token: string;
  let dataSource: DataSource;
  const rows = randomRows(seeded(20_251_206));

  const picture = async (period: string, indicators: string[]) => {
    const response = await postGraphQL<{
      situationPicture: { cells: Cell[]; municipal: Municipal[] };
    }>(fixture.url, PICTURE, { token, variables: { period, indicators } });
    expect(response.errors).toBeUndefined();
    return response.data!.situationPicture;
  };
  const truthOf = (indicator: string, district: string, periods: string[]) =>
    rows.filter(
      (r) => r.indicator === indicator && r.district === district && periods.includes(r.period),
    );
  const populationOf = (district: string, year: number) =>
    rows.find(
      (r) => r.indicator === 'population' && r.district === district && r.period === String(year),
    )!.value;

  beforeAll(async () => {
    fixture = await startSituationFixture(false);
    token = await fixture.tokenFor(analyst);
    dataSource = await openFixtureDatabase(fixture);
    await dataSource.getRepository(Indicator).insert(
      MONTHLY_INDICATORS.map((i) => ({
        nameEn: i.name,
        description: i.name,
        source: 'test',
        ...i,
      })),
    );
    const response = await postGraphQL<{
      importObservations: { ok: boolean; problems: unknown[] };
    }>(fixture.url, IMPORT, { token, variables: { content: csv(rows) } });
    expect(response.errors).toBeUndefined();
    expect(response.data!.importObservations.problems).toEqual([]);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await fixture?.stop();
  });

  it.each([
    ['2025', MONTHS.filter((m) => m.startsWith('2025')), 'år'],
    ['2025-Q2', ['2025-04', '2025-05', '2025-06'], 'kvartal'],
  ])(
    'answers %s with the total of its months: counts, rates per 1 000 and period, pooled shares, means',
    async (period, months, word) => {
      const { cells, municipal } = await picture(period, [...MONTHLY_COUNTS, 'share_m', 'value_m']);
      const monthly = await Promise.all(
        months.map((month) => picture(month, [...MONTHLY_COUNTS, 'share_m'])),
      );
      const year = Number(period.slice(0, 4));
      let published = 0;
      for (const cell of cells) {
        expect(cell.period).toBe(period);
        const key = cell.indicator.key;
        const code = cell.district.code;
        const parts = truthOf(key, code, months);
        expect(parts).toHaveLength(months.length);
        const monthCells = monthly.map((m) =>
          m.cells.find((c) => c.indicator.key === key && c.district.code === code)!,
        );
        if (key === 'value_m') {
          expect(cell.value).toBeCloseTo(parts.reduce((s, r) => s + r.value, 0) / parts.length, 9);
          expect(cell.rateUnit).toBe('dagar');
          continue;
        }
        // Hidden exactly when a month is hidden; otherwise the sum of the published months.
        expect(cell.suppressed).toBe(monthCells.some((m) => m.suppressed));
        if (cell.suppressed) {
          expect(cell.value).toBeNull();
          expect(cell.rate).toBeNull();
          continue;
        }
        published += 1;
        if (key === 'share_m') {
          const numerator = parts.reduce((s, r) => s + r.numerator!, 0);
          const denominator = parts.reduce((s, r) => s + r.denominator!, 0);
          expect(cell.rate).toBeCloseTo((numerator / denominator) * 100, 9);
          expect(cell.rateUnit).toBe('% av elever');
          continue;
        }
        const total = parts.reduce((s, r) => s + r.value, 0);
        expect(cell.value).toBe(total);
        expect(cell.value).toBe(monthCells.reduce((s, m) => s + m.value!, 0));
        expect(cell.rate).toBeCloseTo((total / populationOf(code, year)) * 1000, 9);
        expect(cell.rateUnit).toBe(`per 1 000 invånare och ${word}`);
      }
      expect(published).toBeGreaterThan(0);
      for (const figure of municipal) {
        expect(figure).toMatchObject({
          period,
          complete: true,
          reportedDistricts: 6,
          expectedDistricts: 6,
        });
        const all = rows.filter(
          (r) => r.indicator === figure.indicator.key && months.includes(r.period),
        );
        if (figure.indicator.key === 'share_m') {
          const numerator = all.reduce((s, r) => s + r.numerator!, 0);
          const denominator = all.reduce((s, r) => s + r.denominator!, 0);
          expect(figure.value).toBeCloseTo((numerator / denominator) * 100, 9);
        } else if (figure.indicator.key !== 'value_m') {
          const people = DISTRICTS.reduce((s, d) => s + populationOf(d, year), 0);
          const events = all.reduce((s, r) => s + r.value, 0);
          expect(figure.value).toBeCloseTo((events / people) * 1000, 9);
          // The same as the sum of the published monthly municipal rates.
          const monthlyRates = monthly.map(
            (m) => m.municipal.find((f) => f.indicator.key === figure.indicator.key)!.value!,
          );
          expect(figure.value).toBeCloseTo(
            monthlyRates.reduce((s, r) => s + r, 0),
            9,
          );
          expect(figure.changeFromPrevious).not.toBeNull();
        }
      }
    },
  );

  it('gives a series by quarter and by year whose points are the totals of the months', async () => {
    const [months, years] = await Promise.all([
      publishedLevel(fixture.url, token, 'crime_m1', 'MONTH'),
      publishedLevel(fixture.url, token, 'crime_m1', 'YEAR'),
    ]);
    expect([...years.municipal.keys()]).toEqual(['2023', '2024', '2025']);
    for (const [district, points] of years.districts) {
      for (const [year, point] of points) {
        const parts = Period.parse(year)
          .parts('MONTH')
          .map((m) => months.districts.get(district)!.get(m.toString())!);
        expect(point.suppressed).toBe(parts.some((p) => p.suppressed));
        const total = truthOf(
          'crime_m1',
          district,
          parts.map((p) => p.period),
        ).reduce((s, r) => s + r.value, 0);
        if (!point.suppressed) {
          expect(point.value).toBe(total);
        }
      }
    }
  });

  it('recovers no hidden count and no hidden sum below the threshold across months, quarters, years and the municipality', async () => {
    for (const indicator of MONTHLY_COUNTS) {
      const result = await attack(fixture, token, dataSource, indicator, 'MONTH', 5);
      expect(result.hidden).toBeGreaterThan(10);
      expect(result.published.every((n) => n > 0)).toBe(true);
      expect(result.disclosures).toEqual([]);
    }
    const quarterly = await attack(fixture, token, dataSource, 'crime_x', 'QUARTER', 5);
    expect(quarterly.disclosures).toEqual([]);
  });

  it('would catch a year published as the plain total of its months (the attack has teeth)', async () => {
    const { truth } = await storedCounts(dataSource, 'crime_m1');
    const months = await publishedLevel(fixture.url, token, 'crime_m1', 'MONTH');
    const naive: PublishedLevel = {
      frequency: 'YEAR',
      municipal: new Map(),
      districts: new Map(
        [...months.districts.keys()].map((district) => [
          district,
          new Map(
            YEARS.map((year) => {
              const value = truth
                .filter((t) => t.district === district && t.period.startsWith(`${year}-`))
                .reduce((sum, t) => sum + t.count, 0);
              return [String(year), { period: String(year), value, suppressed: false }];
            }),
          ),
        ]),
      ),
    };
    const found = crossLevelDisclosures(truth, [months, naive], 5, () => null);
    expect(
      found.some((d) => d.how.endsWith('minus its published parts') && d.cells.length === 1),
    ).toBe(true);
  });

  it('refuses periods before the first and after the latest data, naming the period and the range', async () => {
    for (const period of ['2029-Q3', '2026-01', '2022', '2022-12']) {
      const response = await postGraphQL(fixture.url, PICTURE, {
        token,
        variables: { period, indicators: ['crime_m1', 'crime_x'] },
      });
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'period',
      });
      expect(response.errors?.[0]?.message).toBe(
        `period "${period}" is ${period < '2023' ? 'before the first' : 'after the latest'} data: the figures run from 2023-01 to 2025-12.`,
      );
    }
    // A period that overlaps the data is answered.
    expect((await picture('2025-12', ['crime_m1'])).municipal[0]!.complete).toBe(true);
  });

  it('lists the months, quarters and years with how many districts reported each', async () => {
    const response = await postGraphQL<{ situationPeriods: Coverage[] }>(fixture.url, PERIODS, {
      token,
      variables: { granularity: 'YEAR', indicators: ['crime_m1', 'share_m'] },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data!.situationPeriods).toEqual(
      YEARS.map((year) => ({
        period: String(year),
        reportedDistricts: 6,
        expectedDistricts: 6,
        complete: true,
        provisional: false,
      })),
    );
  });
});

describe('periods on the Västerås demo', () => {
  let fixture: SituationFixture;
  let token: string;
  let dataSource: DataSource;

  beforeAll(async () => {
    fixture = await startSituationFixture(true);
    token = await fixture.tokenFor(analyst);
    dataSource = await openFixtureDatabase(fixture);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await fixture?.stop();
  });

  it('recovers no hidden count across levels for any count indicator of the demo', async () => {
    const indicators: {
      key: string;
      frequency: 'MONTH' | 'QUARTER';
      suppressionThreshold: number;
    }[] = await dataSource.query(
      `SELECT key, frequency, "suppressionThreshold" FROM situation.indicator
          WHERE normalisation = 'PER_1000_INHABITANTS' AND frequency IN ('MONTH', 'QUARTER')`,
    );
    expect(indicators.length).toBeGreaterThanOrEqual(10);
    let hidden = 0;
    for (const indicator of indicators) {
      const result = await attack(
        fixture,
        token,
        dataSource,
        indicator.key,
        indicator.frequency,
        indicator.suppressionThreshold,
      );
      hidden += result.hidden;
      expect({ indicator: indicator.key, disclosures: result.disclosures.slice(0, 5) }).toEqual({
        indicator: indicator.key,
        disclosures: [],
      });
    }
    expect(hidden).toBeGreaterThan(1000);
  });

  it('gives a month that 2 of 50 districts reported no municipal figure, and says so', async () => {
    const coverage = async (granularity: string) => {
      const response = await postGraphQL<{ situationPeriods: Coverage[] }>(fixture.url, PERIODS, {
        token,
        variables: { granularity, indicators: ['crime_total'] },
      });
      expect(response.errors).toBeUndefined();
      return response.data!.situationPeriods;
    };
    const before = await coverage('MONTH');
    expect(before.every((p) => p.complete && p.reportedDistricts === 50)).toBe(true);
    const next = Period.parse(before[before.length - 1]!.period).plus(1);
    const imported = await postGraphQL<{
      importObservations: { ok: boolean; problems: unknown[] };
    }>(fixture.url, IMPORT, {
      token,
      variables: {
        content: csv(
          ['1980R001', '1980R002'].map((district) => ({
            indicator: 'crime_total',
            district,
            period: next.toString(),
            value: 40,
          })),
          true,
        ),
      },
    });
    expect(imported.data?.importObservations.problems).toEqual([]);

    const response = await postGraphQL<{
      situationPicture: { cells: Cell[]; municipal: Municipal[] };
    }>(fixture.url, PICTURE, {
      token,
      variables: { period: next.toString(), indicators: ['crime_total'] },
    });
    expect(response.errors).toBeUndefined();
    const { cells, municipal } = response.data!.situationPicture;
    expect(municipal).toEqual([
      expect.objectContaining({
        period: next.toString(),
        value: null,
        reportedDistricts: 2,
        expectedDistricts: 50,
        complete: false,
        changeFromPrevious: null,
        changeFromYearEarlier: null,
      }),
    ]);
    const reported = cells.filter((c) => c.value !== null);
    expect(reported.map((c) => c.district.code).sort()).toEqual(['1980R001', '1980R002']);
    expect(cells.every((c) => c.municipalValue === null && c.deviation === null)).toBe(true);
    // Its district figures themselves are shown, with their change from the month before.
    expect(reported.every((c) => c.rate !== null && c.changeFromPrevious !== null)).toBe(true);

    const after = await coverage('MONTH');
    expect(after[after.length - 1]).toEqual({
      period: next.toString(),
      reportedDistricts: 2,
      expectedDistricts: 50,
      complete: false,
      provisional: true,
    });
    const quarters = await coverage('QUARTER');
    expect(quarters.find((q) => q.period === next.within('QUARTER').toString())?.complete).toBe(
      false,
    );
  });
});
