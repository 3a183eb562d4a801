import type { MigrationInterface, QueryRunner } from 'typeorm';
import { raiseDataVersionOn } from '@lagesbild/db';

/**
 * Populations are kept once, by the situation subgraph (its `population` indicator, which every
 * rate uses and imports update); `District.population` comes from there through federation.
 * The directory's own copy, which imports never updated, goes.
 */
export class PopulationOwnedBySituation1796524600000 implements MigrationInterface {
  name = 'PopulationOwnedBySituation1796524600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Its data-version trigger goes with it.
    await queryRunner.query(`DROP TABLE "directory"."district_population"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "directory"."district_population" ("districtId" uuid NOT NULL, "year" integer NOT NULL, "population" integer NOT NULL, CONSTRAINT "PK_7ec564b177c1bc494e20a7d990b" PRIMARY KEY ("districtId", "year"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "directory"."district_population" ADD CONSTRAINT "FK_f0bdfeec57cd6cad421f94c6eab" FOREIGN KEY ("districtId") REFERENCES "directory"."district"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await raiseDataVersionOn(queryRunner, 'directory', 'district_population');
  }
}
