import type { MigrationInterface, QueryRunner } from 'typeorm';
import { installDataVersion, uninstallDataVersion } from '@lagesbild/db';

/** Every table of the schema: each write to one raises the data version. */
const TABLES = [
  'action_plan',
  'change_log',
  'focus_area',
  'follow_up_indicator',
  'intervention',
  'milestone',
  'progress_report',
];

export class DataVersion1796513739127 implements MigrationInterface {
  name = 'DataVersion1796513739127';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await installDataVersion(queryRunner, 'interventions', TABLES);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await uninstallDataVersion(queryRunner, 'interventions', TABLES);
  }
}
