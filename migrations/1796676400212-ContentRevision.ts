import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One counter that any change to published content moves, in the changing transaction: the API keeps serialised and
 * compressed catalogue bodies under it, so every instance sees a publish or an archive on its next request.
 */
const WATCHED_TABLES = ['modules', 'module_versions', 'lessons', 'module_version_competencies', 'competencies'];

export class ContentRevision1796676400212 implements MigrationInterface {
  name = 'ContentRevision1796676400212';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "content_revision" ("id" boolean PRIMARY KEY DEFAULT true CHECK ("id"), "revision" bigint NOT NULL)`);
    await queryRunner.query(`INSERT INTO "content_revision" ("revision") VALUES (1)`);
    await queryRunner.query(`CREATE FUNCTION "bump_content_revision"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN UPDATE "content_revision" SET "revision" = "revision" + 1; RETURN NULL; END $$`);
    for (const table of WATCHED_TABLES) {
      await queryRunner.query(
        `CREATE TRIGGER "tr_${table}_content_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_revision"()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of WATCHED_TABLES) await queryRunner.query(`DROP TRIGGER "tr_${table}_content_revision" ON "${table}"`);
    await queryRunner.query(`DROP FUNCTION "bump_content_revision"()`);
    await queryRunner.query(`DROP TABLE "content_revision"`);
  }
}
