import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Learning1795467039433 implements MigrationInterface {
  name = 'Learning1795467039433';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "enrolments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "module_id" uuid NOT NULL, "module_version_id" uuid NOT NULL, "last_lesson_position" integer NOT NULL DEFAULT '1', "enrolled_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "completed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "uq_enrolments_user_version" UNIQUE ("user_id", "module_version_id"), CONSTRAINT "pk_enrolments" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_enrolments_user" ON "enrolments"  ("user_id") `);
    await queryRunner.query(`CREATE INDEX "ix_enrolments_module" ON "enrolments"  ("module_id") `);
    await queryRunner.query(`CREATE INDEX "ix_enrolments_module_version" ON "enrolments"  ("module_version_id") `);
    await queryRunner.query(`CREATE TABLE "attempts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "enrolment_id" uuid NOT NULL, "user_id" uuid NOT NULL, "number" integer NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'in_progress', "draw" jsonb NOT NULL, "answers" jsonb NOT NULL DEFAULT '{}', "results" jsonb, "points_earned" integer, "points_possible" integer, "score_percent" integer, "passed" boolean, "submission_key" character varying(100), "started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "submitted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "uq_attempts_submission_key" UNIQUE ("submission_key"), CONSTRAINT "uq_attempts_number" UNIQUE ("enrolment_id", "number"), CONSTRAINT "ck_attempts_status" CHECK ("status" IN ('in_progress', 'submitted')), CONSTRAINT "pk_attempts" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_attempts_user" ON "attempts"  ("user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_attempts_one_in_progress" ON "attempts"  ("enrolment_id") WHERE "status" = 'in_progress'`);
    await queryRunner.query(`CREATE TABLE "lesson_reads" ("enrolment_id" uuid NOT NULL, "lesson_id" uuid NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_lesson_reads" PRIMARY KEY ("enrolment_id", "lesson_id"))`);
    await queryRunner.query(`ALTER TABLE "enrolments" ADD CONSTRAINT "fk_enrolments_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "enrolments" ADD CONSTRAINT "fk_enrolments_module" FOREIGN KEY ("module_id") REFERENCES "modules"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "enrolments" ADD CONSTRAINT "fk_enrolments_module_version" FOREIGN KEY ("module_version_id") REFERENCES "module_versions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "attempts" ADD CONSTRAINT "fk_attempts_enrolment" FOREIGN KEY ("enrolment_id") REFERENCES "enrolments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "lesson_reads" ADD CONSTRAINT "fk_lesson_reads_enrolment" FOREIGN KEY ("enrolment_id") REFERENCES "enrolments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "lesson_reads" ADD CONSTRAINT "fk_lesson_reads_lesson" FOREIGN KEY ("lesson_id") REFERENCES "lessons"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "lesson_reads" DROP CONSTRAINT "fk_lesson_reads_lesson"`);
    await queryRunner.query(`ALTER TABLE "lesson_reads" DROP CONSTRAINT "fk_lesson_reads_enrolment"`);
    await queryRunner.query(`ALTER TABLE "attempts" DROP CONSTRAINT "fk_attempts_enrolment"`);
    await queryRunner.query(`ALTER TABLE "enrolments" DROP CONSTRAINT "fk_enrolments_module_version"`);
    await queryRunner.query(`ALTER TABLE "enrolments" DROP CONSTRAINT "fk_enrolments_module"`);
    await queryRunner.query(`ALTER TABLE "enrolments" DROP CONSTRAINT "fk_enrolments_user"`);
    await queryRunner.query(`DROP TABLE "lesson_reads"`);
    await queryRunner.query(`DROP INDEX "public"."uq_attempts_one_in_progress"`);
    await queryRunner.query(`DROP INDEX "public"."ix_attempts_user"`);
    await queryRunner.query(`DROP TABLE "attempts"`);
    await queryRunner.query(`DROP INDEX "public"."ix_enrolments_module_version"`);
    await queryRunner.query(`DROP INDEX "public"."ix_enrolments_module"`);
    await queryRunner.query(`DROP INDEX "public"."ix_enrolments_user"`);
    await queryRunner.query(`DROP TABLE "enrolments"`);
  }
}
