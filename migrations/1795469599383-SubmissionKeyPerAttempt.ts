import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SubmissionKeyPerAttempt1795469599383 implements MigrationInterface {
  name = 'SubmissionKeyPerAttempt1795469599383';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "attempts" DROP CONSTRAINT "uq_attempts_submission_key"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "attempts" ADD CONSTRAINT "uq_attempts_submission_key" UNIQUE ("submission_key")`);
  }
}
