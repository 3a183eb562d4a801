import { eventually, operationsInFlight, postGraphQL } from '@lagesbild/test-kit';
import {
  analyst,
  committee,
  startSituationFixture,
  type SituationFixture,
} from './situation-fixture';

const IMPORT = `mutation($format: ObservationFileFormat!, $content: String!, $dryRun: Boolean) {
  importObservations(format: $format, content: $content, dryRun: $dryRun) {
    ok dryRun rows inserted existing skipped importId problems { row field message }
  } }`;

interface ImportAnswer {
  ok: boolean;
  dryRun: boolean;
  rows: number;
  inserted: number;
  existing: number;
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

const today = new Date();
const nextYear = today.getUTCFullYear() + 1;
/** The quarter running now (today in UTC; a day either side of midnight changes nothing here). */
const currentQuarter = `${today.getUTCFullYear()}-Q${Math.floor(today.getUTCMonth() / 3) + 1}`;

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

  it('answers District.population from the imported population, the figure the rates use', async () => {
    const populationOf = async (code: string) => {
      const response = await postGraphQL<{
        _entities: {
          population: number | null;
          first: number | null;
          populations: { year: number }[];
        }[];
      }>(
        fixture.url,
        `query($refs: [_Any!]!) { _entities(representations: $refs) {
           ... on District { population first: population(year: 2025) populations { year population } } } }`,
        { token, variables: { refs: [{ __typename: 'District', code }] } },
      );
      if (response.errors) throw new Error(JSON.stringify(response.errors));
      return response.data!._entities[0];
    };
    expect(await populationOf('1980R002')).toEqual({
      population: 2000,
      first: 2000,
      populations: [{ year: 2025, population: 2000 }],
    });
    expect(await populationOf('1980R050')).toEqual({
      population: null,
      first: null,
      populations: [],
    });
  });

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

  it('imports the corrected file, then changes no figure on a second import, which is recorded too', async () => {
    const before = await observationCount();
    const first = await importFile(crimeCsv());
    expect(first).toMatchObject({ ok: true, rows: 24, inserted: 24, existing: 0 });
    expect(first.importId).toEqual(expect.any(String));
    expect(await observationCount()).toBe(before + 24);

    const imports = await rowCount('data_import');
    const again = await importFile(crimeCsv());
    expect(again).toMatchObject({ ok: true, inserted: 0, existing: 24 });
    expect(again.importId).toEqual(expect.any(String));
    expect(await observationCount()).toBe(before + 24);
    expect(await rowCount('data_import')).toBe(imports + 1);
  });

