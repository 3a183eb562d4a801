import { postGraphQL } from '@lagesbild/test-kit';
import { analyst, startSituationFixture, type SituationFixture } from './situation-fixture';

const DISTRICTS = ['1980R001', '1980R002', '1980R003', '1980R004'];
const POPULATION = [1000, 2000, 3000, 4000];

/** Counts per quarter; 2026-Q2 is the one the hand-worked figures below are about. */
const COUNTS: Record<string, number[]> = {
  '2025-Q1': [10, 10, 10, 10],
  '2025-Q2': [10, 10, 10, 10],
  '2025-Q3': [10, 10, 10, 10],
  '2025-Q4': [10, 10, 10, 10],
  '2026-Q1': [10, 16, 10, 10],
  '2026-Q2': [7, 20, 3, 40],
};

function csv(): string {
  const lines = ['indicator,district,period,value,numerator,denominator,provisional'];
  DISTRICTS.forEach((d, i) => lines.push(`population,${d},2025,${POPULATION[i]},,,`));
  for (const [quarter, counts] of Object.entries(COUNTS)) {
    counts.forEach((count, i) => lines.push(`crime_x,${DISTRICTS[i]},${quarter},${count},,,`));
  }
  // Preliminary figures for the next quarter: not yet the latest final one.
  DISTRICTS.forEach((d) => lines.push(`crime_x,${d},2026-Q3,50,,,true`));
  lines.push('share_y,1980R001,2025,82.5,33,40,', 'share_y,1980R002,2025,90,45,50,');
  return lines.join('\n');
}

interface Cell {
  district: { code: string };
  indicator: { key: string };
  period: string;
  value: number | null;
  rate: number | null;
  suppressed: boolean;
  provisional: boolean;
  municipalValue: number | null;
  deviation: number | null;
  deviationPercent: number | null;
  changeFromPrevious: number | null;
  changeFromYearEarlier: number | null;
  targetGap: number | null;
}

const PICTURE = `query($period: String, $indicators: [String!]) {
  situationPicture(period: $period, indicators: $indicators) {
    period synthetic
    cells { district { code } indicator { key } period value rate suppressed provisional
            municipalValue deviation deviationPercent changeFromPrevious changeFromYearEarlier targetGap }
    municipal { indicator { key } period value suppressed changeFromPrevious changeFromYearEarlier targetGap }
  } }`;

