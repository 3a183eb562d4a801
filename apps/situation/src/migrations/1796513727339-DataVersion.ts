import type { MigrationInterface, QueryRunner } from 'typeorm';
import { installDataVersion, uninstallDataVersion } from '@lagesbild/db';

/** Every table of the schema: each write to one raises the data version. */
const TABLES = ['data_import', 'indicator', 'observation', 'reference_observation'];

export class DataVersion1796513727339 implements MigrationInterface {
  name = 'DataVersion1796513727339';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "situation"."data_version" ("single" boolean NOT NULL DEFAULT true, "version" bigint NOT NULL DEFAULT '0', CONSTRAINT "PK_1a79a59477a3d4e06275f69fc77" PRIMARY KEY ("single"))`,
    );
    await installDataVersion(queryRunner, 'situation', TABLES);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await uninstallDataVersion(queryRunner, 'situation', TABLES);
    await queryRunner.query(`DROP TABLE "situation"."data_version"`);
  }
}
