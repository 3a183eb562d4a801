import { Client } from 'pg';
import { startInterventionsFixture, type InterventionsFixture } from './interventions-fixture';

interface Summary {
  id: string;
  title: string;
  version: number;
  status: string;
  owner: { code: string };
  coOwners: { code: string }[];
}

const FIELDS = 'id title version status owner { code } coOwners { code }';

let fixture: InterventionsFixture;

beforeAll(async () => {
  fixture = await startInterventionsFixture();
});

afterAll(() => fixture?.stop());

async function all(filter: Record<string, unknown> = {}): Promise<Summary[]> {
  const response = await fixture.gateway<{ interventions: { edges: { node: Summary }[] } }>(
    'analytiker',
    `query($filter: InterventionFilter) { interventions(filter: $filter, first: 100) { edges { node { ${FIELDS} } } } }`,
    { filter },
  );
  expect(response.errors).toBeUndefined();
  return response.data!.interventions.edges.map((e) => e.node);
}

/** An intervention that the given organisation neither owns nor co-owns. */
async function notOwnedBy(code: string): Promise<Summary> {
  const found = (await all()).find(
    (i) =>
      i.owner.code !== code && !i.coOwners.some((c) => c.code === code) && i.status !== 'CANCELLED',
  );
  if (!found) throw new Error(`every intervention involves ${code}`);
  return found;
}

async function current(id: string): Promise<Summary> {
  const response = await fixture.gateway<{ intervention: Summary }>(
    'analytiker',
    `query($id: ID!) { intervention(id: $id) { ${FIELDS} } }`,
    { id },
  );
  return response.data!.intervention;
}

async function changeLogRows(interventionId: string): Promise<{ action: string }[]> {
  const client = new Client({ connectionString: fixture.databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      'SELECT action FROM interventions.change_log WHERE "interventionId" = $1 ORDER BY id',
      [interventionId],
    );
    return rows;
  } finally {
    await client.end();
  }
}

