import type { DataSource } from 'typeorm';
import type { Principal } from '@lagesbild/auth';
import { openDatabase } from '@lagesbild/db';
import { ConflictError } from '@lagesbild/subgraph-kit';
import { startTestDatabase, type TestDatabase } from '@lagesbild/test-kit';
import { StaticReferenceData, VASTERAS_SAMPLE } from '../../test/static-reference-data';
import { FocusAreaService } from '../focus-area/focus-area.service';
import { InterventionCommandService } from '../intervention/intervention-commands.service';
import { InterventionStatus } from '../intervention/intervention-status';
import { interventionsApp } from '../interventions-app';
import { ActionPlanService } from './action-plan.service';

const chair: Principal = {
  username: 'ks.ordforande',
  name: 'Anna Berg',
  roles: ['LEADERSHIP'],
  organisation: 'KS',
};

describe('ActionPlanService.compare on a database', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await startTestDatabase();
    dataSource = await openDatabase(interventionsApp.createDataSource(database.url), database.url);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.stop();
  });

  it('gives each changed field its value in both versions, with names instead of codes', async () => {
    const referenceData = new StaticReferenceData(VASTERAS_SAMPLE);
    const focusAreas = new FocusAreaService(dataSource, referenceData);
    const commands = new InterventionCommandService(dataSource, referenceData);
    const plans = new ActionPlanService(dataSource, referenceData);

    const youth = await focusAreas.create(
      {
        title: 'Unga i riskmiljöer',
        problem: 'Fler unga rekryteras.',
        causeAnalysis: '',
        districts: ['1980R001'],
        indicators: ['crime_violence'],
        periodStart: '2025-01-01',
        periodEnd: '2026-12-31',
      },
      chair,
    );
    const places = await focusAreas.create(
      {
        title: 'Otrygga platser',
        problem: 'Otryggheten vid stationen.',
        causeAnalysis: '',
        districts: [],
        indicators: [],
        periodStart: '2025-01-01',
        periodEnd: '2026-12-31',
      },
      chair,
    );
    const walks = await commands.create(
      {
        title: 'Trygghetsvandringar',
        description: '',
        problem: '',
        cause: '',
        goal: 'Färre otrygga platser',
        focusAreaId: youth.id,
        owner: 'GSN',
        coOwners: [],
        districts: ['1980R001'],
        startDate: '2025-01-01',
        endDate: '2026-12-31',
        status: InterventionStatus.PLANNED,
        followUps: [{ indicator: 'insecurity', baseline: 30, target: 20 }],
        milestones: [],
      },
      chair,
    );
    const v1 = await plans.publish('Åtgärdsplan', '2025–2026', null, chair);

    await focusAreas.prioritise([places.id, youth.id], [youth.id, places.id], chair);
    await focusAreas.update(
      youth.id,
      youth.version,
      { problem: 'Allt fler unga rekryteras.' },
      chair,
    );
    await commands.update(
      walks.id,
      walks.version,
      {
        goal: 'Hälften så många otrygga platser',
        districts: ['1980R001', '1980R003'],
        focusAreaId: places.id,
        followUps: [{ indicator: 'insecurity', baseline: 30, target: 15 }],
      },
      chair,
    );
    const reassigned = await commands.reassign(walks.id, walks.version + 1, 'IFF', ['GSN'], chair);
    await commands.setStatus(walks.id, reassigned.version, InterventionStatus.ONGOING, chair);
    const v2 = await plans.publish('Åtgärdsplan, reviderad', '2025–2026', null, chair);

    const comparison = await plans.compare(v1.version, v2.version);
    expect(comparison.added).toEqual([]);
    expect(comparison.removed).toEqual([]);
    const byId = new Map(comparison.changed.map((c) => [c.id, c]));
    expect(byId.get(youth.id)).toEqual({
      kind: 'FocusArea',
      id: youth.id,
      title: 'Unga i riskmiljöer',
      fields: [
        { field: 'problem', before: 'Fler unga rekryteras.', after: 'Allt fler unga rekryteras.' },
        { field: 'priorityRank', before: '1', after: '2' },
      ],
    });
    expect(byId.get(places.id)?.fields).toEqual([
      { field: 'priorityRank', before: '2', after: '1' },
    ]);
    expect(byId.get(walks.id)?.fields).toEqual([
      { field: 'goal', before: 'Färre otrygga platser', after: 'Hälften så många otrygga platser' },
      { field: 'focusArea', before: 'Unga i riskmiljöer', after: 'Otrygga platser' },
      {
        field: 'owner',
        before: 'Grundskolenämnden',
        after: 'Nämnden för idrott, fritid och förebyggande',
      },
      { field: 'coOwners', before: null, after: 'Grundskolenämnden' },
      { field: 'districts', before: 'Bäckby', after: 'Bäckby, Råby' },
      { field: 'status', before: 'PLANNED', after: 'ONGOING' },
      { field: 'followUps', before: 'Otrygghet: 30 → 20', after: 'Otrygghet: 30 → 15' },
    ]);

    // Backwards, an item only in the newer version is removed; the values swap sides.
    const third = await commands.create(
      {
        title: 'Fritidsgårdar på helger',
        description: '',
        problem: '',
        cause: '',
        goal: 'Öppet varje helg',
        focusAreaId: null,
        owner: 'IFF',
        coOwners: [],
        districts: [],
        startDate: '2025-06-01',
        endDate: '2026-06-01',
        status: InterventionStatus.PLANNED,
        followUps: [],
        milestones: [],
      },
      chair,
    );
    const v3 = await plans.publish('Åtgärdsplan, tredje', '2025–2026', null, chair);
    const back = await plans.compare(v3.version, v1.version);
    expect(back.removed).toEqual([
      { kind: 'Intervention', id: third.id, title: 'Fritidsgårdar på helger', fields: [] },
    ]);
    expect(back.changed.find((c) => c.id === walks.id)?.fields[0]).toEqual({
      field: 'goal',
      before: 'Hälften så många otrygga platser',
      after: 'Färre otrygga platser',
    });
    const forward = await plans.compare(v2.version, v3.version);
    expect(forward.added.map((a) => a.id)).toEqual([third.id]);
    expect(forward.changed).toEqual([]);
  });

  it('publishes exactly the draft previewed, and refuses once it has changed since', async () => {
    const referenceData = new StaticReferenceData(VASTERAS_SAMPLE);
    const focusAreas = new FocusAreaService(dataSource, referenceData);
    const plans = new ActionPlanService(dataSource, referenceData);
    const preview = await plans.draft();
    const [first] = await focusAreas.findAll();
    await focusAreas.update(
      first!.id,
      first!.version,
      { problem: 'Ändrat efter förhandsvisningen' },
      chair,
    );
    await expect(
      plans.publish('Åtgärdsplan', '2025–2026', preview.fingerprint, chair),
    ).rejects.toBeInstanceOf(ConflictError);
    const again = await plans.draft();
    expect(again.fingerprint).not.toBe(preview.fingerprint);
    const published = await plans.publish('Åtgärdsplan', '2025–2026', again.fingerprint, chair);
    expect(published.snapshot.focusAreas).toEqual(again.snapshot.focusAreas);
    expect(published.snapshot.interventions).toEqual(again.snapshot.interventions);
  });
});
