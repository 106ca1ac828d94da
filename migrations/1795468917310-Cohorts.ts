import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Cohorts1795468917310 implements MigrationInterface {
  name = 'Cohorts1795468917310';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "cohorts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "starts_on" date, "ends_on" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_cohorts_dates" CHECK ("ends_on" IS NULL OR "starts_on" IS NULL OR "ends_on" >= "starts_on"), CONSTRAINT "pk_cohorts" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_cohorts_organisation" ON "cohorts"  ("organisation_id") `);
    await queryRunner.query(`CREATE TABLE "cohort_modules" ("cohort_id" uuid NOT NULL, "module_id" uuid NOT NULL, "position" integer NOT NULL, CONSTRAINT "pk_cohort_modules" PRIMARY KEY ("cohort_id", "module_id"))`);
    await queryRunner.query(`CREATE TABLE "cohort_members" ("cohort_id" uuid NOT NULL, "user_id" uuid NOT NULL, "added_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_cohort_members" PRIMARY KEY ("cohort_id", "user_id"))`);
    await queryRunner.query(`CREATE INDEX "ix_cohort_members_user" ON "cohort_members"  ("user_id") `);
    await queryRunner.query(`CREATE TABLE "cohort_trainers" ("cohort_id" uuid NOT NULL, "user_id" uuid NOT NULL, CONSTRAINT "pk_cohort_trainers" PRIMARY KEY ("cohort_id", "user_id"))`);
    await queryRunner.query(`CREATE INDEX "ix_cohort_trainers_user" ON "cohort_trainers"  ("user_id") `);
    await queryRunner.query(`ALTER TABLE "cohorts" ADD CONSTRAINT "fk_cohorts_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "cohort_modules" ADD CONSTRAINT "fk_cohort_modules_cohort" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "cohort_modules" ADD CONSTRAINT "fk_cohort_modules_module" FOREIGN KEY ("module_id") REFERENCES "modules"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "cohort_members" ADD CONSTRAINT "fk_cohort_members_cohort" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "cohort_members" ADD CONSTRAINT "fk_cohort_members_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "cohort_trainers" ADD CONSTRAINT "fk_cohort_trainers_cohort" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "cohort_trainers" ADD CONSTRAINT "fk_cohort_trainers_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "cohort_trainers" DROP CONSTRAINT "fk_cohort_trainers_user"`);
    await queryRunner.query(`ALTER TABLE "cohort_trainers" DROP CONSTRAINT "fk_cohort_trainers_cohort"`);
    await queryRunner.query(`ALTER TABLE "cohort_members" DROP CONSTRAINT "fk_cohort_members_user"`);
    await queryRunner.query(`ALTER TABLE "cohort_members" DROP CONSTRAINT "fk_cohort_members_cohort"`);
    await queryRunner.query(`ALTER TABLE "cohort_modules" DROP CONSTRAINT "fk_cohort_modules_module"`);
    await queryRunner.query(`ALTER TABLE "cohort_modules" DROP CONSTRAINT "fk_cohort_modules_cohort"`);
    await queryRunner.query(`ALTER TABLE "cohorts" DROP CONSTRAINT "fk_cohorts_organisation"`);
    await queryRunner.query(`DROP INDEX "public"."ix_cohort_trainers_user"`);
    await queryRunner.query(`DROP TABLE "cohort_trainers"`);
    await queryRunner.query(`DROP INDEX "public"."ix_cohort_members_user"`);
    await queryRunner.query(`DROP TABLE "cohort_members"`);
    await queryRunner.query(`DROP TABLE "cohort_modules"`);
    await queryRunner.query(`DROP INDEX "public"."ix_cohorts_organisation"`);
    await queryRunner.query(`DROP TABLE "cohorts"`);
  }
}
