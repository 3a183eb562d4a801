import { postGraphQL } from '@lagesbild/test-kit';
import { DEMO_STORYLINES } from '@lagesbild/demo-data';
import { analyst, startSituationFixture, type SituationFixture } from './situation-fixture';

interface Trend {
  direction: string;
  significant: boolean;
  assessment: string;
  method: string;
  hiddenPeriods: number;
}

describe('the Västerås demo situation picture', () => {
  let fixture: SituationFixture;
  let token: string;

  beforeAll(async () => {
    fixture = await startSituationFixture(true);
    token = await fixture.tokenFor(analyst);
  });

  afterAll(() => fixture?.stop());

  /** The SQL statements the subgraph sends to answer `query`. */
  const count = async (query: string) => {
    fixture.statements.length = 0;
    const response = await postGraphQL(fixture.url, query, { token });
    expect(response.errors).toBeUndefined();
    return fixture.statements.length;
  };

  it('covers all 50 districts × 17 indicators, marked synthetic, with suppressed cells', async () => {
    const response = await postGraphQL<{
      situationPicture: {
        synthetic: boolean;
        cells: { suppressed: boolean; value: number | null; trend: Trend | null }[];
        municipal: { value: number | null }[];
      };
    }>(
      fixture.url,
      '{ situationPicture { synthetic cells { suppressed value trend { direction significant assessment method } } municipal { value } } }',
      { token },
    );
    expect(response.errors).toBeUndefined();
    const picture = response.data!.situationPicture;
    expect(picture.synthetic).toBe(true);
    expect(picture.cells).toHaveLength(50 * 17);
    expect(picture.municipal).toHaveLength(17);
    const suppressed = picture.cells.filter((c) => c.suppressed);
    expect(suppressed.length).toBeGreaterThan(0);
    expect(suppressed.every((c) => c.value === null)).toBe(true);
    expect(picture.cells.some((c) => c.trend?.significant)).toBe(true);
  });

  it('runs a fixed number of SQL statements, whatever the number of indicators', async () => {
    const all = await count('{ situationPicture { cells { rate trend { significant } } } }');
    const one = await count('{ situationPicture(indicators: ["crime_total"]) { cells { rate } } }');
    const twoPeriods = await count('{ situationPicture(period: "2025-06") { cells { rate } } }');
    expect(all).toBe(one);
    expect(all).toBeLessThanOrEqual(4);
    expect(twoPeriods).toBeLessThanOrEqual(all);
  });

  it('computes the picture once when one request asks for it at the top and per district', async () => {
    const top = await count('{ situationPicture { cells { rate } } }');
    const both = await count(
      `{ situationPicture { cells { rate } }
         _entities(representations: [{ __typename: "District", code: "1980R001" },
                                     { __typename: "District", code: "1980R002" }]) {
           ... on District { situation { rate } } } }`,
    );
    expect(top).toBeGreaterThan(0);
    expect(both).toBe(top);
  });

  it('finds the trends written into the demo data where the figures are published', async () => {
    const trendOf = async (indicator: string, district: string) => {
      const response = await postGraphQL<{
        _entities: { situation: { indicator: { key: string }; trend: Trend | null }[] }[];
      }>(
        fixture.url,
        `query($code: String!) { _entities(representations: [{ __typename: "District", code: $code }]) {
           ... on District { situation { indicator { key } trend { direction significant assessment method hiddenPeriods } } } } }`,
        { token, variables: { code: district } },
      );
      return response.data!._entities[0]!.situation.find((c) => c.indicator.key === indicator)!
        .trend;
    };
    const worsening = DEMO_STORYLINES.find((s) => s.indicator === 'crime_narcotics')!;
    expect(await trendOf(worsening.indicator, worsening.district)).toMatchObject({
      direction: 'INCREASING',
      significant: true,
      assessment: 'WORSENING',
    });
    // Kopparlunden's graffiti falls from 0–5 a month to 0–3: every month of the window is hidden,
    // so a trend would give hidden counts away, and this one tells nothing.
    const belowThreshold = DEMO_STORYLINES.find((s) => s.indicator === 'incidents_graffiti')!;
    const trend = await trendOf(belowThreshold.indicator, belowThreshold.district);
    expect(trend).toMatchObject({
      direction: 'NO_TREND',
      significant: false,
      assessment: 'NO_CLEAR_CHANGE',
      hiddenPeriods: 36,
    });
    expect(trend!.method).toContain('Seasonal Mann–Kendall');
  });

  it('resolves indicators referenced by other subgraphs, with their municipal figure', async () => {
    const response = await postGraphQL<{
      _entities: {
        key: string;
        name: string;
        municipalFigure: { period: string; trend: Trend | null };
      }[];
    }>(
      fixture.url,
      `{ _entities(representations: [{ __typename: "Indicator", key: "crime_violence" }]) {
          ... on Indicator { key name municipalFigure { period trend { direction } } } } }`,
      { token },
    );
    expect(response.data!._entities[0]).toMatchObject({
      key: 'crime_violence',
      name: 'Våldsbrott',
      municipalFigure: { period: '2026-Q3' },
    });
  });
});
