import type { MigrationInterface, QueryRunner } from 'typeorm';

export class QuestionLesson1796677393926 implements MigrationInterface {
  name = 'QuestionLesson1796677393926';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "questions" ADD "lesson_key" character varying(120)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "questions" DROP COLUMN "lesson_key"`);
  }
}
