import type { MigrationInterface, QueryRunner } from 'typeorm';
import { startTestDatabase, type TestDatabase } from '@lagesbild/test-kit';
import { createDataSource } from './data-source';
import { DatabaseStartupError, openDatabase } from './open-database';
import { databaseStatus } from './database-status';

class CreateThing1700000000000 implements MigrationInterface {
  name = 'CreateThing1700000000000';
  async up(runner: QueryRunner) {
    await runner.query('CREATE TABLE "spec"."thing" ("id" integer PRIMARY KEY)');
  }
  async down(runner: QueryRunner) {
    await runner.query('DROP TABLE "spec"."thing"');
  }
}

class BrokenMigration1700000000001 implements MigrationInterface {
  name = 'BrokenMigration1700000000001';
  async up(runner: QueryRunner) {
    await runner.query('CREATE TABLE "spec"."other" ("id" integer PRIMARY KEY)');
    await runner.query('ALTER TABLE "spec"."missing" ADD COLUMN "x" integer');
  }
  async down() {}
}

describe('openDatabase', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await startTestDatabase();
  });
  afterAll(() => database.stop());

  it('creates the schema, applies migrations once, and reports ready', async () => {
    const open = () =>
      openDatabase(
        createDataSource({
          url: database.url,
          schema: 'spec',
          entities: [],
          migrations: [CreateThing1700000000000],
        }),
        database.url,
      );
    const first = await open();
    expect(await databaseStatus(first)).toEqual({ reachable: true, migrationsApplied: true });
    await first.destroy();
    const second = await open();
    const rows = await second.query('SELECT name FROM "spec"."migrations"');
    expect(rows).toEqual([{ name: 'CreateThing1700000000000' }]);
    await second.destroy();
  });

  it('names the failed migration and leaves nothing of it behind', async () => {
    const dataSource = createDataSource({
      url: database.url,
      schema: 'spec',
      entities: [],
      migrations: [CreateThing1700000000000, BrokenMigration1700000000001],
    });
    const error = await openDatabase(dataSource, database.url).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseStartupError);
    expect((error as Error).message).toMatch(
      /BrokenMigration1700000000001 failed in schema "spec": .*spec\.missing/,
    );

    const check = createDataSource({
      url: database.url,
      schema: 'spec',
      entities: [],
      migrations: [],
    });
    await check.initialize();
    const [{ exists }] = await check.query(
      `SELECT to_regclass('spec.other') IS NOT NULL AS exists`,
    );
    expect(exists).toBe(false);
    await check.destroy();
  });

  it('says the server cannot be reached, with the address and without the password', async () => {
    const url = 'postgres://someone:secret@127.0.0.1:1/nowhere';
    const dataSource = createDataSource({ url, schema: 'spec', entities: [], migrations: [] });
    const error = await openDatabase(dataSource, url).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(
      /Cannot reach the database server at .*127\.0\.0\.1:1/,
    );
    expect((error as Error).message).not.toContain('secret');
  });
});