describe('reading interventions', () => {
  it("gives the GSN secretary exactly GSN's interventions, overdue milestones first", async () => {
    const response = await fixture.gateway<{
      myAssignments: (Summary & { overdueMilestones: number })[];
    }>('gsn.sekreterare', `{ myAssignments { ${FIELDS} overdueMilestones } }`);
    expect(response.errors).toBeUndefined();
    const mine = response.data!.myAssignments;
    const expected = (await all()).filter(
      (i) => i.owner.code === 'GSN' || i.coOwners.some((c) => c.code === 'GSN'),
    );
    expect(mine.map((i) => i.id).sort()).toEqual(expected.map((i) => i.id).sort());
    expect(mine.length).toBeGreaterThan(3);
    const overdue = mine.map((i) => i.overdueMilestones > 0);
    expect(overdue).toEqual([...overdue].sort((a, b) => Number(b) - Number(a)));
  });

  it('resolves Organisation.interventions and District.interventions across subgraphs', async () => {
    const response = await fixture.gateway<{
      organisation: { name: string; interventions: Summary[] };
      district: {
        name: string;
        interventions: { title: string; districts: { code: string; name: string }[] }[];
      };
    }>(
      'analytiker',
      `{ organisation(code: "IFF") { name interventions { ${FIELDS} } }
         district(code: "1980R046") { name interventions { title districts { code name } } } }`,
    );
    expect(response.errors).toBeUndefined();
    const { organisation, district } = response.data!;
    expect(organisation.name).toBe('Nämnden för idrott, fritid och förebyggande');
    expect(organisation.interventions.length).toBeGreaterThan(0);
    expect(
      organisation.interventions.every(
        (i) => i.owner.code === 'IFF' || i.coOwners.some((c) => c.code === 'IFF'),
      ),
    ).toBe(true);
    expect(district.name).toBe('Östra Bäckby');
    expect(district.interventions.map((i) => i.title)).toContain(
      'Fältassistenter kvällar och helger i Östra Bäckby',
    );
    for (const intervention of district.interventions) {
      expect(intervention.districts).toContainEqual({ code: '1980R046', name: 'Östra Bäckby' });
    }
  });

  it('gives leadership the KPIs, with indicator figures from the situation subgraph', async () => {
    const response = await fixture.gateway<{
      kpiSummary: {
        total: number;
        shareOnTrack: number;
        byStatus: { status: string; count: number }[];
        byOwner: { owner: { code: string; name: string }; total: number }[];
        overdueMilestones: { daysOverdue: number; intervention: { title: string } }[];
        followUps: {
          target: number;
          indicator: {
            key: string;
            name: string;
            municipalFigure: { trend: { assessment: string } | null } | null;
          };
          progress: { movement: string; effect: string; differenceInDifferences: number | null };
        }[];
      };
    }>(
      'ks.ordforande',
      `{ kpiSummary { total shareOnTrack byStatus { status count } byOwner { owner { code name } total }
           overdueMilestones { daysOverdue intervention { title } }
           followUps { target indicator { key name municipalFigure { trend { assessment } } }
                       progress { movement effect differenceInDifferences } } } }`,
    );
    expect(response.errors).toBeUndefined();
    const kpis = response.data!.kpiSummary;
    expect(kpis.total).toBe((await all()).length);
    expect(kpis.byStatus.reduce((sum, s) => sum + s.count, 0)).toBe(kpis.total);
    expect(kpis.byOwner.map((o) => o.owner.code).sort()).toEqual([
      'GSN',
      'IFF',
      'IFN',
      'KS',
      'LPO',
    ]);
    expect(kpis.byOwner.find((o) => o.owner.code === 'LPO')?.owner.name).toBe(
      'Lokalpolisområde Västerås',
    );
    expect(kpis.shareOnTrack).toBeGreaterThan(0);
    expect(kpis.shareOnTrack).toBeLessThan(1);
    expect(kpis.overdueMilestones.every((m) => m.daysOverdue > 0)).toBe(true);
    const violence = kpis.followUps.find((f) => f.indicator.key === 'crime_violence');
    expect(violence?.indicator.name).toBe('Våldsbrott');
    expect(violence?.indicator.municipalFigure?.trend?.assessment).toMatch(
      /IMPROVING|WORSENING|NO_CLEAR_CHANGE/,
    );
    // Östra Bäckby's violence falls after the field workers start (a demo storyline): the
    // situation subgraph computes that from its own data, through federation.
    expect(violence?.progress).toMatchObject({
      movement: 'TOWARD_TARGET',
      effect: 'BETTER_THAN_REST',
    });
    expect(violence?.progress.differenceInDifferences).toBeLessThan(0);
  });

  it('pages through every intervention with cursors, each once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 20; page++) {
      const response: Awaited<
        ReturnType<
          typeof fixture.gateway<{
            interventions: {
              totalCount: number;
              pageInfo: { hasNextPage: boolean; endCursor: string | null };
              edges: { node: { id: string } }[];
            };
          }>
        >
      > = await fixture.gateway(
        'analytiker',
        'query($after: String) { interventions(first: 7, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }',
        { after },
      );
      const connection = response.data!.interventions;
      total = connection.totalCount;
      seen.push(...connection.edges.map((e) => e.node.id));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    const bad = await fixture.gateway(
      'analytiker',
      '{ interventions(after: "nonsense") { totalCount } }',
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('filters by owner, status, district, overdue and words', async () => {
    expect((await all({ owner: 'LPO' })).every((i) => i.owner.code === 'LPO')).toBe(true);
    expect(
      (await all({ status: ['AT_RISK', 'DELAYED'] })).every((i) =>
        ['AT_RISK', 'DELAYED'].includes(i.status),
      ),
    ).toBe(true);
    const overdue = await all({ overdue: true });
    const notOverdue = await all({ overdue: false });
    expect(overdue.length + notOverdue.length).toBe((await all()).length);
    expect((await all({ search: 'fordonsbränder' })).map((i) => i.title)).toContain(
      'Insats mot anlagda fordonsbränder i Råby',
    );
    expect(await all({ search: "'; DROP TABLE interventions.intervention; --" })).toEqual([]);
  });

  it('runs a fixed number of SQL statements, however many interventions are read', async () => {
    const count = async (query: string) => {
      const token = await fixture.token('ks.ordforande');
      fixture.statements.length = 0;
      const response = await fetch(fixture.subgraph.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query }),
      });
      expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
      return fixture.statements.length;
    };
    const nested = (first: number) =>
      `{ interventions(first: ${first}) { edges { node { title focusArea { title } followUps { target }
          milestones { title isOverdue } overdueMilestones progressReports { text } statusHistory { action } } } } }`;
    const few = await count(nested(3));
    const many = await count(nested(30));
    expect(many).toBe(few);
    expect(many).toBeLessThanOrEqual(8);
    const assignments = `{ myAssignments { title milestones { title } progressReports { text } followUps { target } } }`;
    expect(await count(assignments)).toBeLessThanOrEqual(5);
    expect(
      await count(
        '{ kpiSummary { total byOwner { total } overdueMilestones { daysOverdue } followUps { target } } }',
      ),
    ).toBeLessThanOrEqual(7);
  });
});

