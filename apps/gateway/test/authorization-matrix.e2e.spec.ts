import { readFileSync } from 'node:fs';
import { buildSchema, GraphQLObjectType } from 'graphql';
import { UnsecuredJWT } from 'jose';
import { API_SCHEMA_PATH } from '@lagesbild/supergraph';
import type { GraphQLResponse } from '@lagesbild/test-kit';
import { startProductionFixture, type ProductionFixture } from './production-fixture';

/** Who calls: no token, an expired token, or a demo user in one of the roles. */
const CALLERS = {
  none: null,
  expired: 'gsn.sekreterare',
  analyst: 'analytiker',
  leadership: 'ks.ordforande',
  ownCommittee: 'gsn.sekreterare',
  otherCommittee: 'iff.sekreterare',
  police: 'polis.samordnare',
  admin: 'admin',
} as const;

type Caller = keyof typeof CALLERS;
const SIGNED_IN: Caller[] = [
  'analyst',
  'leadership',
  'ownCommittee',
  'otherCommittee',
  'police',
  'admin',
];

/** The intervention the committee cells act on: owned by GSN, involving neither IFF nor LPO. */
interface Target {
  id: string;
  version: number;
  status: string;
  coOwners: { code: string }[];
}

interface Row {
  /** The operation must succeed for exactly these callers and be refused for every other. */
  allowed: Caller[];
  run(f: ProductionFixture, token: string | undefined): Promise<GraphQLResponse>;
}

let fixture: ProductionFixture;

async function asLeadership<Data>(query: string, variables?: Record<string, unknown>) {
  const response = await fixture.graphql<Data>(
    await fixture.tokenFor('ks.ordforande'),
    query,
    variables,
  );
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data!;
}

async function target(): Promise<Target> {
  const data = await asLeadership<{
    interventions: { edges: { node: Target & { status: string } }[] };
  }>(
    '{ interventions(first: 100, filter: { owner: "GSN" }) { edges { node { id version status coOwners { code } } } } }',
  );
  const found = data.interventions.edges
    .map((e) => e.node)
    .find(
      (i) => i.status !== 'CANCELLED' && !i.coOwners.some((c) => ['IFF', 'LPO'].includes(c.code)),
    );
  if (!found) throw new Error('no GSN intervention without IFF and LPO');
  return found;
}

const mutate =
  (build: (t: Target) => { query: string; variables?: Record<string, unknown> }) =>
  async (f: ProductionFixture, token: string | undefined) => {
    const { query, variables } = build(await target());
    return f.graphql(token, query, variables);
  };

const read =
  (query: string, variables?: Record<string, unknown>) =>
  (f: ProductionFixture, token: string | undefined) =>
    f.graphql(token, query, variables);

