import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LearnerProfile1795468764203 implements MigrationInterface {
  name = 'LearnerProfile1795468764203';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "sector" character varying(16)`);
    await queryRunner.query(`ALTER TABLE "users" ADD "job_title" character varying(120)`);
    await queryRunner.query(`ALTER TABLE "users" ADD "country" character varying(2)`);
    await queryRunner.query(`ALTER TABLE "users" ADD "gender" character varying(24)`);
    await queryRunner.query(`ALTER TABLE "users" ADD CONSTRAINT "ck_users_gender" CHECK ("gender" IS NULL OR "gender" IN ('woman', 'man', 'another', 'prefer_not_to_say'))`);
    await queryRunner.query(`ALTER TABLE "users" ADD CONSTRAINT "ck_users_sector" CHECK ("sector" IS NULL OR "sector" IN ('police', 'justice', 'social_work', 'education', 'health', 'community', 'other'))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "ck_users_sector"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "ck_users_gender"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "gender"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "country"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "job_title"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "sector"`);
  }
}
