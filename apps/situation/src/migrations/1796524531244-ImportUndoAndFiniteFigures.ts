import type { MigrationInterface, QueryRunner } from 'typeorm';
import { raiseDataVersionOn } from '@lagesbild/db';

/**
 * What an import replaced (so it can be undone), who undid it and when, and CHECK constraints that
 * keep Infinity and NaN out of every figure. Figures that are not finite cannot be true and made
 * every answer that read them fail: a value is removed, a numerator or denominator emptied,
 * before the constraints are added.
 */
export class ImportUndoAndFiniteFigures1796524531244 implements MigrationInterface {
  name = 'ImportUndoAndFiniteFigures1796524531244';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "situation"."import_change" ("id" BIGSERIAL NOT NULL, "importId" uuid NOT NULL, "key" jsonb NOT NULL, "previous" jsonb, CONSTRAINT "PK_4ec4e29f6c6086cae5d2e48be12" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_7a775159e732c5429cd5b41053" ON "situation"."import_change"  ("importId") `,
    );
    await queryRunner.query(
      `ALTER TABLE "situation"."data_import" ADD "undoneAt" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(`ALTER TABLE "situation"."data_import" ADD "undoneBy" text`);
    const notFinite = (column: string) =>
      `"${column}" IN ('NaN'::float8, 'Infinity'::float8, '-Infinity'::float8)`;
    await queryRunner.query(`DELETE FROM "situation"."observation" WHERE ${notFinite('value')}`);
    await queryRunner.query(
      `DELETE FROM "situation"."reference_observation" WHERE ${notFinite('value')}`,
    );
    for (const column of ['numerator', 'denominator']) {
      await queryRunner.query(
        `UPDATE "situation"."observation" SET "${column}" = NULL WHERE ${notFinite(column)}`,
      );
    }
    await queryRunner.query(
      `ALTER TABLE "situation"."observation" ADD CONSTRAINT "CHK_observation_denominator_finite" CHECK ("denominator" NOT IN ('NaN'::float8, 'Infinity'::float8, '-Infinity'::float8))`,
    );
    await queryRunner.query(
      `ALTER TABLE "situation"."observation" ADD CONSTRAINT "CHK_observation_numerator_finite" CHECK ("numerator" NOT IN ('NaN'::float8, 'Infinity'::float8, '-Infinity'::float8))`,
    );
    await queryRunner.query(
      `ALTER TABLE "situation"."observation" ADD CONSTRAINT "CHK_observation_value_finite" CHECK ("value" NOT IN ('NaN'::float8, 'Infinity'::float8, '-Infinity'::float8))`,
    );
    await queryRunner.query(
      `ALTER TABLE "situation"."reference_observation" ADD CONSTRAINT "CHK_reference_observation_value_finite" CHECK ("value" NOT IN ('NaN'::float8, 'Infinity'::float8, '-Infinity'::float8))`,
    );
    await queryRunner.query(
      `ALTER TABLE "situation"."import_change" ADD CONSTRAINT "FK_7a775159e732c5429cd5b41053f" FOREIGN KEY ("importId") REFERENCES "situation"."data_import"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Like every table of the schema (its trigger goes with it in `down`).
    await raiseDataVersionOn(queryRunner, 'situation', 'import_change');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "situation"."import_change" DROP CONSTRAINT "FK_7a775159e732c5429cd5b41053f"`,
    );
    await queryRunner.query(
      `ALTER TABLE "situation"."reference_observation" DROP CONSTRAINT "CHK_reference_observation_value_finite"`,
    );
    await queryRunner.query(
      `ALTER TABLE "situation"."observation" DROP CONSTRAINT "CHK_observation_value_finite"`,
    );
    await queryRunner.query(
      `ALTER TABLE "situation"."observation" DROP CONSTRAINT "CHK_observation_numerator_finite"`,
    );
    await queryRunner.query(
      `ALTER TABLE "situation"."observation" DROP CONSTRAINT "CHK_observation_denominator_finite"`,
    );
    await queryRunner.query(`ALTER TABLE "situation"."data_import" DROP COLUMN "undoneBy"`);
    await queryRunner.query(`ALTER TABLE "situation"."data_import" DROP COLUMN "undoneAt"`);
    await queryRunner.query(`DROP INDEX "situation"."IDX_7a775159e732c5429cd5b41053"`);
    await queryRunner.query(`DROP TABLE "situation"."import_change"`);
  }
}
