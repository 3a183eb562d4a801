import type { DataSource } from 'typeorm';
import type { Principal } from '@lagesbild/auth';
import { openDatabase } from '@lagesbild/db';
import { DEMO_INDICATORS, demoOrganisations, readDistricts, VASTERAS } from '@lagesbild/demo-data';
import { ConflictError, InvalidInputError, type DomainError } from '@lagesbild/subgraph-kit';
import { startTestDatabase, type TestDatabase } from '@lagesbild/test-kit';
import { ChangeLogEntry } from '../change-log/change-log-entry.entity';
import { interventionsApp } from '../interventions-app';
import { Milestone } from '../milestone/milestone.entity';
import { ProgressReport } from '../progress-report/progress-report.entity';
import { StaticReferenceData } from '../../test/static-reference-data';
import { InterventionCommandService } from './intervention-commands.service';
import { InterventionStatus } from './intervention-status';
import type { CreateInterventionInput } from './intervention.types';

/** What the directory and situation subgraphs would answer for the Västerås demo. */
const demoReferenceData = () =>
  new StaticReferenceData({
    organisations: Object.fromEntries(demoOrganisations.map((o) => [o.code, o.name])),
    districts: Object.fromEntries(readDistricts(VASTERAS).map((d) => [d.code, d.name])),
    indicators: Object.fromEntries(DEMO_INDICATORS.map((i) => [i.key, i.nameSv])),
  });

const person = (
  username: string,
  name: string,
  roles: Principal['roles'],
  organisation: string | null,
): Principal => ({ username, name, roles, organisation });

const chair = person('ks.ordforande', 'Anna Berg', ['LEADERSHIP'], 'KS');
const gsn = person('gsn.sekreterare', 'Sara Lind', ['COMMITTEE'], 'GSN');
const police = person('polis.samordnare', 'Omar Nilsson', ['COMMITTEE'], 'LPO');

/** The error a promise is rejected with (the test fails if it is not rejected). */
async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('expected the change to be refused');
}

