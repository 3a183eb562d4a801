import type { MigrationInterface, QueryRunner } from 'typeorm';
import { installDataVersion, uninstallDataVersion } from '@lagesbild/db';

/** Every table of the schema: each write to one raises the data version. */
const TABLES = ['council', 'district', 'district_population', 'organisation', 'person'];

export class DataVersion1796513747815 implements MigrationInterface {
  name = 'DataVersion1796513747815';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "directory"."data_version" ("single" boolean NOT NULL DEFAULT true, "version" bigint NOT NULL DEFAULT '0', CONSTRAINT "PK_1a79a59477a3d4e06275f69fc77" PRIMARY KEY ("single"))`,
    );
    await installDataVersion(queryRunner, 'directory', TABLES);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await uninstallDataVersion(queryRunner, 'directory', TABLES);
    await queryRunner.query(`DROP TABLE "directory"."data_version"`);
  }
}
