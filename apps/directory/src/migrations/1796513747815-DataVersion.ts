import type { MigrationInterface, QueryRunner } from 'typeorm';
import { installDataVersion, uninstallDataVersion } from '@lagesbild/db';

/** Every table of the schema: each write to one raises the data version. */
const TABLES = ['council', 'district', 'district_population', 'organisation', 'person'];

export class DataVersion1796513747815 implements MigrationInterface {
  name = 'DataVersion1796513747815';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await installDataVersion(queryRunner, 'directory', TABLES);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await uninstallDataVersion(queryRunner, 'directory', TABLES);
  }
}
