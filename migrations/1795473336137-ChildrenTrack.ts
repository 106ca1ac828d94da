import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ChildrenTrack1795473336137 implements MigrationInterface {
  name = 'ChildrenTrack1795473336137';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "child_consents" ("user_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "recorded_by" uuid, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_child_consents" PRIMARY KEY ("user_id"))`);
    await queryRunner.query(`CREATE INDEX "ix_child_consents_organisation" ON "child_consents"  ("organisation_id") `);
    await queryRunner.query(`CREATE TABLE "class_codes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(6) NOT NULL, "cohort_id" uuid NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_class_codes" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_class_codes_code" ON "class_codes"  ("code") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_class_codes_cohort_live" ON "class_codes"  ("cohort_id") WHERE "revoked_at" IS NULL`);
    await queryRunner.query(`CREATE TABLE "module_feedback" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "module_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "cohort_id" uuid, "face" character varying(8) NOT NULL, "text" character varying(500), "moderation_status" character varying(10) NOT NULL DEFAULT 'pending', "given_on" date NOT NULL DEFAULT ('now'::text)::date, CONSTRAINT "ck_module_feedback_status" CHECK ("moderation_status" IN ('pending', 'approved', 'rejected')), CONSTRAINT "ck_module_feedback_face" CHECK ("face" IN ('happy', 'neutral', 'sad')), CONSTRAINT "pk_module_feedback" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_module_feedback_module" ON "module_feedback"  ("module_id") `);
    await queryRunner.query(`CREATE INDEX "ix_module_feedback_organisation" ON "module_feedback"  ("organisation_id") `);
    await queryRunner.query(`ALTER TABLE "users" ADD "account_kind" character varying(8) NOT NULL DEFAULT 'adult'`);
    await queryRunner.query(`ALTER TABLE "users" ADD "username" character varying(60)`);
    await queryRunner.query(`ALTER TABLE "users" ADD "age_band" character varying(5)`);
    await queryRunner.query(`ALTER TABLE "users" ADD "secret_kind" character varying(8)`);
    await queryRunner.query(`ALTER TABLE "users" ADD "secret_hash" character varying(255)`);
    await queryRunner.query(`ALTER TABLE "users" ADD "failed_secret_attempts" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "users" ADD "locked_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "users" ADD "last_active_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "users" ADD "anonymised_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "enrolments" ADD "feedback_given" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "cohorts" ADD "audience" character varying(16) NOT NULL DEFAULT 'professional'`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_users_username" ON "users"  ("username") WHERE "username" IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "users" ADD CONSTRAINT "ck_users_child_fields" CHECK ("account_kind" = 'adult' OR ("email" IS NULL AND "password_hash" IS NULL AND "sector" IS NULL AND "job_title" IS NULL AND "country" IS NULL AND "gender" IS NULL))`);
    await queryRunner.query(`ALTER TABLE "users" ADD CONSTRAINT "ck_users_secret_kind" CHECK ("secret_kind" IS NULL OR "secret_kind" IN ('pin', 'pictures'))`);
    await queryRunner.query(`ALTER TABLE "users" ADD CONSTRAINT "ck_users_age_band" CHECK ("age_band" IS NULL OR "age_band" IN ('10-12', '13-15', '16-17'))`);
    await queryRunner.query(`ALTER TABLE "users" ADD CONSTRAINT "ck_users_account_kind" CHECK ("account_kind" IN ('adult', 'child'))`);
    await queryRunner.query(`ALTER TABLE "cohorts" ADD CONSTRAINT "ck_cohorts_audience" CHECK ("audience" IN ('professional', 'child'))`);
    await queryRunner.query(`ALTER TABLE "child_consents" ADD CONSTRAINT "fk_child_consents_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "child_consents" ADD CONSTRAINT "fk_child_consents_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "child_consents" ADD CONSTRAINT "fk_child_consents_recorded_by" FOREIGN KEY ("recorded_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "class_codes" ADD CONSTRAINT "fk_class_codes_cohort" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "class_codes" ADD CONSTRAINT "fk_class_codes_created_by" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "module_feedback" ADD CONSTRAINT "fk_module_feedback_module" FOREIGN KEY ("module_id") REFERENCES "modules"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "module_feedback" ADD CONSTRAINT "fk_module_feedback_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "module_feedback" ADD CONSTRAINT "fk_module_feedback_cohort" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "module_feedback" DROP CONSTRAINT "fk_module_feedback_cohort"`);
    await queryRunner.query(`ALTER TABLE "module_feedback" DROP CONSTRAINT "fk_module_feedback_organisation"`);
    await queryRunner.query(`ALTER TABLE "module_feedback" DROP CONSTRAINT "fk_module_feedback_module"`);
    await queryRunner.query(`ALTER TABLE "class_codes" DROP CONSTRAINT "fk_class_codes_created_by"`);
    await queryRunner.query(`ALTER TABLE "class_codes" DROP CONSTRAINT "fk_class_codes_cohort"`);
    await queryRunner.query(`ALTER TABLE "child_consents" DROP CONSTRAINT "fk_child_consents_recorded_by"`);
    await queryRunner.query(`ALTER TABLE "child_consents" DROP CONSTRAINT "fk_child_consents_organisation"`);
    await queryRunner.query(`ALTER TABLE "child_consents" DROP CONSTRAINT "fk_child_consents_user"`);
    await queryRunner.query(`ALTER TABLE "cohorts" DROP CONSTRAINT "ck_cohorts_audience"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "ck_users_account_kind"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "ck_users_age_band"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "ck_users_secret_kind"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "ck_users_child_fields"`);
    await queryRunner.query(`DROP INDEX "public"."uq_users_username"`);
    await queryRunner.query(`ALTER TABLE "cohorts" DROP COLUMN "audience"`);
    await queryRunner.query(`ALTER TABLE "enrolments" DROP COLUMN "feedback_given"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "anonymised_at"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "last_active_at"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "locked_at"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "failed_secret_attempts"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "secret_hash"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "secret_kind"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "age_band"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "username"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "account_kind"`);
    await queryRunner.query(`DROP INDEX "public"."ix_module_feedback_organisation"`);
    await queryRunner.query(`DROP INDEX "public"."ix_module_feedback_module"`);
    await queryRunner.query(`DROP TABLE "module_feedback"`);
    await queryRunner.query(`DROP INDEX "public"."uq_class_codes_cohort_live"`);
    await queryRunner.query(`DROP INDEX "public"."uq_class_codes_code"`);
    await queryRunner.query(`DROP TABLE "class_codes"`);
    await queryRunner.query(`DROP INDEX "public"."ix_child_consents_organisation"`);
    await queryRunner.query(`DROP TABLE "child_consents"`);
  }
}