const MATRIX: Record<string, Row> = {
  // Mutations: ARCHITECTURE.md, "Identity and access".
  createIntervention: {
    allowed: ['leadership'],
    run: read(
      'mutation { createIntervention(input: { title: "Matrisinsats", goal: "Mål", owner: "GSN", startDate: "2026-01-01", endDate: "2026-12-31" }) { id } }',
    ),
  },
  updateIntervention: {
    allowed: ['leadership', 'ownCommittee'],
    run: mutate((t) => ({
      query:
        'mutation($id: ID!, $v: Int!, $g: String!) { updateIntervention(id: $id, expectedVersion: $v, input: { goal: $g }) { id } }',
      variables: { id: t.id, v: t.version, g: `Mål v${t.version}` },
    })),
  },
  setInterventionStatus: {
    allowed: ['leadership', 'ownCommittee'],
    run: mutate((t) => ({
      query:
        'mutation($id: ID!, $v: Int!, $s: InterventionStatus!) { setInterventionStatus(id: $id, expectedVersion: $v, status: $s) { id } }',
      variables: { id: t.id, v: t.version, s: t.status === 'ONGOING' ? 'AT_RISK' : 'ONGOING' },
    })),
  },
  addMilestone: {
    allowed: ['leadership', 'ownCommittee'],
    run: mutate((t) => ({
      query:
        'mutation($id: ID!, $v: Int!) { addMilestone(interventionId: $id, expectedVersion: $v, milestone: { title: "Delmål", dueDate: "2027-01-31" }) { id } }',
      variables: { id: t.id, v: t.version },
    })),
  },
  completeMilestone: {
    allowed: ['leadership', 'ownCommittee'],
    async run(f, token) {
      const t = await target();
      const added = await asLeadership<{
        addMilestone: { version: number; milestones: { id: string; doneDate: string | null }[] };
      }>(
        'mutation($id: ID!, $v: Int!) { addMilestone(interventionId: $id, expectedVersion: $v, milestone: { title: "Att klarmarkera", dueDate: "2027-02-28" }) { version milestones { id doneDate } } }',
        { id: t.id, v: t.version },
      );
      const open = added.addMilestone.milestones.find((m) => m.doneDate === null);
      return f.graphql(
        token,
        'mutation($m: ID!, $v: Int!) { completeMilestone(milestoneId: $m, expectedVersion: $v) { id } }',
        {
          m: open?.id,
          v: added.addMilestone.version,
        },
      );
    },
  },
  addProgressReport: {
    allowed: ['leadership', 'ownCommittee'],
    run: mutate((t) => ({
      query:
        'mutation($id: ID!, $v: Int!) { addProgressReport(interventionId: $id, expectedVersion: $v, report: { status: ONGOING, text: "Lägesrapport" }) { id } }',
      variables: { id: t.id, v: t.version },
    })),
  },
  reassignIntervention: {
    allowed: ['leadership'],
    run: mutate((t) => ({
      query:
        'mutation($id: ID!, $v: Int!, $co: [String!]!) { reassignIntervention(id: $id, expectedVersion: $v, owner: "GSN", coOwners: $co) { id } }',
      variables: { id: t.id, v: t.version, co: t.coOwners.length ? [] : ['IFN'] },
    })),
  },
  prioritiseFocusAreas: {
    allowed: ['leadership'],
    async run(f, token) {
      const { focusAreas } = await asLeadership<{ focusAreas: { id: string }[] }>(
        '{ focusAreas { id } }',
      );
      const order = focusAreas.map((a) => a.id);
      return f.graphql(
        token,
        'mutation($o: [ID!]!) { prioritiseFocusAreas(order: $o, expectedOrder: $o) { id } }',
        { o: order },
      );
    },
  },
  createFocusArea: {
    allowed: ['leadership'],
    run: read(
      'mutation { createFocusArea(input: { title: "Matrisområde", problem: "Problem", periodStart: "2026-01-01", periodEnd: "2026-12-31" }) { id } }',
    ),
  },
  updateFocusArea: {
    allowed: ['leadership'],
    async run(f, token) {
      const { focusAreas } = await asLeadership<{ focusAreas: { id: string; version: number }[] }>(
        '{ focusAreas { id version } }',
      );
      const area = focusAreas[0]!;
      return f.graphql(
        token,
        'mutation($id: ID!, $v: Int!, $p: String!) { updateFocusArea(id: $id, expectedVersion: $v, input: { problem: $p }) { id } }',
        { id: area.id, v: area.version, p: `Problem v${area.version}` },
      );
    },
  },
  publishActionPlan: {
    allowed: ['leadership'],
    run: read('mutation { publishActionPlan(title: "Matrisplan", period: "2026") { version } }'),
  },
  importObservations: {
    allowed: ['analyst', 'admin'],
    run: read(
      'mutation($c: String!) { importObservations(format: CSV, content: $c, dryRun: true) { ok } }',
      { c: 'indicator,district,period,value\ncrime_total,1980R001,2026-10,7' },
    ),
  },
  undoImport: {
    allowed: ['leadership', 'admin'],
    // A fresh import (by the analyst) for each caller to try to undo.
    run: async (f, token) => {
      const imported = await f.graphql<{ importObservations: { importId: string } }>(
        await f.tokenFor('analytiker'),
        'mutation($c: String!) { importObservations(format: CSV, content: $c) { importId } }',
        { c: 'indicator,district,period,value\ncrime_total,1980R002,2026-10,3' },
      );
      return f.graphql(token, 'mutation($id: ID!) { undoImport(id: $id) { undoneAt } }', {
        id: imported.data?.importObservations.importId,
      });
    },
  },
  importDistrictBoundaries: {
    allowed: ['admin'],
    run: read(
      'mutation($g: String!) { importDistrictBoundaries(geojson: $g, dryRun: true) { ok } }',
      { g: '{"type":"FeatureCollection","features":[]}' },
    ),
  },
  // Queries: everyone signed in reads, but the change log is for leadership and admins.
  changeLog: {
    allowed: ['leadership', 'admin'],
    run: read('{ changeLog(first: 1) { totalCount } }'),
  },
  people: { allowed: SIGNED_IN, run: read('{ people { name email } }') },
  me: { allowed: SIGNED_IN, run: read('{ me { username } }') },
  council: { allowed: SIGNED_IN, run: read('{ council { name } }') },
  districts: { allowed: SIGNED_IN, run: read('{ districts { code } }') },
  district: { allowed: SIGNED_IN, run: read('{ district(code: "1980R001") { name } }') },
  organisations: { allowed: SIGNED_IN, run: read('{ organisations { code } }') },
  organisation: { allowed: SIGNED_IN, run: read('{ organisation(code: "GSN") { name } }') },
  actionPlans: { allowed: SIGNED_IN, run: read('{ actionPlans { version } }') },
  actionPlanDraft: {
    allowed: SIGNED_IN,
    run: read('{ actionPlanDraft { fingerprint focusAreas { title } } }'),
  },
  actionPlan: {
    allowed: SIGNED_IN,
    async run(f, token) {
      const { actionPlans } = await asLeadership<{ actionPlans: { version: number }[] }>(
        '{ actionPlans { version } }',
      );
      return f.graphql(token, 'query($v: Int!) { actionPlan(version: $v) { title } }', {
        v: actionPlans.at(-1)?.version ?? 1,
      });
    },
  },
  compareActionPlans: {
    allowed: SIGNED_IN,
    async run(f, token) {
      await asLeadership(
        'mutation { publishActionPlan(title: "Jämförelse", period: "2026") { version } }',
      );
      const { actionPlans } = await asLeadership<{ actionPlans: { version: number }[] }>(
        '{ actionPlans { version } }',
      );
      return f.graphql(
        token,
        'query($a: Int!, $b: Int!) { compareActionPlans(from: $a, to: $b) { added { id } } }',
        {
          a: actionPlans.at(-1)?.version,
          b: actionPlans[0]?.version,
        },
      );
    },
  },
  focusAreas: { allowed: SIGNED_IN, run: read('{ focusAreas { title } }') },
  interventions: { allowed: SIGNED_IN, run: read('{ interventions(first: 1) { totalCount } }') },
  intervention: {
    allowed: SIGNED_IN,
    run: mutate((t) => ({
      query: 'query($id: ID!) { intervention(id: $id) { title } }',
      variables: { id: t.id },
    })),
  },
  myAssignments: { allowed: SIGNED_IN, run: read('{ myAssignments { title } }') },
  kpiSummary: { allowed: SIGNED_IN, run: read('{ kpiSummary { total } }') },
  dataImports: { allowed: SIGNED_IN, run: read('{ dataImports { id } }') },
  indicators: { allowed: SIGNED_IN, run: read('{ indicators { key } }') },
  indicator: { allowed: SIGNED_IN, run: read('{ indicator(key: "crime_total") { name } }') },
  series: {
    allowed: SIGNED_IN,
    run: read(
      '{ series(indicator: "crime_total", districts: ["1980R001"]) { municipal { period } } }',
    ),
  },
  situationPicture: {
    allowed: SIGNED_IN,
    run: read('{ situationPicture(indicators: ["crime_total"]) { synthetic } }'),
  },
  situationPeriods: {
    allowed: SIGNED_IN,
    run: read('{ situationPeriods(granularity: YEAR, indicators: ["crime_total"]) { period } }'),
  },
};

