import type { MigrationInterface, QueryRunner } from 'typeorm';

export class EnrolmentRenewal1795468472165 implements MigrationInterface {
  name = 'EnrolmentRenewal1795468472165';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "enrolments" DROP CONSTRAINT "uq_enrolments_user_version"`);
    await queryRunner.query(`ALTER TABLE "enrolments" ADD "superseded_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_enrolments_user_version_current" ON "enrolments"  ("user_id", "module_version_id") WHERE "superseded_at" IS NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."uq_enrolments_user_version_current"`);
    await queryRunner.query(`ALTER TABLE "enrolments" DROP COLUMN "superseded_at"`);
    await queryRunner.query(`ALTER TABLE "enrolments" ADD CONSTRAINT "uq_enrolments_user_version" UNIQUE ("user_id", "module_version_id")`);
  }
}
