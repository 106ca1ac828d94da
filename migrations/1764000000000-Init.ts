import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Starts the schema history; later migrations add each feature's tables. */
export class Init1764000000000 implements MigrationInterface {
  name = 'Init1764000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP EXTENSION IF EXISTS unaccent`);
  }
}