/** What everyone signed in reads of an intervention, with one field that has a rule of its own. */
const interventionField =
  (selection: string) => async (f: ProductionFixture, token: string | undefined) =>
    f.graphql(token, 'query($id: ID!) { intervention(id: $id) { title ' + selection + ' } }', {
      id: (await target()).id,
    });

/**
 * Fields with a rule of their own on objects everyone signed in reads: refused, the field is null
 * and the rest of the answer stays.
 */
const FIELD_MATRIX: Record<string, Row> = {
  // The change log, with the account and contact details of who made each change.
  'Intervention.changes': {
    allowed: ['leadership', 'admin'],
    run: interventionField('changes { actorName actor { username email } before after }'),
  },
  // The public record: the name of who made each change, nothing more about them.
  'Intervention.history': {
    allowed: SIGNED_IN,
    run: interventionField('history { actorName action before after }'),
  },
  'Intervention.statusHistory': {
    allowed: SIGNED_IN,
    run: interventionField('statusHistory { actorName action after }'),
  },
};

beforeAll(async () => {
  // Hundreds of cells from few users in a minute: the rate limits have their own tests.
  fixture = await startProductionFixture({
    RATE_LIMIT_PER_MINUTE: '100000',
    AUTH_FAILURES_PER_MINUTE: '100000',
  });
});

