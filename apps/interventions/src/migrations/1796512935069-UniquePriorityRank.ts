import type { MigrationInterface, QueryRunner } from 'typeorm';

export class UniquePriorityRank1796512935069 implements MigrationInterface {
  name = 'UniquePriorityRank1796512935069';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Focus areas created at the same moment may share a rank: number them anew in their order.
    await queryRunner.query(
      `UPDATE "interventions"."focus_area" AS "f" SET "priorityRank" = "r"."rank" FROM (SELECT "id", row_number() OVER (ORDER BY "priorityRank", "createdAt", "title", "id") AS "rank" FROM "interventions"."focus_area") AS "r" WHERE "f"."id" = "r"."id" AND EXISTS (SELECT 1 FROM "interventions"."focus_area" GROUP BY "priorityRank" HAVING count(*) > 1)`,
    );
    // Deferred by hand (TypeORM does not generate it for a one-column constraint): checked at
    // commit, so that a prioritisation may reorder within one transaction.
    await queryRunner.query(
      `ALTER TABLE "interventions"."focus_area" ADD CONSTRAINT "UQ_fe5fd31ccee1c02de8a062be2a9" UNIQUE ("priorityRank") DEFERRABLE INITIALLY DEFERRED`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "interventions"."focus_area" DROP CONSTRAINT "UQ_fe5fd31ccee1c02de8a062be2a9"`,
    );
  }
}