describe('changing interventions', () => {
  it('lets exactly one of 20 concurrent updates with the same version win, and logs only that one', async () => {
    const target = (await all({ status: ['ONGOING'] }))[0]!;
    const before = (await changeLogRows(target.id)).length;
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, n) =>
        fixture.gateway<{ updateIntervention: { version: number } }>(
          'ks.ordforande',
          'mutation($id: ID!, $v: Int!, $goal: String!) { updateIntervention(id: $id, expectedVersion: $v, input: { goal: $goal }) { version } }',
          { id: target.id, v: target.version, goal: `Mål nummer ${n}` },
        ),
      ),
    );
    const won = results.filter((r) => r.data?.updateIntervention);
    const conflicts = results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT');
    expect(won).toHaveLength(1);
    expect(conflicts).toHaveLength(19);
    expect(conflicts[0]!.errors![0]!.extensions).toMatchObject({
      currentVersion: target.version + 1,
      expectedVersion: target.version,
    });
    const log = await changeLogRows(target.id);
    expect(log).toHaveLength(before + 1);
    expect(log.at(-1)?.action).toBe('UPDATED');
    expect((await current(target.id)).version).toBe(target.version + 1);
  });

  it('names what is wrong with a new intervention, and writes nothing', async () => {
    const create = (input: Record<string, unknown>) =>
      fixture.gateway<{ createIntervention: Summary }>(
        'ks.ordforande',
        `mutation($input: CreateInterventionInput!) { createIntervention(input: $input) { ${FIELDS} } }`,
        {
          input: {
            title: 'Ny insats',
            goal: 'Ett mål',
            owner: 'IFF',
            startDate: '2026-01-01',
            endDate: '2026-12-31',
            ...input,
          },
        },
      );
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [
        { endDate: '2025-12-31' },
        'endDate',
        /endDate 2025-12-31 comes before startDate 2026-01-01/,
      ],
      [{ owner: 'XYZ' }, 'owner', /Unknown organisation "XYZ"/],
      [{ districts: ['1980R404'] }, 'districts', /Unknown district "1980R404"/],
      [{ title: '   ' }, 'title', /title must not be empty/],
      [{ coOwners: ['IFF'] }, 'coOwners', /IFF is the owner/],
      [{ startDate: '2026-02-30' }, 'startDate', /not a date/],
      [{ followUps: [{ indicator: 'nope', target: 1 }] }, 'followUps', /Unknown indicator "nope"/],
      [{ citizenPromise: 'våren 2026' }, 'citizenPromise', /not a half-year/],
    ];
    const before = (await all()).length;
    for (const [input, field, message] of cases) {
      const response = await create(input);
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(response.errors?.[0]?.message).toMatch(message);
    }
    expect((await all()).length).toBe(before);

    const created = await create({
      districts: ['1980R042'],
      coOwners: ['LPO'],
      followUps: [{ indicator: 'crime_vandalism', target: 2.5 }],
      milestones: [{ title: 'Start', dueDate: '2026-03-01' }],
      citizenPromise: '2026-H1',
    });
    expect(created.errors).toBeUndefined();
    expect(created.data!.createIntervention).toMatchObject({
      version: 1,
      status: 'PLANNED',
      owner: { code: 'IFF' },
    });
    expect((await changeLogRows(created.data!.createIntervention.id)).map((r) => r.action)).toEqual(
      ['CREATED'],
    );
  });

  it('lets a committee change only what its organisation owns or co-owns, through every mutation', async () => {
    const foreign = await notOwnedBy('GSN');
    const milestones = await fixture.gateway<{ intervention: { milestones: { id: string }[] } }>(
      'analytiker',
      'query($id: ID!) { intervention(id: $id) { milestones { id } } }',
      { id: foreign.id },
    );
    const milestoneId =
      milestones.data!.intervention.milestones[0]?.id ?? '00000000-0000-0000-0000-000000000000';
    const attempts: [string, Record<string, unknown>][] = [
      [
        'mutation($id: ID!, $v: Int!) { updateIntervention(id: $id, expectedVersion: $v, input: { goal: "x" }) { id } }',
        {},
      ],
      [
        'mutation($id: ID!, $v: Int!) { setInterventionStatus(id: $id, expectedVersion: $v, status: DELAYED) { id } }',
        {},
      ],
      [
        'mutation($id: ID!, $v: Int!) { addMilestone(interventionId: $id, expectedVersion: $v, milestone: { title: "x", dueDate: "2026-12-01" }) { id } }',
        {},
      ],
      [
        'mutation($m: ID!, $v: Int!) { completeMilestone(milestoneId: $m, expectedVersion: $v) { id } }',
        { m: milestoneId },
      ],
      [
        'mutation($id: ID!, $v: Int!) { addProgressReport(interventionId: $id, expectedVersion: $v, report: { status: ONGOING, text: "x" }) { id } }',
        {},
      ],
      [
        'mutation($id: ID!, $v: Int!) { reassignIntervention(id: $id, expectedVersion: $v, owner: "GSN") { id } }',
        {},
      ],
    ];
    const logBefore = (await changeLogRows(foreign.id)).length;
    for (const [mutation, extra] of attempts) {
      const variables = { id: foreign.id, v: foreign.version, ...extra };
      const response = await fixture.gateway('gsn.sekreterare', mutation, variables);
      expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const analyst = await fixture.gateway('analytiker', mutation, variables);
      expect(analyst.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(await current(foreign.id)).toEqual(foreign);
    expect((await changeLogRows(foreign.id)).length).toBe(logBefore);
  });

  it('takes a progress report from the owner: the status follows and the history shows it', async () => {
    const own = (await all({ organisation: 'GSN', status: ['ONGOING'] }))[0]!;
    const response = await fixture.gateway<{
      addProgressReport: {
        version: number;
        status: string;
        progressReports: { text: string; author: { username: string; name: string } }[];
        statusHistory: { action: string; after: string }[];
      };
    }>(
      'gsn.sekreterare',
      `mutation($id: ID!, $v: Int!) { addProgressReport(interventionId: $id, expectedVersion: $v,
          report: { status: AT_RISK, text: "Två lärare har slutat.", nextSteps: "Rekrytera." }) {
          version status progressReports { text author { username name } } statusHistory { action after } } }`,
      { id: own.id, v: own.version },
    );
    expect(response.errors).toBeUndefined();
    const result = response.data!.addProgressReport;
    expect(result).toMatchObject({ version: own.version + 1, status: 'AT_RISK' });
    expect(result.progressReports[0]).toMatchObject({
      text: 'Två lärare har slutat.',
      author: { username: 'gsn.sekreterare' },
    });
    expect(result.progressReports[0]!.author.name).toMatch(/\S+ \S+/);
    expect(JSON.parse(result.statusHistory[0]!.after)).toMatchObject({ status: 'AT_RISK' });

    const stale = await fixture.gateway(
      'gsn.sekreterare',
      'mutation($id: ID!, $v: Int!) { setInterventionStatus(id: $id, expectedVersion: $v, status: ONGOING) { id } }',
      { id: own.id, v: own.version },
    );
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      currentVersion: own.version + 1,
    });
  });

  it('keeps the change log append-only, even for the database user', async () => {
    const client = new Client({ connectionString: fixture.databaseUrl });
    await client.connect();
    try {
      await expect(
        client.query("UPDATE interventions.change_log SET action = 'FORGED'"),
      ).rejects.toThrow(/cannot be changed/);
      await expect(client.query('DELETE FROM interventions.change_log')).rejects.toThrow(
        /cannot be changed/,
      );
    } finally {
      await client.end();
    }
    const log = await fixture.gateway<{
      changeLog: { totalCount: number; entries: { action: string; actor: { username: string } }[] };
    }>(
      'ks.ordforande',
      '{ changeLog(first: 5, filter: { entity: "Intervention" }) { totalCount entries { action actor { username } } } }',
    );
    expect(log.errors).toBeUndefined();
    expect(log.data!.changeLog.totalCount).toBeGreaterThan(5);
    const denied = await fixture.gateway('gsn.sekreterare', '{ changeLog { totalCount } }');
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('focus areas and action plans', () => {
  it('lets leadership set the priority order, listing every focus area once', async () => {
    const { data } = await fixture.gateway<{ focusAreas: { id: string; priorityRank: number }[] }>(
      'analytiker',
      '{ focusAreas { id priorityRank } }',
    );
    const ids = data!.focusAreas.map((f) => f.id);
    const reversed = [...ids].reverse();
    const response = await fixture.gateway<{
      prioritiseFocusAreas: { id: string; priorityRank: number }[];
    }>(
      'lpo.chef',
      'mutation($order: [ID!]!, $seen: [ID!]!) { prioritiseFocusAreas(order: $order, expectedOrder: $seen) { id priorityRank } }',
      { order: reversed, seen: ids },
    );
    expect(response.data!.prioritiseFocusAreas.map((f) => f.id)).toEqual(reversed);
    const missing = await fixture.gateway(
      'lpo.chef',
      'mutation($order: [ID!]!, $seen: [ID!]!) { prioritiseFocusAreas(order: $order, expectedOrder: $seen) { id } }',
      { order: ids.slice(1), seen: reversed },
    );
    expect(missing.errors?.[0]?.message).toMatch(/List every focus area/);
    // An order decided on what was read before the last reorder is stale: nothing changes.
    const stale = await fixture.gateway(
      'ks.ordforande',
      'mutation($order: [ID!]!, $seen: [ID!]!) { prioritiseFocusAreas(order: $order, expectedOrder: $seen) { id } }',
      { order: ids, seen: ids },
    );
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      currentOrder: reversed,
    });
    const committee = await fixture.gateway(
      'iff.sekreterare',
      'mutation($order: [ID!]!, $seen: [ID!]!) { prioritiseFocusAreas(order: $order, expectedOrder: $seen) { id } }',
      { order: ids, seen: reversed },
    );
    expect(committee.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('gives focus areas created at once distinct ranks, which the database enforces', async () => {
    const created = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        fixture.gateway<{ createFocusArea: { id: string; priorityRank: number } }>(
          'ks.ordforande',
          'mutation($input: CreateFocusAreaInput!) { createFocusArea(input: $input) { id priorityRank } }',
          {
            input: {
              title: `Parallel focus area ${i}`,
              problem: 'Created together with nineteen others.',
              periodStart: '2026-01-01',
              periodEnd: '2026-12-31',
            },
          },
        ),
      ),
    );
    expect(created.flatMap((r) => r.errors ?? [])).toEqual([]);
    const ranks = created.map((r) => r.data!.createFocusArea.priorityRank);
    expect(new Set(ranks).size).toBe(20);

    const { data } = await fixture.gateway<{ focusAreas: { id: string; priorityRank: number }[] }>(
      'analytiker',
      '{ focusAreas { id priorityRank } }',
    );
    const all = data!.focusAreas;
    expect(all.map((f) => f.priorityRank)).toEqual(all.map((_, i) => i + 1));
    const reordered = await fixture.gateway<{
      prioritiseFocusAreas: { id: string; priorityRank: number }[];
    }>(
      'ks.ordforande',
      'mutation($order: [ID!]!, $seen: [ID!]!) { prioritiseFocusAreas(order: $order, expectedOrder: $seen) { id priorityRank } }',
      { order: all.map((f) => f.id).reverse(), seen: all.map((f) => f.id) },
    );
    expect(reordered.errors).toBeUndefined();
    expect(reordered.data!.prioritiseFocusAreas.map((f) => f.id)).toEqual(
      all.map((f) => f.id).reverse(),
    );

    // Whoever writes past the service still cannot commit two areas with one rank.
    const client = new Client({ connectionString: fixture.databaseUrl });
    await client.connect();
    try {
      await expect(
        client.query('UPDATE interventions.focus_area SET "priorityRank" = 1 WHERE id = $1', [
          all[1]!.id,
        ]),
      ).rejects.toMatchObject({ code: '23505' });
    } finally {
      await client.end();
    }
  });

  it('publishes immutable, numbered action plans and compares two versions', async () => {
    const publish = (title: string) =>
      fixture.gateway<{
        publishActionPlan: {
          version: number;
          interventions: { id: string; goal: string }[];
          indicatorFigures: { indicatorKey: string; value: number | null }[];
        };
      }>(
        'ks.ordforande',
        'mutation($title: String!) { publishActionPlan(title: $title, period: "2025–2026") { version interventions { id goal } indicatorFigures { indicatorKey value } } }',
        { title },
      );
    const first = await publish('Åtgärdsplan 2025–2026');
    expect(first.errors).toBeUndefined();
    const v1 = first.data!.publishActionPlan;
    expect(v1.indicatorFigures.find((f) => f.indicatorKey === 'crime_violence')?.value).toEqual(
      expect.any(Number),
    );

    const changed = v1.interventions[0]!;
    const now = await current(changed.id);
    await fixture.gateway(
      'ks.ordforande',
      'mutation($id: ID!, $v: Int!) { updateIntervention(id: $id, expectedVersion: $v, input: { goal: "Ett skarpare mål" }) { version } }',
      { id: changed.id, v: now.version },
    );
    const second = await publish('Åtgärdsplan 2025–2026, reviderad');
    const v2 = second.data!.publishActionPlan;
    expect(v2.version).toBe(v1.version + 1);

    const comparison = await fixture.gateway<{
      compareActionPlans: {
        added: unknown[];
        removed: unknown[];
        changed: { id: string; fields: { field: string; before: string; after: string }[] }[];
      };
      actionPlan: { interventions: { id: string; goal: string }[] };
    }>(
      'analytiker',
      'query($from: Int!, $to: Int!) { compareActionPlans(from: $from, to: $to) { added { id } removed { id } changed { id fields { field before after } } } actionPlan(version: $from) { interventions { id goal } } }',
      { from: v1.version, to: v2.version },
    );
    expect(comparison.data!.compareActionPlans.changed).toContainEqual({
      id: changed.id,
      fields: [{ field: 'goal', before: changed.goal, after: 'Ett skarpare mål' }],
    });
    expect(comparison.data!.actionPlan.interventions.find((i) => i.id === changed.id)?.goal).toBe(
      changed.goal,
    );

    const denied = await fixture.gateway(
      'gsn.sekreterare',
      'mutation { publishActionPlan(title: "x", period: "y") { version } }',
    );
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('cites figures by reference, so two plan versions never differ by a revised hidden cell', async () => {
    type Cited = { indicatorKey: string; period: string | null; value: number | null };
    const publish = async (title: string) => {
      const response = await fixture.gateway<{
        publishActionPlan: { version: number; indicatorFigures: Cited[] };
      }>(
        'ks.ordforande',
        'mutation($title: String!) { publishActionPlan(title: $title, period: "2026") { version indicatorFigures { indicatorKey period value } } }',
        { title },
      );
      expect(response.errors).toBeUndefined();
      return response.data!.publishActionPlan;
    };
    const readPlan = async (version: number) =>
      (
        await fixture.gateway<{ actionPlan: { indicatorFigures: Cited[] } }>(
          'gsn.sekreterare',
          'query($version: Int!) { actionPlan(version: $version) { indicatorFigures { indicatorKey period value } } }',
          { version },
        )
      ).data!.actionPlan.indicatorFigures;
    const v1 = await publish('Åtgärdsplan före revisionen');
    // An analyst revises one suppressed district count of a period a plan cites.
    let found: { cited: Cited; district: string } | undefined;
    for (const cited of v1.indicatorFigures.filter((f) => f.indicatorKey.startsWith('crime_'))) {
      const picture = await fixture.gateway<{
        situationPicture: { cells: { district: { code: string }; suppressed: boolean }[] };
      }>(
        'analytiker',
        'query($period: String!, $key: String!) { situationPicture(period: $period, indicators: [$key]) { cells { district { code } suppressed } } }',
        { period: cited.period, key: cited.indicatorKey },
      );
      const hidden = picture.data!.situationPicture.cells.find((c) => c.suppressed);
      if (hidden && cited.value !== null) found = { cited, district: hidden.district.code };
      if (found) break;
    }
    expect(found).toBeDefined();
    const { cited, district } = found!;
    const revise = async (value: number) => {
      const response = await fixture.gateway<{ importObservations: { existing: number } }>(
        'analytiker',
        'mutation($content: String!) { importObservations(format: CSV, content: $content) { existing } }',
        {
          content: `indicator,district,period,value,provisional\n${cited.indicatorKey},${district},${cited.period},${value},false`,
        },
      );
      expect(response.errors).toBeUndefined();
      expect(response.data!.importObservations.existing).toBe(1);
    };
    // 0, unless it was 0 already (then the figure cited is unchanged): then 1. The cell changes.
    await revise(0);
    const afterZero = (await readPlan(v1.version)).find(
      (f) => f.indicatorKey === cited.indicatorKey,
    )!;
    if (afterZero.value === cited.value) await revise(1);
    const v2 = await publish('Åtgärdsplan efter revisionen');
    const now = v2.indicatorFigures.find((f) => f.indicatorKey === cited.indicatorKey)!;
    expect(now.period).toBe(cited.period);

    // The attack: the later version's municipal total less the earlier one's. A frozen figure
    // would give the revision of the hidden cell; by reference both versions show today's figure.
    const v1Now = (await readPlan(v1.version)).find((f) => f.indicatorKey === cited.indicatorKey)!;
    expect(v1Now.value).toBe(now.value);
    expect(now.value).not.toBe(cited.value);
    // And the stored record holds the reference only, no number to compare later.
    const client = new Client({ connectionString: fixture.databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ snapshot: { indicatorFigures: object[] } }>(
        'SELECT snapshot FROM interventions.action_plan WHERE version IN ($1, $2)',
        [v1.version, v2.version],
      );
      for (const row of rows) {
        for (const figure of row.snapshot.indicatorFigures) {
          expect(Object.keys(figure).sort()).toEqual(['indicatorKey', 'name', 'period', 'unit']);
        }
      }
    } finally {
      await client.end();
    }
  });
});