afterAll(() => fixture?.stop());

describe('the authorization matrix', () => {
  it('has a row for every query and mutation of the API', () => {
    const schema = buildSchema(readFileSync(API_SCHEMA_PATH, 'utf8'));
    const operations = [
      ...Object.keys(schema.getQueryType()?.getFields() ?? {}),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}),
    ].sort();
    expect(Object.keys(MATRIX).sort()).toEqual(operations);
  });

  it('gives everyone signed in a history that names who made a change and nothing more', () => {
    const schema = buildSchema(readFileSync(API_SCHEMA_PATH, 'utf8'));
    const history = schema.getType('HistoryEntry');
    expect(history).toBeInstanceOf(GraphQLObjectType);
    expect(Object.keys((history as GraphQLObjectType).getFields()).sort()).toEqual(
      ['action', 'actorName', 'after', 'at', 'before', 'entityType', 'id'].sort(),
    );
  });

  const cells = (matrix: Record<string, Row>) =>
    Object.entries(matrix).flatMap(([name, row]) =>
      (Object.keys(CALLERS) as Caller[]).map((caller) => [name, caller, row] as const),
    );

  const tokenOf = async (caller: Caller) => {
    const username = CALLERS[caller];
    return username === null
      ? undefined
      : fixture.tokenFor(username, caller === 'expired' ? -120 : undefined);
  };

  const expectRefused = (response: GraphQLResponse, caller: Caller, result: unknown) => {
    const code = response.errors?.[0]?.extensions?.code;
    expect(['UNAUTHENTICATED', 'FORBIDDEN']).toContain(code);
    expect(result ?? null).toBeNull();
    if (caller === 'none' || caller === 'expired') expect(response.status).toBe(401);
  };

  it.each(cells(MATRIX))('%s as %s', async (operation, caller, row) => {
    const response = await row.run(fixture, await tokenOf(caller));
    const result = (response.data as Record<string, unknown> | null | undefined)?.[operation];
    if (row.allowed.includes(caller)) {
      expect(response.errors).toBeUndefined();
      expect(result).toBeDefined();
      expect(result).not.toBeNull();
    } else {
      expectRefused(response, caller, result);
    }
  });

  it.each(cells(FIELD_MATRIX))('%s as %s', async (field, caller, row) => {
    const response = await row.run(fixture, await tokenOf(caller));
    const [type, name] = field.split('.') as [string, string];
    const parent = (response.data as Record<string, Record<string, unknown> | null> | null)?.[
      type.toLowerCase()
    ];
    const result = parent?.[name];
    if (row.allowed.includes(caller)) {
      expect(response.errors).toBeUndefined();
      expect(result).toEqual(expect.arrayContaining([expect.anything()]));
    } else {
      expectRefused(response, caller, result);
      // A signed-in caller still gets the rest of the intervention.
      if (caller !== 'none' && caller !== 'expired')
        expect(parent?.title).toEqual(expect.any(String));
    }
  });
});

