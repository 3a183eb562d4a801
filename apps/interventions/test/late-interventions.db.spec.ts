import { openDatabase } from '@lagesbild/db';
import { todayInStockholm } from '@lagesbild/period';
import { createLogger } from '@lagesbild/service';
import { loadAppConfig, startSubgraph, type SubgraphServer } from '@lagesbild/subgraph-kit';
import {
  postGraphQL,
  startTestDatabase,
  startTestIssuer,
  type TestDatabase,
  type TestIssuer,
} from '@lagesbild/test-kit';
import type { DataSource } from 'typeorm';
import { directoryApp } from '../../directory/src/directory-app';
import { InterventionQueryService } from '../src/intervention/intervention-query.service';
import { interventionsApp } from '../src/interventions-app';
import { LateInterventionsService } from '../src/kpi/late-interventions.service';
import { KpiSummaryService } from '../src/kpi/kpi-summary.service';
import { LateMeasure } from '../src/kpi/kpi-summary.types';

const chair = {
  username: 'ks.ordforande',
  name: 'KS',
  roles: ['LEADERSHIP' as const],
  organisation: 'KS',
};

/** An ISO date `days` before today in Sweden. */
function daysAgo(days: number): string {
  const date = new Date(`${todayInStockholm()}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

interface Created {
  createIntervention: { id: string; version: number };
}

/**
 * The interventions and directory subgraphs in this process on one real database (with the
 * directory's demo people), changed over HTTP as the KS chair; the KPI and list services read
 * the same database.
 */
describe('late interventions and the responsible person', () => {
  let database: TestDatabase;
  let issuer: TestIssuer;
  let directory: SubgraphServer;
  let interventions: SubgraphServer;
  let dataSource: DataSource;
  let token: string;

  const call = <Data>(query: string, variables?: Record<string, unknown>) =>
    postGraphQL<Data>(interventions.url, query, { token, variables });

  async function create(input: Record<string, unknown>): Promise<{ id: string; version: number }> {
    const response = await call<Created>(
      `mutation ($input: CreateInterventionInput!) { createIntervention(input: $input) { id version } }`,
      {
        input: {
          goal: 'Mål',
          owner: 'KS',
          startDate: daysAgo(400),
          endDate: daysAgo(-400),
          ...input,
        },
      },
    );
    expect(response.errors).toBeUndefined();
    return response.data!.createIntervention;
  }

  async function report(
    intervention: { id: string; version: number },
    status: string,
    reportedOn: string,
  ) {
    const response = await call<{ addProgressReport: { id: string; version: number } }>(
      `mutation ($id: ID!, $v: Int!, $report: ProgressReportInput!) {
         addProgressReport(interventionId: $id, expectedVersion: $v, report: $report) { id version } }`,
      {
        id: intervention.id,
        v: intervention.version,
        report: { status, text: 'Läget.', reportedOn },
      },
    );
    expect(response.errors).toBeUndefined();
    return response.data!.addProgressReport;
  }

  beforeAll(async () => {
    [database, issuer] = await Promise.all([startTestDatabase(), startTestIssuer()]);
    const common = {
      DATABASE_URL: database.url,
      PORT: '0',
      OIDC_ISSUER: issuer.issuer,
      OIDC_AUDIENCE: issuer.audience,
      OIDC_JWKS_URL: issuer.jwksUrl.toString(),
      LOG_LEVEL: 'error',
    };
    const directoryConfig = loadAppConfig(directoryApp, { ...common, DEMO_DATA: 'true' });
    directory = await startSubgraph(
      directoryApp,
      directoryConfig,
      createLogger('directory', 'error'),
    );
    const config = loadAppConfig(interventionsApp, {
      ...common,
      DIRECTORY_URL: directory.url,
      // Nothing here reads indicators: no follow-ups are given.
      SITUATION_URL: 'http://127.0.0.1:9/graphql',
    });
    interventions = await startSubgraph(
      interventionsApp,
      config,
      createLogger('interventions', 'error'),
    );
    dataSource = await openDatabase(interventionsApp.createDataSource(database.url), database.url);
    token = await issuer.tokenFor(chair);
    // Two subgraphs' migrations and the directory's demo people take a while on a busy machine.
  }, 240_000);

  afterAll(async () => {
    await dataSource?.destroy();
    await interventions?.stop();
    await directory?.stop();
    await Promise.all([database?.stop(), issuer?.stop()]);
  });

  describe('the responsible person', () => {
    let people: { username: string; organisation: { code: string } | null }[];
    const of = (code: string) =>
      people.find((p) => p.organisation?.code === code && p.username !== chair.username)!.username;

    beforeAll(async () => {
      const response = await postGraphQL<{ people: typeof people }>(
        directory.url,
        '{ people { username organisation { code } } }',
        { token },
      );
      people = response.data!.people;
    });

    it('is refused, naming the field, when the directory does not know the account name', async () => {
      const response = await call(
        `mutation ($input: CreateInterventionInput!) { createIntervention(input: $input) { id } }`,
        {
          input: {
            title: 'Okänd ansvarig',
            goal: 'Mål',
            owner: 'KS',
            startDate: '2026-01-01',
            endDate: '2026-12-31',
            responsible: 'nobody.here',
          },
        },
      );
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'responsible',
      });
      expect(response.errors?.[0]?.message).toContain('"nobody.here"');
    });

    it('must belong to the owner or a co-owner', async () => {
      const gsn = of('GSN');
      const refused = await call(
        `mutation ($input: CreateInterventionInput!) { createIntervention(input: $input) { id } }`,
        {
          input: {
            title: 'Fel organisation',
            goal: 'Mål',
            owner: 'KS',
            coOwners: ['LPO'],
            startDate: '2026-01-01',
            endDate: '2026-12-31',
            responsible: gsn,
          },
        },
      );
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'responsible',
      });
      expect(refused.errors?.[0]?.message).toMatch(
        /belongs to GSN, not to the owner or a co-owner \(KS, LPO\)/,
      );

      const police = of('LPO');
      const created = await create({
        title: 'Medansvarig polis',
        coOwners: ['LPO'],
        responsible: police,
      });
      const read = await call<{ intervention: { responsible: { username: string } } }>(
        `query ($id: ID!) { intervention(id: $id) { responsible { username } } }`,
        { id: created.id },
      );
      expect(read.data!.intervention.responsible.username).toBe(police);
    });

    it('changes with updateIntervention, which logs the old and new person', async () => {
      const first = of('KS');
      const created = await create({ title: 'Byte av ansvarig', responsible: first });
      const refused = await call(
        `mutation ($id: ID!, $v: Int!) { updateIntervention(id: $id, expectedVersion: $v, input: { responsible: "${of('IFF')}" }) { id } }`,
        { id: created.id, v: created.version },
      );
      expect(refused.errors?.[0]?.extensions).toMatchObject({ field: 'responsible' });

      const updated = await call<{
        updateIntervention: {
          responsible: null;
          changes: { action: string; before: string; after: string }[];
        };
      }>(
        `mutation ($id: ID!, $v: Int!) { updateIntervention(id: $id, expectedVersion: $v, input: { responsible: "" }) {
           responsible { username } changes { action before after } } }`,
        { id: created.id, v: created.version },
      );
      expect(updated.errors).toBeUndefined();
      expect(updated.data!.updateIntervention.responsible).toBeNull();
      const [change] = updated.data!.updateIntervention.changes;
      expect(change?.action).toBe('UPDATED');
      expect(JSON.parse(change!.before)).toEqual({ responsible: first });
      expect(JSON.parse(change!.after)).toEqual({ responsible: null });
    });
    it('is kept through a reassignment only while they belong to an owner', async () => {
      const police = of('LPO');
      const created = await create({ title: 'Omfördelad', coOwners: ['LPO'], responsible: police });
      const reassign = (v: number, owner: string, coOwners: string[]) =>
        call<{
          reassignIntervention: {
            version: number;
            responsible: { username: string } | null;
            changes: { action: string; before: string; after: string }[];
          };
        }>(
          `mutation ($id: ID!, $v: Int!, $owner: String!, $coOwners: [String!]!) {
             reassignIntervention(id: $id, expectedVersion: $v, owner: $owner, coOwners: $coOwners) {
               version responsible { username } changes { action before after } } }`,
          { id: created.id, v, owner, coOwners },
        );
      const kept = await reassign(created.version, 'LPO', []);
      expect(kept.errors).toBeUndefined();
      expect(kept.data!.reassignIntervention.responsible?.username).toBe(police);

      const moved = await reassign(kept.data!.reassignIntervention.version, 'GSN', []);
      expect(moved.data!.reassignIntervention.responsible).toBeNull();
      const [change] = moved.data!.reassignIntervention.changes;
      expect(JSON.parse(change!.before)).toMatchObject({ owner: 'LPO', responsible: police });
      expect(JSON.parse(change!.after)).toMatchObject({ owner: 'GSN', responsible: null });
    });
  });

  describe('the late list', () => {
    const ids = new Map<string, string>();

    beforeAll(async () => {
      await dataSource.query('DELETE FROM interventions.intervention');
      // Two overdue milestones: late from the older one.
      const a = await create({
        title: 'A försenade delmål',
        status: 'ONGOING',
        milestones: [
          { title: 'Äldsta', dueDate: daysAgo(30) },
          { title: 'Nyare', dueDate: daysAgo(10) },
          { title: 'Framtida', dueDate: daysAgo(-10) },
        ],
      });
      ids.set('A', a.id);
      // At risk since 12 days, then delayed: still late since it first went at risk.
      let b = await create({ title: 'B i riskzonen', status: 'ONGOING' });
      b = await report(b, 'AT_RISK', daysAgo(12));
      await report(b, 'DELAYED', daysAgo(5));
      ids.set('B', b.id);
      // Completed with a milestone never done: overdue, but not late.
      const c = await create({
        title: 'C klar',
        status: 'COMPLETED',
        milestones: [{ title: 'Glömd', dueDate: daysAgo(40) }],
      });
      ids.set('C', c.id);
      // On time.
      ids.set('D', (await create({ title: 'D i tid', status: 'ONGOING' })).id);
      // Delayed for 15 days with a milestone overdue for 3: counted from the status.
      let e = await create({
        title: 'E försenad',
        status: 'ONGOING',
        milestones: [{ title: 'Senaste', dueDate: daysAgo(3) }],
      });
      e = await report(e, 'DELAYED', daysAgo(15));
      ids.set('E', e.id);
      // At risk long ago, back on track, delayed again a week ago: counted from the last time.
      let f = await create({ title: 'F åter försenad', status: 'ONGOING' });
      f = await report(f, 'AT_RISK', daysAgo(50));
      f = await report(f, 'ONGOING', daysAgo(20));
      await report(f, 'DELAYED', daysAgo(7));
      ids.set('F', f.id);
    });

    it('lists every late intervention, most days late first, with what the days count from', async () => {
      const summary = await new KpiSummaryService(
        dataSource,
        new LateInterventionsService(dataSource),
      ).summary();
      expect(
        summary.lateInterventions.map((l) => ({
          title: l.intervention.title,
          lateSince: l.lateSince,
          daysLate: l.daysLate,
          measuredFrom: l.measuredFrom,
          milestone: l.oldestOverdueMilestone?.title ?? null,
        })),
      ).toEqual([
        {
          title: 'A försenade delmål',
          lateSince: daysAgo(30),
          daysLate: 30,
          measuredFrom: LateMeasure.OVERDUE_MILESTONE,
          milestone: 'Äldsta',
        },
        {
          title: 'E försenad',
          lateSince: daysAgo(15),
          daysLate: 15,
          measuredFrom: LateMeasure.STATUS,
          milestone: 'Senaste',
        },
        {
          title: 'B i riskzonen',
          lateSince: daysAgo(12),
          daysLate: 12,
          measuredFrom: LateMeasure.STATUS,
          milestone: null,
        },
        {
          title: 'F åter försenad',
          lateSince: daysAgo(7),
          daysLate: 7,
          measuredFrom: LateMeasure.STATUS,
          milestone: null,
        },
      ]);
    });

    it('agrees with the list filters the overview links to', async () => {
      const queries = new InterventionQueryService(dataSource);
      const summary = await new KpiSummaryService(
        dataSource,
        new LateInterventionsService(dataSource),
      ).summary();
      const late = await queries.list({ late: true }, 100, null);
      expect(late.totalCount).toBe(summary.lateInterventions.length);
      expect(new Set(late.edges.map((e) => e.node.id))).toEqual(
        new Set(summary.lateInterventions.map((l) => l.intervention.id)),
      );
      const notLate = await queries.list({ late: false }, 100, null);
      expect(notLate.edges.map((e) => e.node.title)).toEqual(['C klar', 'D i tid']);
      const overdue = await queries.list({ overdue: true }, 100, null);
      expect(overdue.totalCount).toBe(summary.withOverdueMilestones);
      expect(overdue.edges.map((e) => e.node.title)).toEqual([
        'A försenade delmål',
        'C klar',
        'E försenad',
      ]);
    });

    it('gives each intervention the date of its latest report', async () => {
      const response = await call<{
        kpiSummary: {
          lateInterventions: { intervention: { title: string; lastReportedOn: string | null } }[];
        };
      }>('{ kpiSummary { lateInterventions { intervention { title lastReportedOn } } } }');
      expect(response.errors).toBeUndefined();
      expect(
        Object.fromEntries(
          response.data!.kpiSummary.lateInterventions.map((l) => [
            l.intervention.title,
            l.intervention.lastReportedOn,
          ]),
        ),
      ).toEqual({
        'A försenade delmål': null,
        'E försenad': daysAgo(15),
        'B i riskzonen': daysAgo(5),
        'F åter försenad': daysAgo(7),
      });
    });
  });
});
