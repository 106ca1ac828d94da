import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LessonImages1796680600146 implements MigrationInterface {
  name = 'LessonImages1796680600146';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "lesson_images" ("module_id" uuid NOT NULL, "hash" character(64) NOT NULL, "content_type" character varying(32) NOT NULL, "width" integer NOT NULL, "height" integer NOT NULL, "data" bytea NOT NULL, "uploaded_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_lesson_images" PRIMARY KEY ("module_id", "hash"))`);
    await queryRunner.query(`CREATE INDEX "ix_lesson_images_hash" ON "lesson_images"  ("hash") `);
    await queryRunner.query(`ALTER TABLE "lesson_images" ADD CONSTRAINT "fk_lesson_images_module" FOREIGN KEY ("module_id") REFERENCES "modules"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "lesson_images" ADD CONSTRAINT "fk_lesson_images_uploaded_by" FOREIGN KEY ("uploaded_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "lesson_images" DROP CONSTRAINT "fk_lesson_images_uploaded_by"`);
    await queryRunner.query(`ALTER TABLE "lesson_images" DROP CONSTRAINT "fk_lesson_images_module"`);
    await queryRunner.query(`DROP INDEX "public"."ix_lesson_images_hash"`);
    await queryRunner.query(`DROP TABLE "lesson_images"`);
  }
}