describe('production identity', () => {
  it('issues no demo tokens once an OpenID Connect issuer is configured', async () => {
    const response = await fetch(fixture.stack.gatewayUrl.replace(/graphql$/, 'auth/dev-token'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: 'admin' }),
    });
    expect(response.status).toBe(404);
  });

  it('refuses alg: none, a wrong audience, a forged signature and an unknown organisation', async () => {
    const unsigned = new UnsecuredJWT({ roles: ['LEADERSHIP'], org: 'KS' })
      .setSubject('ks.ordforande')
      .setIssuer(fixture.issuer.issuer)
      .setAudience(fixture.issuer.audience)
      .setExpirationTime('1h')
      .encode();
    const wrongAudience = await fixture.issuer.tokenWith({
      sub: 'admin',
      roles: ['ADMIN'],
      aud: 'another-app',
    });
    const valid = await fixture.tokenFor('analytiker');
    const [header, payload] = valid.split('.');
    const forged = `${header}.${Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), roles: ['LEADERSHIP'] })).toString('base64url')}.${valid.split('.')[2]}`;
    const stranger = await fixture.issuer.tokenWith({
      sub: 'x',
      roles: ['LEADERSHIP'],
      org: 'NOT_A_COUNCIL_MEMBER',
    });
    for (const token of [unsigned, wrongAudience, forged, stranger]) {
      const response = await fixture.graphql(token, '{ kpiSummary { total } }');
      expect(response.status).toBe(401);
      expect(response.data ?? null).toBeNull();
    }
  });

  it('stops the GSN secretary from changing an IFF intervention through any mutation', async () => {
    const { interventions } = await asLeadership<{
      interventions: {
        edges: { node: { id: string; version: number; coOwners: { code: string }[] } }[];
      };
    }>(
      '{ interventions(first: 100, filter: { owner: "IFF" }) { edges { node { id version coOwners { code } } } } }',
    );
    const iff = interventions.edges
      .map((e) => e.node)
      .find((i) => !i.coOwners.some((c) => c.code === 'GSN'))!;
    const token = await fixture.tokenFor('gsn.sekreterare');
    const attempts = [
      [
        'updateIntervention',
        'mutation($id: ID!, $v: Int!) { updateIntervention(id: $id, expectedVersion: $v, input: { goal: "x" }) { id } }',
      ],
      [
        'setInterventionStatus',
        'mutation($id: ID!, $v: Int!) { setInterventionStatus(id: $id, expectedVersion: $v, status: CANCELLED) { id } }',
      ],
      [
        'addMilestone',
        'mutation($id: ID!, $v: Int!) { addMilestone(interventionId: $id, expectedVersion: $v, milestone: { title: "x", dueDate: "2027-01-01" }) { id } }',
      ],
      [
        'addProgressReport',
        'mutation($id: ID!, $v: Int!) { addProgressReport(interventionId: $id, expectedVersion: $v, report: { status: ONGOING, text: "x" }) { id } }',
      ],
      [
        'reassignIntervention',
        'mutation($id: ID!, $v: Int!) { reassignIntervention(id: $id, expectedVersion: $v, owner: "GSN") { id } }',
      ],
    ] as const;
    for (const [, mutation] of attempts) {
      const response = await fixture.graphql(token, mutation, { id: iff.id, v: iff.version });
      expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const after = await asLeadership<{ intervention: { version: number } }>(
      'query($id: ID!) { intervention(id: $id) { version } }',
      { id: iff.id },
    );
    expect(after.intervention.version).toBe(iff.version);
  });
});