describe('situation picture, worked out by hand', () => {
  let fixture: SituationFixture;
  let token: string;

  const picture = async (variables: Record<string, unknown> = {}) => {
    const response = await postGraphQL<{
      situationPicture: {
        period: string | null;
        synthetic: boolean;
        cells: Cell[];
        municipal: {
          indicator: { key: string };
          period: string;
          value: number | null;
          changeFromPrevious: number | null;
          changeFromYearEarlier: number | null;
          targetGap: number | null;
        }[];
      };
    }>(fixture.url, PICTURE, { token, variables });
    return response;
  };
  const cell = (cells: Cell[], key: string, district: string) =>
    cells.find((c) => c.indicator.key === key && c.district.code === district)!;

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

  it('gives one cell per district × indicator for the latest final period', async () => {
    const { data, errors } = await picture();
    expect(errors).toBeUndefined();
    expect(data!.situationPicture.synthetic).toBe(false);
    expect(data!.situationPicture.cells).toHaveLength(4 * 2);
    const r002 = cell(data!.situationPicture.cells, 'crime_x', '1980R002');
    expect(r002).toMatchObject({
      period: '2026-Q2',
      value: 20,
      suppressed: false,
      provisional: false,
    });
    // 20 crimes among 2 000 inhabitants: 10 per 1 000.
    expect(r002.rate).toBeCloseTo(10, 10);
    // Municipal: all 70 crimes among all 10 000 inhabitants, not the mean of the rates.
    expect(r002.municipalValue).toBeCloseTo(7, 10);
    expect(r002.deviation).toBeCloseTo(3, 10);
    expect(r002.deviationPercent).toBeCloseTo(42.857, 2);
    // 8 per 1 000 the quarter before, 5 per 1 000 a year earlier; the target is 8.
    expect(r002.changeFromPrevious).toBeCloseTo(2, 10);
    expect(r002.changeFromYearEarlier).toBeCloseTo(5, 10);
    expect(r002.targetGap).toBeCloseTo(2, 10);
  });

  it('hides a small count, and a second one chosen by population so the municipal total does not give it away', async () => {
    const { data } = await picture();
    const cells = data!.situationPicture.cells.filter((c) => c.indicator.key === 'crime_x');
    for (const district of ['1980R001', '1980R003']) {
      expect(cell(cells, 'crime_x', district)).toMatchObject({
        suppressed: true,
        value: null,
        rate: null,
        deviation: null,
        changeFromPrevious: null,
        changeFromYearEarlier: null,
        targetGap: null,
      });
    }
    // The attack: the municipal rate times all inhabitants, less every published count.
    const municipal = data!.situationPicture.municipal.find((m) => m.indicator.key === 'crime_x')!;
    const total = (municipal.value! * POPULATION.reduce((a, b) => a + b, 0)) / 1000;
    const published = cells.reduce((sum, c) => sum + (c.value ?? 0), 0);
    const recovered = Math.round(total - published);
    expect(recovered).toBe(10);
    expect(recovered).not.toBe(COUNTS['2026-Q2']![0]);
    expect(recovered).not.toBe(COUNTS['2026-Q2']![2]);
    // Rates cannot be turned back into the count either: they are withheld too.
    expect(cells.filter((c) => c.suppressed).every((c) => c.rate === null)).toBe(true);
  });

  it('gives an incomplete period no municipal figure; complete, it weights shares by denominators', async () => {
    const before = await picture({ indicators: ['share_y'] });
    // Two of four districts reported: what they show is no estimate of the municipality.
    expect(
      cell(before.data!.situationPicture.cells, 'share_y', '1980R001').municipalValue,
    ).toBeNull();
    expect(cell(before.data!.situationPicture.cells, 'share_y', '1980R003').value).toBeNull();

    const response = await postGraphQL<{ importObservations: { ok: boolean } }>(
      fixture.url,
      'mutation($c: String!) { importObservations(format: CSV, content: $c) { ok problems { row message } } }',
      {
        token,
        variables: {
          c: 'indicator,district,period,value,numerator,denominator\nshare_y,1980R003,2025,80,16,20\nshare_y,1980R004,2025,60,12,20',
        },
      },
    );
    expect(response.data!.importObservations.ok).toBe(true);
    const { data } = await picture({ indicators: ['share_y'] });
    // 106 of 130 pupils: 81.54 %, not the mean of 82.5, 90, 80 and 60 % (78.13 %).
    expect(cell(data!.situationPicture.cells, 'share_y', '1980R001').municipalValue).toBeCloseTo(
      81.538,
      2,
    );
  });

  it('shows each indicator’s latest period ending within the period asked for', async () => {
    const { data } = await picture({ period: '2026-05' });
    expect(data!.situationPicture.period).toBe('2026-05');
    expect(cell(data!.situationPicture.cells, 'crime_x', '1980R002').period).toBe('2026-Q1');
    expect(cell(data!.situationPicture.cells, 'share_y', '1980R002').period).toBe('2025');
    const provisional = await picture({ period: '2026-Q3' });
    expect(cell(provisional.data!.situationPicture.cells, 'crime_x', '1980R004')).toMatchObject({
      period: '2026-Q3',
      provisional: true,
      value: 50,
    });
  });

  it('names what is wrong with the arguments', async () => {
    const badPeriod = await picture({ period: 'Q2 2026' });
    expect(badPeriod.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'period',
    });
    const badIndicator = await picture({ indicators: ['crime_x', 'crime_z'] });
    expect(badIndicator.errors?.[0]?.message).toMatch(
      /Unknown indicator "crime_z"\. Known: .*crime_x/,
    );
  });

  it('answers the series per district with the municipal series', async () => {
    const response = await postGraphQL<{
      series: {
        municipal: { period: string; rate: number }[];
        districts: {
          district: { code: string };
          points: { period: string; value: number | null; suppressed: boolean }[];
        }[];
      };
    }>(
      fixture.url,
      `{ series(indicator: "crime_x", districts: ["1980R001", "1980R002"], from: "2025-Q4", to: "2026-Q2") {
          municipal { period rate } districts { district { code } points { period value suppressed } } } }`,
      { token },
    );
    expect(response.errors).toBeUndefined();
    const { municipal, districts } = response.data!.series;
    expect(municipal.map((p) => p.period)).toEqual(['2025-Q4', '2026-Q1', '2026-Q2']);
    expect(municipal[1]!.rate).toBeCloseTo(4.6, 10);
    expect(districts.map((d) => d.district.code)).toEqual(['1980R001', '1980R002']);
    expect(districts[0]!.points.map((p) => p.value)).toEqual([10, 10, null]);
    expect(districts[1]!.points.map((p) => p.value)).toEqual([10, 16, 20]);

    const unknown = await postGraphQL(
      fixture.url,
      '{ series(indicator: "crime_x", districts: ["1980R404"]) { municipal { period } } }',
      { token },
    );
    expect(unknown.errors?.[0]?.message).toContain('"1980R404"');
    const reversed = await postGraphQL(
      fixture.url,
      '{ series(indicator: "crime_x", from: "2026", to: "2025") { municipal { period } } }',
      { token },
    );
    expect(reversed.errors?.[0]?.extensions?.field).toBe('from');
  });
});
