import { Client } from 'pg';
import { postGraphQL } from '@lagesbild/test-kit';
import {
  analyst,
  leadership,
  startSituationFixture,
  type SituationFixture,
} from './situation-fixture';

const IMPORT = `mutation($format: ObservationFileFormat!, $content: String!) {
  importObservations(format: $format, content: $content) { ok inserted existing importId problems { row field message } } }`;

const UNDO = `mutation($id: ID!) { undoImport(id: $id) { id undoneAt undoneBy } }`;

const IMPORTS = `{ dataImports(first: 100) { id importedBy inserted existing undoneAt undoneBy } }`;

const csv = (...lines: string[]) => ['indicator,district,period,value', ...lines].join('\n');

/** Values whose every bit matters: a careless round trip through text would change them. */
const BASELINE = csv(
  'insecurity_z,1980R001,2024,0.30000000000000004',
  'insecurity_z,1980R002,2024,33.333333333333336',
  'insecurity_z,1980R003,2024,1e-300',
  'insecurity_z,1980R004,2024,123456.789',
);

describe('undoing an import', () => {
  let fixture: SituationFixture;
  let db: Client;
  let analystToken: string;
  let leadershipToken: string;

  const importFile = async (content: string, format = 'CSV') => {
    const response = await postGraphQL<{
      importObservations: { ok: boolean; importId: string | null; problems: unknown[] };
    }>(fixture.url, IMPORT, { token: analystToken, variables: { format, content } });
    const result = response.data?.importObservations;
    if (!result?.ok || !result.importId) throw new Error(JSON.stringify(response));
    return result.importId;
  };

  const undo = (id: string, token = leadershipToken) =>
    postGraphQL<{ undoImport: { id: string; undoneAt: string; undoneBy: string } }>(
      fixture.url,
      UNDO,
      { token, variables: { id } },
    );

  /** Every stored row of both tables, as Postgres writes it, with the exact bits of each value. */
  const snapshot = async () => {
    const observations = await db.query(
      `SELECT o::text AS row, encode(float8send(o.value), 'hex') AS bits
         FROM situation.observation o ORDER BY "indicatorId", "districtCode", period`,
    );
    const references = await db.query(
      `SELECT r::text AS row, encode(float8send(r.value), 'hex') AS bits
         FROM situation.reference_observation r ORDER BY "indicatorId", "areaCode", period`,
    );
    return { observations: observations.rows, references: references.rows };
  };

  beforeAll(async () => {
    fixture = await startSituationFixture(false);
    db = new Client({ connectionString: fixture.database.url });
    await db.connect();
    analystToken = await fixture.tokenFor(analyst);
    leadershipToken = await fixture.tokenFor(leadership);
    await importFile(
      csv(
        ...['1980R001', '1980R002', '1980R003', '1980R004'].map((d) => `population,${d},2024,1000`),
      ),
    );
    await importFile(BASELINE);
  });

  afterAll(async () => {
    await db?.end();
    await fixture?.stop();
  });

  it('puts back byte for byte the figures an import replaced and removes those it added', async () => {
    const before = await snapshot();
    const id = await importFile(
      csv(
        'insecurity_z,1980R001,2024,0.3',
        'insecurity_z,1980R003,2024,2e-300',
        'insecurity_z,1980R004,2024,123456.789',
        'insecurity_z,1980R001,2025,7.5',
        'insecurity_z,1980R002,2025,0.1',
      ),
    );
    expect(await snapshot()).not.toEqual(before);

    const response = await undo(id);
    expect(response.errors).toBeUndefined();
    expect(response.data!.undoImport).toMatchObject({ id, undoneBy: 'ks.ordforande' });
    expect(Date.parse(response.data!.undoImport.undoneAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(await snapshot()).toEqual(before);

    const list = await postGraphQL<{
      dataImports: { id: string; undoneAt: string | null; undoneBy: string | null }[];
    }>(fixture.url, IMPORTS, { token: analystToken });
    expect(list.data!.dataImports.find((i) => i.id === id)).toMatchObject({
      undoneBy: 'ks.ordforande',
      undoneAt: expect.any(String),
    });
    expect((await undo(id)).errors?.[0]).toMatchObject({
      message: expect.stringMatching(/was undone already, by ks\.ordforande/),
      extensions: { code: 'CONFLICT' },
    });
  });

  it('refuses while a later import changed the same figures, and allows it once that is undone', async () => {
    const before = await snapshot();
    const first = await importFile(
      csv('insecurity_z,1980R002,2024,40', 'insecurity_z,1980R003,2023,1'),
    );
    const later = await importFile(csv('insecurity_z,1980R002,2024,41'));
    const refused = await undo(first);
    expect(refused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(refused.errors?.[0]?.message).toMatch(
      new RegExp(
        `cannot be undone: a later import \\(by analytiker at .*, id ${later}\\) changed 1 of its cells \\(insecurity_z for 1980R002 in 2024\\)\\. Undo the later import first\\.`,
      ),
    );
    const middle = await snapshot();
    expect(middle).not.toEqual(before);

    expect((await undo(later)).errors).toBeUndefined();
    expect((await undo(first)).errors).toBeUndefined();
    expect(await snapshot()).toEqual(before);
  });

  it('undoes a Kolada import of reference figures', async () => {
    const before = await snapshot();
    const kolada = (value: number) =>
      JSON.stringify({
        values: [
          { kpi: 'N07403', municipality: '1980', period: 2024, values: [{ gender: 'T', value }] },
        ],
      });
    await importFile(kolada(1200), 'KOLADA_JSON');
    const withFirst = await snapshot();
    const second = await importFile(kolada(1300), 'KOLADA_JSON');
    expect((await undo(second)).errors).toBeUndefined();
    expect(await snapshot()).toEqual(withFirst);
    expect(withFirst).not.toEqual(before);
  });

  it('lets only council leadership and admins undo', async () => {
    const id = await importFile(csv('insecurity_z,1980R004,2023,5'));
    const refused = await undo(id, analystToken);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const rows = await db.query(`SELECT "undoneAt" FROM situation.data_import WHERE id = $1`, [id]);
    expect(rows.rows[0].undoneAt).toBeNull();
    expect((await undo('00000000-0000-4000-8000-000000000000')).errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );
  });
});
