import type { DataSource } from 'typeorm';
import type { Principal } from '@lagesbild/auth';
import { openDatabase } from '@lagesbild/db';
import { ConflictError, InvalidInputError, NotFoundError } from '@lagesbild/subgraph-kit';
import { startTestDatabase, type TestDatabase } from '@lagesbild/test-kit';
import { StaticReferenceData, VASTERAS_SAMPLE } from '../../test/static-reference-data';
import { ChangeLogEntry } from '../change-log/change-log-entry.entity';
import { interventionsApp } from '../interventions-app';
import { FocusArea } from './focus-area.entity';
import { FocusAreaService } from './focus-area.service';

const chair: Principal = {
  username: 'ks.ordforande',
  name: 'Anna Berg',
  roles: ['LEADERSHIP'],
  organisation: 'KS',
};

describe('FocusAreaService on a database', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let service: FocusAreaService;

  const create = (title: string) =>
    service.create(
      {
        title,
        problem: `Problemet med ${title}`,
        causeAnalysis: '',
        districts: ['1980R001'],
        indicators: ['crime_violence'],
        periodStart: '2025-01-01',
        periodEnd: '2026-12-31',
      },
      chair,
    );
  const logOf = (id: string) =>
    dataSource
      .getRepository(ChangeLogEntry)
      .find({ where: { entityType: 'FocusArea', entityId: id }, order: { id: 'ASC' } });
  const rejection = async (promise: Promise<unknown>) => {
    try {
      await promise;
    } catch (error) {
      return error;
    }
    throw new Error('The call succeeded.');
  };

  beforeAll(async () => {
    database = await startTestDatabase();
    dataSource = await openDatabase(interventionsApp.createDataSource(database.url), database.url);
    service = new FocusAreaService(dataSource, new StaticReferenceData(VASTERAS_SAMPLE));
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.stop();
  });

  describe('updateFocusArea', () => {
    it('changes the fields given, raises the version and logs only what changed', async () => {
      const area = await create('Skadegörelse i centrum');
      const updated = await service.update(
        area.id,
        area.version,
        {
          problem: 'Skadegörelsen har ökat två år i rad.',
          districts: ['1980R001', '1980R003'],
          title: area.title,
        },
        chair,
      );
      expect(updated).toMatchObject({
        title: 'Skadegörelse i centrum',
        problem: 'Skadegörelsen har ökat två år i rad.',
        districtCodes: ['1980R001', '1980R003'],
        indicatorKeys: ['crime_violence'],
        priorityRank: area.priorityRank,
        version: area.version + 1,
      });
      const log = await logOf(area.id);
      expect(log.map((e) => e.action)).toEqual(['CREATED', 'UPDATED']);
      expect(log[1]).toMatchObject({
        actorUsername: 'ks.ordforande',
        actorName: 'Anna Berg',
        before: { problem: 'Problemet med Skadegörelse i centrum', districts: ['1980R001'] },
        after: {
          problem: 'Skadegörelsen har ökat två år i rad.',
          districts: ['1980R001', '1980R003'],
        },
      });
    });

    it('refuses a stale version with CONFLICT and the current version, and changes nothing', async () => {
      const area = await create('Otrygghet vid stationen');
      await service.update(area.id, area.version, { problem: 'Första ändringen' }, chair);
      const error = await rejection(
        service.update(area.id, area.version, { problem: 'Andra ändringen' }, chair),
      );
      expect(error).toBeInstanceOf(ConflictError);
      expect((error as ConflictError).details).toEqual({
        currentVersion: area.version + 1,
        expectedVersion: area.version,
      });
      const stored = await dataSource.getRepository(FocusArea).findOneByOrFail({ id: area.id });
      expect(stored.problem).toBe('Första ändringen');
      expect((await logOf(area.id)).map((e) => e.action)).toEqual(['CREATED', 'UPDATED']);
    });

    it('lets exactly one of ten concurrent edits of one version win', async () => {
      const area = await create('Bränder i bilar');
      const results = await Promise.allSettled(
        Array.from({ length: 10 }, (_, i) =>
          service.update(area.id, area.version, { problem: `Version ${i}` }, chair),
        ),
      );
      const won = results.filter((r) => r.status === 'fulfilled');
      expect(won).toHaveLength(1);
      for (const lost of results.filter((r) => r.status === 'rejected')) {
        expect(lost.reason).toBeInstanceOf(ConflictError);
      }
      expect((await logOf(area.id)).filter((e) => e.action === 'UPDATED')).toHaveLength(1);
    });

    it.each([
      [{ title: '   ' }, 'title', /must not be empty/],
      [{ problem: 'x'.repeat(20_001) }, 'problem', /at most/],
      [{ causeAnalysis: '<script>' }, 'causeAnalysis', /plain text/],
      [{ periodStart: '2025-02-30' }, 'periodStart', /not a date/],
      [{ periodEnd: '2024-12-31' }, 'periodEnd', /comes before periodStart 2025-01-01/],
      [{ districts: ['1980R001', '9999X999'] }, 'districts', /Unknown district "9999X999"/],
      [{ districts: ['1980R002', '1980R002'] }, 'districts', /listed twice/],
      [{ indicators: ['no_such_indicator'] }, 'indicators', /Unknown indicator/],
      [{ problem: 'Problemet med Olaga intrång' }, 'input', /Nothing would change/],
    ])('names the field at fault in %j and writes nothing', async (input, field, message) => {
      const area = await create('Olaga intrång');
      const error = await rejection(service.update(area.id, area.version, input, chair));
      expect(error).toBeInstanceOf(InvalidInputError);
      expect((error as InvalidInputError).details.field).toBe(field);
      expect((error as InvalidInputError).message).toMatch(message);
      const stored = await dataSource.getRepository(FocusArea).findOneByOrFail({ id: area.id });
      expect(stored.version).toBe(area.version);
      expect((await logOf(area.id)).map((e) => e.action)).toEqual(['CREATED']);
      await dataSource.getRepository(FocusArea).delete({ id: area.id });
    });

    it('answers NOT_FOUND for a focus area that does not exist', async () => {
      await expect(
        service.update('7f1d2c3b-0000-4000-8000-000000000000', 1, { title: 'x' }, chair),
      ).rejects.toBeInstanceOf(NotFoundError);
    });
  });

  describe('prioritiseFocusAreas', () => {
    it('refuses an order decided on a stale one with CONFLICT, and keeps the versions', async () => {
      const seen = (await service.findAll()).map((f) => f.id);
      const versions = new Map((await service.findAll()).map((f) => [f.id, f.version]));
      const reversed = [...seen].reverse();
      await service.prioritise(reversed, seen, chair);
      const error = await rejection(
        service.prioritise(seen.slice(1).concat(seen[0]!), seen, chair),
      );
      expect(error).toBeInstanceOf(ConflictError);
      expect((error as ConflictError).details).toEqual({ currentOrder: reversed });
      const after = await service.findAll();
      expect(after.map((f) => f.id)).toEqual(reversed);
      // A rank is the order's: an edit begun before the reorder still holds its version.
      expect(after.map((f) => f.version)).toEqual(reversed.map((id) => versions.get(id)));
    });
  });
});
