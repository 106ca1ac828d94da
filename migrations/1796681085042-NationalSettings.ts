import type { MigrationInterface, QueryRunner } from 'typeorm';

export class NationalSettings1796681085042 implements MigrationInterface {
  name = 'NationalSettings1796681085042';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "country_settings" ("code" character varying(2) NOT NULL, "definition" jsonb NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_country_settings" PRIMARY KEY ("code"))`);
    await queryRunner.query(`CREATE TABLE "organisation_lesson_notes" ("organisation_id" uuid NOT NULL, "module_id" uuid NOT NULL, "lesson_position" integer NOT NULL, "body_fr" text NOT NULL, "body_en" text NOT NULL, "updated_by" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_organisation_lesson_notes" PRIMARY KEY ("organisation_id", "module_id", "lesson_position"))`);
    await queryRunner.query(`ALTER TABLE "organisation_lesson_notes" ADD CONSTRAINT "fk_organisation_lesson_notes_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "organisation_lesson_notes" ADD CONSTRAINT "fk_organisation_lesson_notes_module" FOREIGN KEY ("module_id") REFERENCES "modules"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "organisation_lesson_notes" ADD CONSTRAINT "fk_organisation_lesson_notes_updated_by" FOREIGN KEY ("updated_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organisation_lesson_notes" DROP CONSTRAINT "fk_organisation_lesson_notes_updated_by"`);
    await queryRunner.query(`ALTER TABLE "organisation_lesson_notes" DROP CONSTRAINT "fk_organisation_lesson_notes_module"`);
    await queryRunner.query(`ALTER TABLE "organisation_lesson_notes" DROP CONSTRAINT "fk_organisation_lesson_notes_organisation"`);
    await queryRunner.query(`DROP TABLE "organisation_lesson_notes"`);
    await queryRunner.query(`DROP TABLE "country_settings"`);
  }
}
