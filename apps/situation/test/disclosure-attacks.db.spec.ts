import { postGraphQL } from '@lagesbild/test-kit';
import { feasibleRanges, narrowed } from './disclosure-attacker';
import {
  analyst,
  committee,
  startSituationFixture,
  type SituationFixture,
} from './situation-fixture';

interface Point {
  period: string;
  value: number | null;
  rate: number | null;
  suppressed: boolean;
}

interface SeriesAnswer {
  series: {
    municipal: Point[];
    districts: { district: { code: string }; points: Point[] }[];
  };
}

interface TrueRow {
  key: string;
  district: string;
  period: string;
  value: number;
  provisional: boolean;
}

const SERIES = `query($indicator: String!) { series(indicator: $indicator) {
  municipal { period value rate suppressed }
  districts { district { code } points { period value rate suppressed } } } }`;

/** Everything the situation picture publishes about a cell, trends of every window included. */
const PICTURE = `query($period: String!, $keys: [String!]) {
  situationPicture(period: $period, indicators: $keys) {
    cells { district { code } indicator { key } period value rate suppressed provisional
      municipalValue deviation deviationPercent changeFromPrevious changeFromYearEarlier targetGap
      trend { direction significant pValue slopePerYear assessment method periods hiddenPeriods } }
    municipal { indicator { key } period value suppressed changeFromPrevious changeFromYearEarlier
      targetGap trend { direction significant pValue slopePerYear assessment periods hiddenPeriods } } } }`;

/**
 * The attacks of the disclosure issue, on the whole Västerås demo, as a committee member who
 * reads the API (and, to be safe, knows more than it publishes).
 */
