import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InterventionResponsible1796524649050 implements MigrationInterface {
  name = 'InterventionResponsible1796524649050';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "interventions"."intervention" ADD "responsibleUsername" text`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "interventions"."intervention" DROP COLUMN "responsibleUsername"`,
    );
  }
}
