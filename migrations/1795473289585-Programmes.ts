import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Programmes1795473289585 implements MigrationInterface {
  name = 'Programmes1795473289585';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "programmes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" character varying(100) NOT NULL, "audience" character varying(16) NOT NULL, "title_fr" character varying(200) NOT NULL, "title_en" character varying(200) NOT NULL, "summary_fr" text NOT NULL, "summary_en" text NOT NULL, "archived_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_programmes_audience" CHECK ("audience" IN ('professional', 'child')), CONSTRAINT "pk_programmes" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_programmes_slug" ON "programmes"  ("slug") `);
    await queryRunner.query(`CREATE TABLE "programme_modules" ("programme_id" uuid NOT NULL, "module_id" uuid NOT NULL, "position" integer NOT NULL, CONSTRAINT "pk_programme_modules" PRIMARY KEY ("programme_id", "module_id"))`);
    await queryRunner.query(`CREATE INDEX "ix_programme_modules_module" ON "programme_modules"  ("module_id") `);
    await queryRunner.query(`ALTER TABLE "certificates" ADD "programme_id" uuid`);
    await queryRunner.query(`ALTER TABLE "cohorts" ADD "programme_id" uuid`);
    await queryRunner.query(`ALTER TABLE "certificates" DROP CONSTRAINT "fk_certificates_enrolment"`);
    await queryRunner.query(`ALTER TABLE "certificates" DROP CONSTRAINT "fk_certificates_module_version"`);
    await queryRunner.query(`ALTER TABLE "certificates" ALTER COLUMN "enrolment_id" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "certificates" ALTER COLUMN "module_version_id" DROP NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_certificates_user_programme" ON "certificates"  ("user_id", "programme_id") WHERE "programme_id" IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "ix_cohorts_programme" ON "cohorts"  ("programme_id") `);
    await queryRunner.query(`ALTER TABLE "certificates" ADD CONSTRAINT "ck_certificates_kind" CHECK (("programme_id" IS NULL) = ("module_version_id" IS NOT NULL) AND ("module_version_id" IS NULL) = ("enrolment_id" IS NULL))`);
    await queryRunner.query(`ALTER TABLE "programme_modules" ADD CONSTRAINT "fk_programme_modules_programme" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "programme_modules" ADD CONSTRAINT "fk_programme_modules_module" FOREIGN KEY ("module_id") REFERENCES "modules"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "certificates" ADD CONSTRAINT "fk_certificates_enrolment" FOREIGN KEY ("enrolment_id") REFERENCES "enrolments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "certificates" ADD CONSTRAINT "fk_certificates_module_version" FOREIGN KEY ("module_version_id") REFERENCES "module_versions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "certificates" ADD CONSTRAINT "fk_certificates_programme" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "cohorts" ADD CONSTRAINT "fk_cohorts_programme" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "cohorts" DROP CONSTRAINT "fk_cohorts_programme"`);
    await queryRunner.query(`ALTER TABLE "certificates" DROP CONSTRAINT "fk_certificates_programme"`);
    await queryRunner.query(`ALTER TABLE "certificates" DROP CONSTRAINT "fk_certificates_module_version"`);
    await queryRunner.query(`ALTER TABLE "certificates" DROP CONSTRAINT "fk_certificates_enrolment"`);
    await queryRunner.query(`ALTER TABLE "programme_modules" DROP CONSTRAINT "fk_programme_modules_module"`);
    await queryRunner.query(`ALTER TABLE "programme_modules" DROP CONSTRAINT "fk_programme_modules_programme"`);
    await queryRunner.query(`ALTER TABLE "certificates" DROP CONSTRAINT "ck_certificates_kind"`);
    await queryRunner.query(`DROP INDEX "public"."ix_cohorts_programme"`);
    await queryRunner.query(`DROP INDEX "public"."uq_certificates_user_programme"`);
    await queryRunner.query(`ALTER TABLE "certificates" ALTER COLUMN "module_version_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "certificates" ALTER COLUMN "enrolment_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "certificates" ADD CONSTRAINT "fk_certificates_module_version" FOREIGN KEY ("module_version_id") REFERENCES "module_versions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "certificates" ADD CONSTRAINT "fk_certificates_enrolment" FOREIGN KEY ("enrolment_id") REFERENCES "enrolments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "cohorts" DROP COLUMN "programme_id"`);
    await queryRunner.query(`ALTER TABLE "certificates" DROP COLUMN "programme_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_programme_modules_module"`);
    await queryRunner.query(`DROP TABLE "programme_modules"`);
    await queryRunner.query(`DROP INDEX "public"."uq_programmes_slug"`);
    await queryRunner.query(`DROP TABLE "programmes"`);
  }
}
