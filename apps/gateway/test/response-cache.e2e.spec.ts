import { Client } from 'pg';
import { startProductionFixture, type ProductionFixture } from './production-fixture';

const METRICS_TOKEN = 'scrape-token-for-prometheus-0123456789';

const CELL = `query Cell($period: String) { situationPicture(period: $period) {
  cells { district { code } indicator { key } period value } } }`;

const ME = '{ me { username } }';
const MY_ASSIGNMENTS = '{ myAssignments { id owner { code } coOwners { code } } }';

const IMPORT = `mutation($content: String!) {
  importObservations(format: CSV, content: $content) { ok existing inserted importId } }`;

interface Cells {
  situationPicture: {
    cells: {
      district: { code: string };
      indicator: { key: string };
      period: string;
      value: number | null;
    }[];
  };
}

/** The gateway's answer as bytes, exactly as the caller receives it. */
async function rawAnswer(fixture: ProductionFixture, token: string, query: string, variables = {}) {
  const response = await fetch(fixture.stack.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  expect(response.headers.get('cache-control')).toBe('no-store');
  return response.text();
}

describe('the gateway keeps whole answers per caller and data version', () => {
  let fixture: ProductionFixture;
  let analyst: string;
  let database: Client;
  /** The cell the tests change: one district's first indicator in the latest picture. */
  let cell: { district: string; indicator: string; period: string };

  const cellValue = async (): Promise<number | null> => {
    const answer = await fixture.graphql<Cells>(analyst, CELL);
    expect(answer.errors).toBeUndefined();
    const found = answer.data?.situationPicture.cells.find(
      (c) =>
        c.district.code === cell.district &&
        c.indicator.key === cell.indicator &&
        c.period === cell.period,
    );
    return found?.value ?? null;
  };

  beforeAll(async () => {
    fixture = await startProductionFixture({ METRICS_TOKEN });
    analyst = await fixture.tokenFor('analytiker');
    database = new Client({ connectionString: fixture.databaseUrl });
    await database.connect();
    const answer = await fixture.graphql<Cells>(analyst, CELL);
    const first = answer.data?.situationPicture.cells.find(
      (c) => c.value !== null && c.value >= 10 && Number.isInteger(c.value),
    );
    if (!first) throw new Error('The demo picture has no published count to change.');
    cell = { district: first.district.code, indicator: first.indicator.key, period: first.period };
  });

  afterAll(async () => {
    await database?.end();
    await fixture?.stop();
  });

  /** How many situationPicture operations the situation subgraph has executed. */
  const pictureOperations = async (): Promise<number> => {
    const url = (fixture.stack.subgraphUrls.situation ?? '').replace(/graphql$/, 'metrics');
    const text = await (
      await fetch(url, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })
    ).text();
    return text
      .split('\n')
      .filter(
        (line) =>
          line.startsWith('graphql_operations_total{') && line.includes('field="situationPicture"'),
      )
      .reduce((sum, line) => sum + Number(line.split(' ').pop()), 0);
  };

  it('has every table of every subgraph raise its data version', async () => {
    const { rows } = await database.query<{ table: string }>(
      `SELECT n.nspname || '.' || c.relname AS "table" FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname IN ('directory', 'situation', 'interventions') AND c.relkind IN ('r', 'p')
         AND c.relname NOT IN ('migrations', 'data_version')
         AND NOT EXISTS (SELECT 1 FROM pg_trigger t
                         WHERE t.tgrelid = c.oid AND t.tgname = 'raise_data_version')`,
    );
    expect(rows).toEqual([]);
  });

  it('answers the same bytes again while nothing changes, without asking the subgraph', async () => {
    const first = await rawAnswer(fixture, analyst, CELL);
    const executed = await pictureOperations();
    expect(executed).toBeGreaterThan(0);
    expect(await rawAnswer(fixture, analyst, CELL)).toBe(first);
    expect(await pictureOperations()).toBe(executed);
    // Another caller with the same access gets the same figures, computed for them.
    const colleague = await fixture.tokenFor('analytiker');
    expect(await rawAnswer(fixture, colleague, CELL)).toBe(first);
  });

  it('shows a figure written past the gateway in the very next answer', async () => {
    const before = await cellValue();
    // As another instance of the situation subgraph would: straight into the database.
    await database.query(
      `UPDATE situation.observation o SET value = value + 1000 FROM situation.indicator i
       WHERE o."indicatorId" = i.id AND i.key = $1 AND o."districtCode" = $2 AND o.period = $3`,
      [cell.indicator, cell.district, cell.period],
    );
    expect(await cellValue()).toBe((before ?? 0) + 1000);
  });

  it('sees a figure change in an answer joined from several subgraphs', async () => {
    const KPI =
      '{ kpiSummary { total followUps { indicator { key municipalFigure { period value } } } } }';
    const leader = await fixture.tokenFor('ks.ordforande');
    const figure = async () => {
      const answer = await fixture.graphql<{
        kpiSummary: {
          followUps: {
            indicator: {
              key: string;
              municipalFigure: { period: string; value: number | null } | null;
            };
          }[];
        };
      }>(leader, KPI);
      expect(answer.errors).toBeUndefined();
      const followUp = answer.data?.kpiSummary.followUps.find(
        (f) => f.indicator.municipalFigure?.value !== null && f.indicator.municipalFigure !== null,
      );
      if (!followUp?.indicator.municipalFigure)
        throw new Error('No follow-up with a municipal figure.');
      return { key: followUp.indicator.key, ...followUp.indicator.municipalFigure };
    };
    const before = await figure();
    expect(await figure()).toEqual(before);
    await database.query(
      `UPDATE situation.observation o SET value = value * 3 + 100 FROM situation.indicator i
       WHERE o."indicatorId" = i.id AND i.key = $1 AND o.period = $2`,
      [before.key, before.period],
    );
    const after = await figure();
    expect(after.key).toBe(before.key);
    expect(after.value).not.toBe(before.value);
  });

  it('shows an intervention changed past the gateway in the very next answer', async () => {
    const committee = await fixture.tokenFor('gsn.sekreterare');
    const titles = async () => {
      const answer = await fixture.graphql<{ myAssignments: { id: string; title: string }[] }>(
        committee,
        '{ myAssignments { id title } }',
      );
      expect(answer.errors).toBeUndefined();
      return answer.data?.myAssignments ?? [];
    };
    const [first] = await titles();
    if (!first) throw new Error('The committee owns no intervention.');
    expect((await titles())[0]).toEqual(first);
    // As another instance of the interventions subgraph would: straight into the database.
    await database.query('UPDATE interventions.intervention SET title = $1 WHERE id = $2', [
      `${first.title} (ändrad)`,
      first.id,
    ]);
    expect((await titles()).find((i) => i.id === first.id)?.title).toBe(`${first.title} (ändrad)`);
  });

  it('executes every mutation and shows its effect in the next query', async () => {
    const content = `indicator,district,period,value\n${cell.indicator},${cell.district},${cell.period},7`;
    const importIds = new Set<string>();
    for (let i = 0; i < 2; i += 1) {
      const imported = await fixture.graphql<{
        importObservations: { ok: boolean; existing: number; importId: string };
      }>(analyst, IMPORT, { content });
      expect(imported.errors).toBeUndefined();
      expect(imported.data?.importObservations).toMatchObject({ ok: true, existing: 1 });
      importIds.add(imported.data?.importObservations.importId ?? '');
      expect(await cellValue()).toBe(7);
    }
    // Every import is recorded: two records, so the second was executed, not replayed.
    expect(importIds.size).toBe(2);
  });

  it("never gives one caller another's answer", async () => {
    const users = ['gsn.sekreterare', 'iff.sekreterare', 'analytiker'];
    const tokens = await Promise.all(users.map((user) => fixture.tokenFor(user)));
    for (let round = 0; round < 2; round += 1) {
      for (const [i, token] of tokens.entries()) {
        const me = await fixture.graphql<{ me: { username: string } }>(token, ME);
        expect(me.data?.me.username).toBe(users[i]);
      }
    }
    const assignments = async (token: string) => {
      const answer = await fixture.graphql<{
        myAssignments: { owner: { code: string }; coOwners: { code: string }[] }[];
      }>(token, MY_ASSIGNMENTS);
      expect(answer.errors).toBeUndefined();
      return answer.data?.myAssignments ?? [];
    };
    for (let round = 0; round < 2; round += 1) {
      for (const [i, organisation] of ['GSN', 'IFF'].entries()) {
        const owned = await assignments(tokens[i] ?? '');
        expect(owned.length).toBeGreaterThan(0);
        for (const intervention of owned) {
          const codes = [intervention.owner.code, ...intervention.coOwners.map((c) => c.code)];
          expect(codes).toContain(organisation);
        }
      }
    }
  });
});
