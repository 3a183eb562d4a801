import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PersonUsernameRequired1795614959610 implements MigrationInterface {
  name = 'PersonUsernameRequired1795614959610';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Every person gets an account name, the key other subgraphs refer to people by.
    await queryRunner.query(
      `UPDATE "directory"."person" SET "username" = 'person.' || "id" WHERE "username" IS NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "directory"."person" ALTER COLUMN "username" SET NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "directory"."person" ALTER COLUMN "username" DROP NOT NULL`,
    );
  }
}
