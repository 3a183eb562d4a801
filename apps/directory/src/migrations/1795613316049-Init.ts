import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1795613316049 implements MigrationInterface {
  name = 'Init1795613316049';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "directory"."council" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "municipalityCode" text NOT NULL, "municipalityName" text NOT NULL, "established" date NOT NULL, CONSTRAINT "UQ_d290d5748b3ba07f480060b798d" UNIQUE ("municipalityCode"), CONSTRAINT "PK_1749decabf3d8cf2edc4385c557" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "directory"."district" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "name" text NOT NULL, "municipalityCode" text NOT NULL, "boundary" jsonb, CONSTRAINT "UQ_fbfe5cb0d22c2be8c9a9fff5b6b" UNIQUE ("code"), CONSTRAINT "PK_ee5cb6fd5223164bb87ea693f1e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "directory"."district_population" ("districtId" uuid NOT NULL, "year" integer NOT NULL, "population" integer NOT NULL, CONSTRAINT "PK_7ec564b177c1bc494e20a7d990b" PRIMARY KEY ("districtId", "year"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "directory"."organisation_kind" AS ENUM('COMMITTEE', 'POLICE')`,
    );
    await queryRunner.query(
      `CREATE TABLE "directory"."organisation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "name" text NOT NULL, "kind" "directory"."organisation_kind" NOT NULL, CONSTRAINT "UQ_6a3122daf3cb06cb4f1f87ae642" UNIQUE ("code"), CONSTRAINT "PK_c725ae234ef1b74cce43d2d00c1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "directory"."council_role" AS ENUM('COUNCIL_CO_CHAIR', 'CHAIR', 'FIRST_VICE_CHAIR', 'SECOND_VICE_CHAIR', 'POLICE_AREA_CHIEF', 'POLICE_REPRESENTATIVE', 'SECRETARY', 'COORDINATOR', 'ANALYST', 'ADMINISTRATOR')`,
    );
    await queryRunner.query(
      `CREATE TYPE "directory"."access_role" AS ENUM('ANALYST', 'LEADERSHIP', 'COMMITTEE', 'ADMIN')`,
    );
    await queryRunner.query(
      `CREATE TABLE "directory"."person" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "username" text, "name" text NOT NULL, "title" text NOT NULL, "email" text NOT NULL, "organisationId" uuid, "councilRoles" "directory"."council_role" array NOT NULL DEFAULT '{}', "accessRoles" "directory"."access_role" array NOT NULL DEFAULT '{}', CONSTRAINT "UQ_e4475bde6806df5ab6999b47e5b" UNIQUE ("username"), CONSTRAINT "PK_5fdaf670315c4b7e70cce85daa3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_7cd2f5e857eb0610921d047184" ON "directory"."person"  ("organisationId") `,
    );
    await queryRunner.query(
      `ALTER TABLE "directory"."district_population" ADD CONSTRAINT "FK_f0bdfeec57cd6cad421f94c6eab" FOREIGN KEY ("districtId") REFERENCES "directory"."district"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "directory"."person" ADD CONSTRAINT "FK_7cd2f5e857eb0610921d0471845" FOREIGN KEY ("organisationId") REFERENCES "directory"."organisation"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "directory"."person" DROP CONSTRAINT "FK_7cd2f5e857eb0610921d0471845"`,
    );
    await queryRunner.query(
      `ALTER TABLE "directory"."district_population" DROP CONSTRAINT "FK_f0bdfeec57cd6cad421f94c6eab"`,
    );
    await queryRunner.query(`DROP INDEX "directory"."IDX_7cd2f5e857eb0610921d047184"`);
    await queryRunner.query(`DROP TABLE "directory"."person"`);
    await queryRunner.query(`DROP TYPE "directory"."access_role"`);
    await queryRunner.query(`DROP TYPE "directory"."council_role"`);
    await queryRunner.query(`DROP TABLE "directory"."organisation"`);
    await queryRunner.query(`DROP TYPE "directory"."organisation_kind"`);
    await queryRunner.query(`DROP TABLE "directory"."district_population"`);
    await queryRunner.query(`DROP TABLE "directory"."district"`);
    await queryRunner.query(`DROP TABLE "directory"."council"`);
  }
}