describe('attacks on the demo’s published figures', () => {
  let fixture: SituationFixture;
  let token: string;
  let truth: TrueRow[];
  let counts: { key: string; frequency: string; suppressionThreshold: number }[];

  const get = async <Data>(query: string, variables: Record<string, unknown> = {}) => {
    const response = await postGraphQL<Data>(fixture.url, query, { token, variables });
    expect(response.errors).toBeUndefined();
    return response.data!;
  };

  const readTruth = async (): Promise<TrueRow[]> => {
    const { Client } = await import('pg');
    const client = new Client({ connectionString: fixture.database.url });
    await client.connect();
    try {
      const { rows } = await client.query<TrueRow>(
        `SELECT i.key, o."districtCode" AS district, o.period, o.value, o.provisional
           FROM situation.observation o JOIN situation.indicator i ON i.id = o."indicatorId"`,
      );
      return rows;
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    fixture = await startSituationFixture(true);
    token = await fixture.tokenFor(committee);
    truth = await readTruth();
    const { indicators } = await get<{
      indicators: {
        key: string;
        frequency: string;
        normalisation: string;
        suppressionThreshold: number;
      }[];
    }>('{ indicators { key frequency normalisation suppressionThreshold } }');
    counts = indicators.filter((i) => i.normalisation === 'PER_1000_INHABITANTS');
  });

  afterAll(() => fixture?.stop());

  it('recovers no hidden count, nor one to fewer values than the threshold, from the municipal totals and the rule', async () => {
    // Every count indicator, every period: the hidden sum is the municipal rate times the
    // published populations less the published counts; the attacker is also told which hidden
    // cells are below the threshold, and knows the rule's population order.
    const population = await get<SeriesAnswer>(SERIES, { indicator: 'population' });
    const populationIn = (district: string, year: number): number => {
      const points = population.series.districts.find((d) => d.district.code === district)!.points;
      const known = points.filter((p) => Number(p.period) <= year && p.value !== null);
      return (known.at(-1) ?? points[0]!).value!;
    };
    const trueCount = new Map(truth.map((r) => [`${r.key}|${r.district}|${r.period}`, r.value]));
    let tables = 0;
    let hiddenCells = 0;
    let withheld = 0;
    for (const indicator of counts) {
      const t = indicator.suppressionThreshold;
      const { series } = await get<SeriesAnswer>(SERIES, { indicator: indicator.key });
      for (const municipal of series.municipal) {
        const year = Number(municipal.period.slice(0, 4));
        const cells = series.districts.flatMap(({ district, points }) => {
          const point = points.find((p) => p.period === municipal.period);
          return point
            ? [{ code: district.code, point, population: populationIn(district.code, year) }]
            : [];
        });
        const hidden = cells.filter((c) => c.point.suppressed);
        if (hidden.length === 0) continue;
        tables += 1;
        let hiddenSum: number | null = null;
        if (!municipal.suppressed) {
          const people = cells.reduce((s, c) => s + c.population, 0);
          const published = cells.reduce((s, c) => s + (c.point.value ?? 0), 0);
          const exact = (municipal.rate! * people) / 1000 - published;
          hiddenSum = Math.round(exact);
          expect(Math.abs(exact - hiddenSum)).toBeLessThan(1e-6);
        } else withheld += 1;
        const valueOf = (code: string) =>
          trueCount.get(`${indicator.key}|${code}|${municipal.period}`)!;
        const byOrder = [...hidden].sort(
          (a, b) => a.population - b.population || a.code.localeCompare(b.code),
        );
        const ranges = feasibleRanges({
          threshold: t,
          primaries: byOrder.filter((c) => valueOf(c.code) < t).map((c) => c.code),
          secondaries: byOrder.filter((c) => valueOf(c.code) >= t).map((c) => c.code),
          hiddenSum,
        });
        for (const cell of hidden) {
          hiddenCells += 1;
          const range = ranges.get(cell.code)!;
          const value = valueOf(cell.code);
          expect(value).toBeGreaterThanOrEqual(range.min);
          expect(value).toBeLessThanOrEqual(range.max);
          if (narrowed(range, t)) {
            throw new Error(
              `${indicator.key} ${municipal.period} ${cell.code} narrowed to ${range.min}…${range.max}`,
            );
          }
        }
      }
    }
    expect(tables).toBeGreaterThan(500);
    expect(hiddenCells).toBeGreaterThan(5000);
    expect(withheld).toBeLessThan(tables / 10);
  });

  it('publishes the very same trends, in every overlapping window, for another set of hidden counts', async () => {
    // The trend solver's question: does any published number, over all windows, tell the true
    // hidden counts from others that agree with everything else published? Move one unit
    // between two hidden cells of the same period (both below the threshold, or one of them
    // the period's only secondary cell): the hidden sum, the municipal figure and every
    // published count stay, so only a leaking statistic could differ.
    const keys = ['crime_total', 'crime_violence', 'crime_burglary', 'crime_vandalism'];
    const monthly = (await get<SeriesAnswer>(SERIES, { indicator: 'crime_total' })).series.municipal
      .map((p) => p.period)
      .slice(23);
    const pictures = async () =>
      Promise.all(
        monthly.map(async (period) => JSON.stringify(await get(PICTURE, { period, keys }))),
      );
    const before = await pictures();

    const trueRow = new Map(truth.map((r) => [`${r.key}|${r.district}|${r.period}`, r]));
    const lines = ['indicator,district,period,value,provisional'];
    for (const key of keys) {
      const t = counts.find((i) => i.key === key)!.suppressionThreshold;
      const { series } = await get<SeriesAnswer>(SERIES, { indicator: key });
      for (const { period } of series.municipal) {
        const hidden = series.districts
          .filter((d) => d.points.find((p) => p.period === period)?.suppressed)
          .map((d) => trueRow.get(`${key}|${d.district.code}|${period}`)!);
        const primaries = hidden.filter((r) => r.value < t);
        const secondaries = hidden.filter((r) => r.value >= t);
        const from =
          primaries.find((r) => r.value > 0) ??
          (secondaries.length === 1 ? secondaries[0] : undefined);
        const to =
          primaries.find((r) => r !== from && r.value < t - 1) ??
          (secondaries.length === 1 && from !== secondaries[0] ? secondaries[0] : undefined);
        if (!from || !to || (from.value >= t && from.value - 1 < t)) continue;
        lines.push(`${key},${from.district},${period},${from.value - 1},${from.provisional}`);
        lines.push(`${key},${to.district},${period},${to.value + 1},${to.provisional}`);
      }
    }
    expect(lines.length).toBeGreaterThan(200);
    const analystToken = await fixture.tokenFor(analyst);
    const imported = await postGraphQL<{ importObservations: { existing: number } }>(
      fixture.url,
      'mutation($content: String!) { importObservations(format: CSV, content: $content, dryRun: false) { existing } }',
      { token: analystToken, variables: { content: lines.join('\n') } },
    );
    expect(imported.errors).toBeUndefined();
    expect(imported.data!.importObservations.existing).toBe(lines.length - 1);

    const after = await pictures();
    after.forEach((picture, i) => expect(picture).toBe(before[i]));
  });
});
