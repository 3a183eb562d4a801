import type { MigrationInterface, QueryRunner } from 'typeorm';
import { installDataVersion, uninstallDataVersion } from '@lagesbild/db';

/** Every table of the schema: each write to one raises the data version. */
const TABLES = ['data_import', 'indicator', 'observation', 'reference_observation'];

export class DataVersion1796513727339 implements MigrationInterface {
  name = 'DataVersion1796513727339';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await installDataVersion(queryRunner, 'situation', TABLES);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await uninstallDataVersion(queryRunner, 'situation', TABLES);
  }
}
