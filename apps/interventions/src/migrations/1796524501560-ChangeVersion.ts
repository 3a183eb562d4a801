import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ChangeVersion1796524501560 implements MigrationInterface {
  name = 'ChangeVersion1796524501560';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "interventions"."change_log" ADD "version" integer`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "interventions"."change_log" DROP COLUMN "version"`);
  }
}
