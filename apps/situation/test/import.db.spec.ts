import { eventually, operationsInFlight, postGraphQL } from '@lagesbild/test-kit';
import {
  analyst,
  committee,
  startSituationFixture,
  type SituationFixture,
} from './situation-fixture';

const IMPORT = `mutation($format: ObservationFileFormat!, $content: String!, $dryRun: Boolean) {
  importObservations(format: $format, content: $content, dryRun: $dryRun) {
    ok dryRun rows inserted updated unchanged skipped importId problems { row field message }
  } }`;

interface ImportAnswer {
  ok: boolean;
  dryRun: boolean;
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  skipped: number;
  importId: string | null;
  problems: { row: number; field: string; message: string }[];
}

const POPULATION = [
  'indicator,district,period,value',
  'population,1980R001,2025,1000',
  'population,1980R002,2025,2000',
  'population,1980R003,2025,3000',
  'population,1980R004,2025,4000',
].join('\n');

/** 4 districts × 6 quarters of counts: 24 rows. */
function crimeCsv(badRow?: { index: number; line: string }): string {
  const lines = ['indicator,district,period,value,provisional'];
  const quarters = ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2'];
  quarters.forEach((quarter, q) => {
    ['1980R001', '1980R002', '1980R003', '1980R004'].forEach((district, d) => {
      lines.push(`crime_x,${district},${quarter},${(d + 1) * 5 + q},false`);
    });
  });
  if (badRow) lines[badRow.index] = badRow.line;
  return lines.join('\n');
}