describe('InterventionCommandService on a real database', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let commands: InterventionCommandService;
  let district: string;

  beforeAll(async () => {
    database = await startTestDatabase();
    dataSource = await openDatabase(interventionsApp.createDataSource(database.url), database.url);
    const reference = demoReferenceData();
    district = [...(await reference.districtCodes())][0]!;
    commands = new InterventionCommandService(dataSource, reference);
  }, 60_000);

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.stop();
  });

  const input = (title: string): CreateInterventionInput => ({
    title,
    description: 'Vuxna på plats kvällstid.',
    problem: 'Otrygghet vid skolan på kvällarna.',
    cause: 'Få vuxna i rörelse.',
    goal: 'Färre anmälda skadegörelser.',
    focusAreaId: null,
    owner: 'GSN',
    coOwners: ['LPO'],
    districts: [district],
    startDate: '2026-01-01',
    endDate: '2026-12-31',
    status: InterventionStatus.ONGOING,
    citizenPromise: '2026-H1',
    followUps: [{ indicator: 'crime_vandalism', baseline: 12, target: 9 }],
    milestones: [
      { title: 'Schema klart', dueDate: '2026-02-01' },
      { title: 'Utvärdering', dueDate: '2026-11-01' },
    ],
  });

  it('keeps both a progress report and a status change made meanwhile by someone else', async () => {
    const created = await commands.create(input('Kvällsvandringar'), chair);
    const seen = created.version;

    const changed = await commands.setStatus(created.id, seen, InterventionStatus.AT_RISK, police);
    expect(changed.version).toBe(seen + 1);

    // The reporter saw ONGOING and left it so: the report is appended, the police's status stays.
    const reported = await commands.addProgressReport(
      created.id,
      seen,
      { status: InterventionStatus.ONGOING, text: 'Tre kvällar i veckan.', nextSteps: '' },
      gsn,
    );
    expect(reported.status).toBe(InterventionStatus.AT_RISK);
    expect(reported.version).toBe(seen + 2);
    const reports = await dataSource
      .getRepository(ProgressReport)
      .findBy({ interventionId: created.id });
    expect(reports.map((r) => [r.text, r.authorUsername])).toEqual([
      ['Tre kvällar i veckan.', 'gsn.sekreterare'],
    ]);

    // And the other way round: a status change after a report the changer had not seen.
    const again = await commands.addProgressReport(
      created.id,
      reported.version,
      { status: InterventionStatus.AT_RISK, text: 'Vikarier på plats.', nextSteps: '' },
      gsn,
    );
    const delayed = await commands.setStatus(
      created.id,
      reported.version,
      InterventionStatus.DELAYED,
      police,
    );
    expect(delayed.status).toBe(InterventionStatus.DELAYED);
    expect(delayed.version).toBe(again.version + 1);
    const log = await dataSource
      .getRepository(ChangeLogEntry)
      .find({ where: { interventionId: created.id }, order: { id: 'ASC' } });
    expect(log.map((e) => [e.action, e.version])).toEqual([
      ['CREATED', 1],
      ['STATUS_CHANGED', 2],
      ['PROGRESS_REPORTED', 3],
      ['PROGRESS_REPORTED', 4],
      ['STATUS_CHANGED', 5],
    ]);
    // A report that left the status as it was records no status change.
    expect(log[2]!.before).toBeNull();
    expect(log[2]!.after).not.toHaveProperty('status');
  });

  it('appends and completes milestones whatever changed meanwhile', async () => {
    const created = await commands.create(input('Läxhjälp'), chair);
    await commands.update(created.id, 1, { goal: 'Fler behöriga till gymnasiet.' }, chair);
    const added = await commands.addMilestone(
      created.id,
      1,
      { title: 'Lokal bokad', dueDate: '2026-03-01' },
      gsn,
    );
    expect(added.version).toBe(3);
    const [first] = await dataSource
      .getRepository(Milestone)
      .find({ where: { interventionId: created.id }, order: { dueDate: 'ASC' } });
    const done = await commands.completeMilestone(first!.id, 1, '2026-01-30', police);
    expect(done.version).toBe(4);
  });

  it('refuses the same milestone completed twice, naming who completed it and when', async () => {
    const created = await commands.create(input('Fritidsgård öppen längre'), chair);
    const [first] = await dataSource
      .getRepository(Milestone)
      .find({ where: { interventionId: created.id }, order: { dueDate: 'ASC' } });
    const before = Date.now();
    await commands.completeMilestone(first!.id, 1, '2026-01-30', police);
    const error = await refusal(commands.completeMilestone(first!.id, 1, null, gsn));
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.details).toMatchObject({
      changedBy: 'Omar Nilsson',
      changedFields: ['milestones'],
      currentVersion: 2,
    });
    expect(Date.parse(String(error.details.changedAt))).toBeGreaterThanOrEqual(before - 1_000);
    expect(error.message).toMatch(/Schema klart/);
  });

  it('refuses a field edited by two people with who, what and when; other fields merge', async () => {
    const created = await commands.create(input('Trygga skolvägar'), chair);
    const changedAt = Date.now();
    await commands.update(created.id, 1, { goal: 'Halverad skadegörelse.' }, gsn);

    // Another field, from the same stale version: no conflict, and the goal stays.
    const merged = await commands.update(created.id, 1, { cause: 'Dålig belysning.' }, chair);
    expect([merged.goal, merged.cause, merged.version]).toEqual([
      'Halverad skadegörelse.',
      'Dålig belysning.',
      3,
    ]);

    // The goal again, from the version before either change: a real conflict.
    const error = await refusal(
      commands.update(created.id, 1, { goal: 'Inga skadegörelser.' }, chair),
    );
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.details).toMatchObject({
      currentVersion: 3,
      expectedVersion: 1,
      changedBy: 'Sara Lind',
      changedFields: ['goal'],
      changes: [
        {
          field: 'goal',
          actorName: 'Sara Lind',
          before: 'Färre anmälda skadegörelser.',
          after: 'Halverad skadegörelse.',
        },
      ],
    });
    expect(Date.parse(String(error.details.changedAt))).toBeGreaterThanOrEqual(changedAt - 1_000);

    // Two status changes from the same version conflict too; the first one stands.
    await commands.setStatus(created.id, 3, InterventionStatus.AT_RISK, police);
    const second = await refusal(
      commands.setStatus(created.id, 3, InterventionStatus.DELAYED, gsn),
    );
    expect(second.details).toMatchObject({ changedBy: 'Omar Nilsson', changedFields: ['status'] });
    // As does a report that changes the status someone else has just changed.
    const report = await refusal(
      commands.addProgressReport(
        created.id,
        3,
        { status: InterventionStatus.COMPLETED, text: 'Klart.', nextSteps: '' },
        gsn,
      ),
    );
    expect(report).toBeInstanceOf(ConflictError);
    expect(report.details).toMatchObject({ changedFields: ['status'] });
    expect(
      await dataSource.getRepository(ProgressReport).countBy({ interventionId: created.id }),
    ).toBe(0);
  });

  it('names the field at fault and what is wrong with it', async () => {
    const cases: [Partial<CreateInterventionInput>, string, string][] = [
      [{ title: '  ' }, 'title', 'REQUIRED'],
      [{ goal: 'x'.repeat(2_001) }, 'goal', 'TOO_LONG'],
      [{ startDate: '2026-02-30' }, 'startDate', 'NOT_A_DATE'],
      [{ endDate: '2025-01-01' }, 'endDate', 'END_BEFORE_START'],
      [{ owner: 'XYZ' }, 'owner', 'UNKNOWN'],
      [{ coOwners: ['GSN'] }, 'coOwners', 'OWNER_AS_CO_OWNER'],
      [{ citizenPromise: '2026' }, 'citizenPromise', 'NOT_A_HALF_YEAR'],
      [{ milestones: [{ title: 'A', dueDate: 'snart' }] }, 'milestones[0].dueDate', 'NOT_A_DATE'],
    ];
    for (const [change, field, reason] of cases) {
      const error = await refusal(commands.create({ ...input('Fel'), ...change }, chair));
      expect(error).toBeInstanceOf(InvalidInputError);
      expect({ field: error.details.field, reason: error.details.reason }).toEqual({
        field,
        reason,
      });
    }
    const tooLong = await refusal(
      commands.create({ ...input('Fel'), goal: 'x'.repeat(2_001) }, chair),
    );
    expect(tooLong.details.max).toBe(2_000);
  });
});
