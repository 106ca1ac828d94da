import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Authoring1795474980428 implements MigrationInterface {
  name = 'Authoring1795474980428';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "module_drafts" ("module_id" uuid NOT NULL, "definition" jsonb NOT NULL, "revision" integer NOT NULL DEFAULT '1', "based_on_version" integer, "updated_by" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_module_drafts_revision" CHECK ("revision" >= 1), CONSTRAINT "pk_module_drafts" PRIMARY KEY ("module_id"))`);
    await queryRunner.query(`ALTER TABLE "module_versions" ADD "published_by" uuid`);
    await queryRunner.query(`ALTER TABLE "modules" ADD "organisation_id" uuid`);
    await queryRunner.query(`CREATE INDEX "ix_modules_organisation" ON "modules"  ("organisation_id") `);
    await queryRunner.query(`ALTER TABLE "module_versions" ADD CONSTRAINT "fk_module_versions_published_by" FOREIGN KEY ("published_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "modules" ADD CONSTRAINT "fk_modules_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "module_drafts" ADD CONSTRAINT "fk_module_drafts_module" FOREIGN KEY ("module_id") REFERENCES "modules"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "module_drafts" ADD CONSTRAINT "fk_module_drafts_updated_by" FOREIGN KEY ("updated_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "module_drafts" DROP CONSTRAINT "fk_module_drafts_updated_by"`);
    await queryRunner.query(`ALTER TABLE "module_drafts" DROP CONSTRAINT "fk_module_drafts_module"`);
    await queryRunner.query(`ALTER TABLE "modules" DROP CONSTRAINT "fk_modules_organisation"`);
    await queryRunner.query(`ALTER TABLE "module_versions" DROP CONSTRAINT "fk_module_versions_published_by"`);
    await queryRunner.query(`DROP INDEX "public"."ix_modules_organisation"`);
    await queryRunner.query(`ALTER TABLE "modules" DROP COLUMN "organisation_id"`);
    await queryRunner.query(`ALTER TABLE "module_versions" DROP COLUMN "published_by"`);
    await queryRunner.query(`DROP TABLE "module_drafts"`);
  }
}