describe('importing indicator data', () => {
  let fixture: SituationFixture;
  let token: string;

  const importFile = async (content: string, format = 'CSV', dryRun = false, as = token) => {
    const response = await postGraphQL<{ importObservations: ImportAnswer }>(fixture.url, IMPORT, {
      token: as,
      variables: { format, content, dryRun },
    });
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data!.importObservations;
  };

  const rowCount = async (table: 'observation' | 'data_import'): Promise<number> => {
    const { Client } = await import('pg');
    const client = new Client({ connectionString: fixture.database.url });
    await client.connect();
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM situation.${table}`);
    await client.end();
    return rows[0].n;
  };
  const observationCount = () => rowCount('observation');

  beforeAll(async () => {
    fixture = await startSituationFixture(false);
    token = await fixture.tokenFor(analyst);
    expect((await importFile(POPULATION)).inserted).toBe(4);
  });

  afterAll(() => fixture?.stop());

  it('writes nothing when one row among many is bad, and names that row', async () => {
    const before = await observationCount();
    const result = await importFile(
      crimeCsv({ index: 17, line: 'crime_x,1980R003,2026-Q1,-4,false' }),
    );
    expect(result.ok).toBe(false);
    expect(result.inserted).toBe(0);
    expect(result.problems).toEqual([
      { row: 18, field: 'value', message: 'value -4 is a negative count.' },
    ]);
    expect(await observationCount()).toBe(before);
  });

  it('imports the corrected file, then changes nothing on a second import', async () => {
    const before = await observationCount();
    const first = await importFile(crimeCsv());
    expect(first).toMatchObject({ ok: true, rows: 24, inserted: 24, updated: 0, unchanged: 0 });
    expect(first.importId).toEqual(expect.any(String));
    expect(await observationCount()).toBe(before + 24);

    const again = await importFile(crimeCsv());
    expect(again).toMatchObject({
      ok: true,
      inserted: 0,
      updated: 0,
      unchanged: 24,
      importId: null,
    });
    expect(await observationCount()).toBe(before + 24);
  });

  it('counts changed rows as updated, and a dry run writes nothing', async () => {
    const changed = crimeCsv({ index: 1, line: 'crime_x,1980R001,2025-Q1,99,true' });
    const dry = await importFile(changed, 'CSV', true);
    expect(dry).toMatchObject({ ok: true, dryRun: true, inserted: 0, updated: 1, unchanged: 23 });
    const stillOld = await importFile(crimeCsv(), 'CSV', true);
    expect(stillOld.updated).toBe(0);

    const real = await importFile(changed);
    expect(real).toMatchObject({ ok: true, updated: 1, unchanged: 23 });
  });

  it('reports every kind of bad row with its line number', async () => {
    const csv = [
      'indicator,district,period,value',
      'crime_x,1980R001,2026-Q3,4', // fine
      'nope,1980R001,2026-Q3,4',
      'crime_x,1980R999,2026-Q3,4',
      'crime_x,1980R002,2026-07,4',
      'crime_x,1980R002,2026-Q9,4',
      'crime_x,1980R003,2026-Q3,many',
      'crime_x,1980R004,2026-Q3,2.5',
      'crime_x,1980R001,2026-Q3,5',
      'crime_x,1980R004,2026-Q4,1; DROP TABLE situation.observation; --',
    ].join('\n');
    const result = await importFile(csv);
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => `${p.row}:${p.field}`)).toEqual([
      '3:indicator',
      '4:district',
      '5:period',
      '6:period',
      '7:value',
      '8:value',
      '9:period',
      '10:value',
    ]);
    expect(result.problems[0]!.message).toContain('Unknown indicator "nope"');
    expect(result.problems[2]!.message).toContain('quarterly: write the period as 2026-Q1');
    expect(result.problems[6]!.message).toContain('Duplicate: row 2');
    expect(await observationCount()).toBeGreaterThan(0);
  });

  it('names a missing or misspelt column', async () => {
    const result = await importFile('indicator,district,period,vaule\ncrime_x,1980R001,2026-Q3,4');
    expect(result.problems[0]).toMatchObject({ row: 1, field: 'header' });
    expect(result.problems[0]!.message).toMatch(/missing column "value"; unknown column "vaule"/);
  });

  it('reads semicolon-separated files with decimal commas, as Swedish spreadsheets save them', async () => {
    const csv =
      '\uFEFFindicator;district;period;value;numerator;denominator\nshare_y;1980R001;2025;82,5;33;40';
    const result = await importFile(csv);
    expect(result).toMatchObject({ ok: true, inserted: 1 });
  });

  it('imports Kolada reference figures mapped through the indicator’s KPI code', async () => {
    const kolada = JSON.stringify({
      count: 3,
      values: [
        {
          kpi: 'N07403',
          municipality: '1980',
          period: 2024,
          values: [{ gender: 'T', value: 1200, count: 1, status: '' }],
        },
        {
          kpi: 'N07403',
          municipality: '0000',
          period: 2024,
          values: [
            { gender: 'T', value: 1000 },
            { gender: 'K', value: 900 },
          ],
        },
        {
          kpi: 'N07403',
          municipality: '1980',
          period: 2023,
          values: [{ gender: 'T', value: null }],
        },
      ],
      next_url: null,
    });
    const result = await importFile(kolada, 'KOLADA_JSON');
    expect(result).toMatchObject({ ok: true, rows: 3, inserted: 2, skipped: 1 });
    const series = await postGraphQL<{
      series: { references: { areaCode: string; points: { period: string; value: number }[] }[] };
    }>(
      fixture.url,
      '{ series(indicator: "crime_x") { references { areaCode points { period value } } } }',
      {
        token,
      },
    );
    // 1 200 per 100 000 and year is 3 per 1 000 and quarter.
    expect(series.data!.series.references).toEqual([
      { areaCode: '0000', points: [{ period: '2024', value: 2.5 }] },
      { areaCode: '1980', points: [{ period: '2024', value: 3 }] },
    ]);

    const unmapped = await importFile(
      JSON.stringify({
        values: [
          { kpi: 'X999', municipality: '1980', period: 2024, values: [{ gender: 'T', value: 1 }] },
        ],
      }),
      'KOLADA_JSON',
    );
    expect(unmapped.problems[0]).toMatchObject({ row: 1, field: 'kpi' });
    const malformed = await importFile('{"values": [{"kpi": 5}]}', 'KOLADA_JSON');
    expect(malformed.ok).toBe(false);
    expect(malformed.problems[0]!.row).toBe(1);
  });

  it('rolls an import back when its caller hangs up before the answer', async () => {
    // About 20,000 valid rows: populations and crime_x for 32 districts in every quarter from
    // 1900 to 2025, enough that the import is still at work when its caller hangs up.
    const lines = ['indicator,district,period,value'];
    const districts = Array.from(
      { length: 32 },
      (_, i) => `1980R${String(i + 1).padStart(3, '0')}`,
    );
    for (let year = 1900; year <= 2025; year++) {
      for (const district of districts) {
        lines.push(`population,${district},${year},${1_000 + (year % 7)}`);
        for (const quarter of [1, 2, 3, 4]) {
          lines.push(`crime_x,${district},${year}-Q${quarter},${(year + quarter) % 50}`);
        }
      }
    }
    const checked = await postGraphQL<{ importObservations: { ok: boolean; rows: number } }>(
      fixture.url,
      IMPORT,
      { token, variables: { format: 'CSV', content: lines.join('\n'), dryRun: true } },
    );
    // Every row valid: only the hang-up can keep them out.
    expect(checked.data?.importObservations).toMatchObject({ ok: true, rows: lines.length - 1 });
    const [observations, imports] = [await observationCount(), await rowCount('data_import')];
    const hangUp = new AbortController();
    const asked = postGraphQL(fixture.url, IMPORT, {
      token,
      variables: { format: 'CSV', content: lines.join('\n'), dryRun: false },
      signal: hangUp.signal,
    }).catch((error: unknown) => error);
    await eventually(async () => (await operationsInFlight(fixture.url)) === 1, 30, 5);
    hangUp.abort();
    expect(await asked).toMatchObject({ name: 'AbortError' });
    await eventually(async () => (await operationsInFlight(fixture.url)) === 0, 30, 5);
    expect(await observationCount()).toBe(observations);
    expect(await rowCount('data_import')).toBe(imports);
  });

  it('lets only analysts and admins import', async () => {
    const response = await postGraphQL(fixture.url, IMPORT, {
      token: await fixture.tokenFor(committee),
      variables: { format: 'CSV', content: POPULATION },
    });
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(response.data ?? null).toBeNull();
  });
});