  it('answers a dry run alike whether a guessed value equals the stored one or not', async () => {
    // The attack: guess a stored (possibly suppressed) count and dry-run it; an answer that
    // differs between a right and a wrong guess gives the count away in a few tries.
    const guess = (value: number) =>
      importFile(`indicator,district,period,value\ncrime_x,1980R002,2025-Q3,${value}`, 'CSV', true);
    const answers = await Promise.all([0, 1, 2, 3, 12, 13, 14, 99].map(guess));
    // 1980R002 in 2025-Q3 is stored as 12 (see crimeCsv); the answers must not single it out.
    for (const answer of answers) {
      expect(answer).toEqual({ ...answers[0], problems: [] });
      expect(answer).toMatchObject({ ok: true, inserted: 0, existing: 1, importId: null });
    }
    // A new cell is told apart from a stored one: whether a cell exists is not hidden.
    const fresh = await importFile(
      'indicator,district,period,value\ncrime_x,1980R002,2024-Q3,1',
      'CSV',
      true,
    );
    expect(fresh).toMatchObject({ inserted: 1, existing: 0 });
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

  it('refuses what cannot be true, naming each row and column, and writes nothing', async () => {
    const before = await observationCount();
    const csv = [
      'indicator,district,period,value,numerator,denominator,provisional',
      `crime_x,1980R001,${nextYear}-Q1,4,,,true`,
      `crime_x,1980R001,${currentQuarter},4,,,false`,
      'population,1980R051,2025,1200,,,false',
      'crime_x,1980R051,2025-Q1,3,,,false',
      'population,1980R005,2025,0,,,false',
      'crime_x,1980R001,2024-Q1,1e400,,,false',
      'share_y,1980R001,2024,50,1e309,2,false',
      'share_y,1980R002,2024,50,1,1e400,false',
      'share_y,1980R003,2024,90,1,100,false',
      'crime_x,1980R002,2024-Q1,NaN,,,false',
      'crime_x,1980R003,2024-Q1,Infinity,,,false',
      `crime_x,1980R004,${currentQuarter},4,,,true`,
    ].join('\n');
    const result = await importFile(csv);
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => `${p.row}:${p.field}`)).toEqual([
      '2:period',
      '3:provisional',
      '4:district',
      '5:district',
      '6:value',
      '7:value',
      '8:numerator',
      '9:denominator',
      '10:value',
      '11:value',
      '12:value',
    ]);
    const message = (row: number) => result.problems.find((p) => p.row === row)!.message;
    expect(message(2)).toMatch(/has not begun/);
    expect(message(3)).toMatch(/has not ended .*provisional/);
    expect(message(4)).toBe(
      'Unknown district "1980R051": the directory has no district with that code.',
    );
    expect(message(6)).toMatch(/population 0 is not a number of inhabitants/);
    expect(message(7)).toBe('value "1e400" is not a finite number: it is too large to store.');
    expect(message(10)).toBe(
      'value 90 % contradicts numerator 1 and denominator 100, which give 1 %.',
    );
    expect(await observationCount()).toBe(before);
  });

  it('counts a period as final only when every row of it is final', async () => {
    const latest = async () => {
      const response = await postGraphQL<{ situationPicture: { cells: { period: string }[] } }>(
        fixture.url,
        '{ situationPicture(indicators: ["crime_x"]) { cells { period } } }',
        { token },
      );
      return new Set(response.data!.situationPicture.cells.map((c) => c.period));
    };
    expect(await latest()).toEqual(new Set(['2026-Q2']));
    // One final row among provisional ones: 2026-Q3 is not final yet.
    const mixed = [
      'indicator,district,period,value,provisional',
      'crime_x,1980R001,2026-Q3,4,false',
      'crime_x,1980R002,2026-Q3,4,true',
      'crime_x,1980R003,2026-Q3,4,true',
      'crime_x,1980R004,2026-Q3,4,true',
    ].join('\n');
    expect((await importFile(mixed)).ok).toBe(true);
    expect(await latest()).toEqual(new Set(['2026-Q2']));
    expect((await importFile(mixed.replaceAll(',true', ',false'))).ok).toBe(true);
    expect(await latest()).toEqual(new Set(['2026-Q3']));
  });

  it('cannot hold Infinity or NaN, whatever writes to the table', async () => {
    const { Client } = await import('pg');
    const client = new Client({ connectionString: fixture.database.url });
    await client.connect();
    try {
      for (const [column, bad] of [
        ['value', 'Infinity'],
        ['value', 'NaN'],
        ['numerator', '-Infinity'],
        ['denominator', 'NaN'],
      ] as const) {
        await expect(
          client.query(`UPDATE situation.observation SET "${column}" = $1::float8`, [bad]),
        ).rejects.toThrow(/violates check constraint/);
      }
      await expect(
        client.query(
          `INSERT INTO situation.reference_observation
             ("indicatorId", "areaCode", period, "periodStart", value, "importId")
           SELECT "indicatorId", '1980', period, "periodStart", 'Infinity', "importId"
             FROM situation.observation LIMIT 1`,
        ),
      ).rejects.toThrow(/violates check constraint/);
    } finally {
      await client.end();
    }
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
