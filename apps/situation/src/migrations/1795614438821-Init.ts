import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1795614438821 implements MigrationInterface {
  name = 'Init1795614438821';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "situation"."import_format" AS ENUM('CSV', 'KOLADA_JSON', 'DEMO')`,
    );
    await queryRunner.query(
      `CREATE TABLE "situation"."data_import" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "format" "situation"."import_format" NOT NULL, "importedBy" text NOT NULL, "importedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "rowCount" integer NOT NULL, "inserted" integer NOT NULL, "updated" integer NOT NULL, "unchanged" integer NOT NULL, "synthetic" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_755c3a88694c220eb49d8baccf1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "situation"."indicator_category" AS ENUM('POPULATION', 'CRIME', 'FIRE', 'INCIDENT_REPORTS', 'PERCEIVED_SAFETY', 'SCHOOL', 'LABOUR_MARKET')`,
    );
    await queryRunner.query(
      `CREATE TYPE "situation"."indicator_frequency" AS ENUM('MONTH', 'QUARTER', 'YEAR')`,
    );
    await queryRunner.query(
      `CREATE TYPE "situation"."indicator_direction" AS ENUM('HIGHER_IS_BETTER', 'HIGHER_IS_WORSE')`,
    );
    await queryRunner.query(
      `CREATE TYPE "situation"."normalisation" AS ENUM('PER_1000_INHABITANTS', 'SHARE', 'AS_IS')`,
    );
    await queryRunner.query(
      `CREATE TABLE "situation"."indicator" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "key" text NOT NULL, "name" text NOT NULL, "nameEn" text NOT NULL, "description" text NOT NULL, "unit" text NOT NULL, "source" text NOT NULL, "category" "situation"."indicator_category" NOT NULL, "frequency" "situation"."indicator_frequency" NOT NULL, "direction" "situation"."indicator_direction" NOT NULL, "normalisation" "situation"."normalisation" NOT NULL, "target" double precision, "suppressionThreshold" integer NOT NULL DEFAULT '5', "koladaKpi" text, "koladaFactor" double precision, CONSTRAINT "UQ_93bc95304fbdada4412719dea1e" UNIQUE ("key"), CONSTRAINT "PK_4693fe4c2cb912a71e05c589e7e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "situation"."observation" ("indicatorId" uuid NOT NULL, "districtCode" text NOT NULL, "period" text NOT NULL, "periodStart" date NOT NULL, "value" double precision NOT NULL, "numerator" double precision, "denominator" double precision, "provisional" boolean NOT NULL DEFAULT false, "importId" uuid NOT NULL, CONSTRAINT "PK_d8d38399c7952c0626402915808" PRIMARY KEY ("indicatorId", "districtCode", "period"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_1f17c0ce799910165496b7dd77" ON "situation"."observation"  ("indicatorId", "periodStart") `,
    );
    await queryRunner.query(
      `CREATE TABLE "situation"."reference_observation" ("indicatorId" uuid NOT NULL, "areaCode" text NOT NULL, "period" text NOT NULL, "periodStart" date NOT NULL, "value" double precision NOT NULL, "importId" uuid NOT NULL, CONSTRAINT "PK_68adfed3681f7fc3e3eb27acd1e" PRIMARY KEY ("indicatorId", "areaCode", "period"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "situation"."observation" ADD CONSTRAINT "FK_3a65226ac76b7e78c6e2273fca0" FOREIGN KEY ("indicatorId") REFERENCES "situation"."indicator"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "situation"."observation" ADD CONSTRAINT "FK_21b9930b31c4eb4464c1d7cbc94" FOREIGN KEY ("importId") REFERENCES "situation"."data_import"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "situation"."reference_observation" ADD CONSTRAINT "FK_093341b66f525c4afc1e519368a" FOREIGN KEY ("indicatorId") REFERENCES "situation"."indicator"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "situation"."reference_observation" ADD CONSTRAINT "FK_49f31e6cf99034f3d4501b1d3cf" FOREIGN KEY ("importId") REFERENCES "situation"."data_import"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "situation"."reference_observation" DROP CONSTRAINT "FK_49f31e6cf99034f3d4501b1d3cf"`,
    );
    await queryRunner.query(
      `ALTER TABLE "situation"."reference_observation" DROP CONSTRAINT "FK_093341b66f525c4afc1e519368a"`,
    );
    await queryRunner.query(
      `ALTER TABLE "situation"."observation" DROP CONSTRAINT "FK_21b9930b31c4eb4464c1d7cbc94"`,
    );
    await queryRunner.query(
      `ALTER TABLE "situation"."observation" DROP CONSTRAINT "FK_3a65226ac76b7e78c6e2273fca0"`,
    );
    await queryRunner.query(`DROP TABLE "situation"."reference_observation"`);
    await queryRunner.query(`DROP INDEX "situation"."IDX_1f17c0ce799910165496b7dd77"`);
    await queryRunner.query(`DROP TABLE "situation"."observation"`);
    await queryRunner.query(`DROP TABLE "situation"."indicator"`);
    await queryRunner.query(`DROP TYPE "situation"."normalisation"`);
    await queryRunner.query(`DROP TYPE "situation"."indicator_direction"`);
    await queryRunner.query(`DROP TYPE "situation"."indicator_frequency"`);
    await queryRunner.query(`DROP TYPE "situation"."indicator_category"`);
    await queryRunner.query(`DROP TABLE "situation"."data_import"`);
    await queryRunner.query(`DROP TYPE "situation"."import_format"`);
  }
}
