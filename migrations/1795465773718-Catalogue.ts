import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Catalogue1795465773718 implements MigrationInterface {
  name = 'Catalogue1795465773718';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "modules" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" character varying(100) NOT NULL, "audience" character varying(16) NOT NULL, "origin" character varying(16) NOT NULL DEFAULT 'content', "current_version_id" uuid, "archived_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_modules" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_modules_slug" ON "modules"  ("slug") `);
    await queryRunner.query(`CREATE INDEX "ix_modules_audience" ON "modules"  ("audience") `);
    await queryRunner.query(`CREATE TABLE "competencies" ("code" character varying(16) NOT NULL, "position" integer NOT NULL, "title_fr" text NOT NULL, "title_en" text NOT NULL, "description_fr" text NOT NULL, "description_en" text NOT NULL, "indicators" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_competencies" PRIMARY KEY ("code"))`);
    await queryRunner.query(`CREATE TABLE "module_version_competencies" ("module_version_id" uuid NOT NULL, "competency_code" character varying(16) NOT NULL, "position" integer NOT NULL, CONSTRAINT "pk_module_version_competencies" PRIMARY KEY ("module_version_id", "competency_code"))`);
    await queryRunner.query(`CREATE INDEX "ix_module_version_competencies_code" ON "module_version_competencies"  ("competency_code") `);
    await queryRunner.query(`CREATE TABLE "questions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "module_version_id" uuid NOT NULL, "key" character varying(100) NOT NULL, "position" integer NOT NULL, "type" character varying(20) NOT NULL, "competency_code" character varying(16) NOT NULL, "points" integer NOT NULL DEFAULT '1', "prompt" jsonb NOT NULL, "feedback" jsonb NOT NULL, "spec" jsonb NOT NULL, CONSTRAINT "uq_questions_key" UNIQUE ("module_version_id", "key"), CONSTRAINT "pk_questions" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_questions_competency" ON "questions"  ("competency_code") `);
    await queryRunner.query(`CREATE TABLE "module_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "module_id" uuid NOT NULL, "number" integer NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'published', "title_fr" text NOT NULL, "title_en" text NOT NULL, "summary_fr" text NOT NULL, "summary_en" text NOT NULL, "search_fr" text NOT NULL, "search_en" text NOT NULL, "minutes" integer NOT NULL, "validity_months" integer, "pass_mark" integer NOT NULL, "attempts_allowed" integer NOT NULL, "draw_count" integer NOT NULL, "content_hash" character varying(64) NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_module_versions_number" UNIQUE ("module_id", "number"), CONSTRAINT "pk_module_versions" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "lessons" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "module_version_id" uuid NOT NULL, "position" integer NOT NULL, "key" character varying(120) NOT NULL, "title_fr" text NOT NULL, "title_en" text NOT NULL, "body_fr" text NOT NULL, "body_en" text NOT NULL, CONSTRAINT "uq_lessons_position" UNIQUE ("module_version_id", "position"), CONSTRAINT "pk_lessons" PRIMARY KEY ("id"))`);
    await queryRunner.query(`ALTER TABLE "modules" ADD CONSTRAINT "fk_modules_current_version" FOREIGN KEY ("current_version_id") REFERENCES "module_versions"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "module_version_competencies" ADD CONSTRAINT "fk_mvc_module_version" FOREIGN KEY ("module_version_id") REFERENCES "module_versions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "module_version_competencies" ADD CONSTRAINT "fk_mvc_competency" FOREIGN KEY ("competency_code") REFERENCES "competencies"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "questions" ADD CONSTRAINT "fk_questions_module_version" FOREIGN KEY ("module_version_id") REFERENCES "module_versions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "questions" ADD CONSTRAINT "fk_questions_competency" FOREIGN KEY ("competency_code") REFERENCES "competencies"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "module_versions" ADD CONSTRAINT "fk_module_versions_module" FOREIGN KEY ("module_id") REFERENCES "modules"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "lessons" ADD CONSTRAINT "fk_lessons_module_version" FOREIGN KEY ("module_version_id") REFERENCES "module_versions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // Written by hand: what entities cannot say (trigram search indexes, value checks).
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`CREATE INDEX "ix_module_versions_search_fr" ON "module_versions" USING gin ("search_fr" gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX "ix_module_versions_search_en" ON "module_versions" USING gin ("search_en" gin_trgm_ops)`);
    await queryRunner.query(`ALTER TABLE "modules" ADD CONSTRAINT "ck_modules_audience" CHECK ("audience" IN ('professional', 'child'))`);
    await queryRunner.query(`ALTER TABLE "modules" ADD CONSTRAINT "ck_modules_origin" CHECK ("origin" IN ('content', 'authored'))`);
    await queryRunner.query(`ALTER TABLE "module_versions" ADD CONSTRAINT "ck_module_versions_status" CHECK ("status" IN ('draft', 'published'))`);
    await queryRunner.query(`ALTER TABLE "module_versions" ADD CONSTRAINT "ck_module_versions_pass_mark" CHECK ("pass_mark" BETWEEN 1 AND 100)`);
    await queryRunner.query(`ALTER TABLE "questions" ADD CONSTRAINT "ck_questions_type" CHECK ("type" IN ('single_choice', 'multiple_choice', 'true_false', 'ordering', 'matching', 'short_text'))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX IF EXISTS "ix_module_versions_search_en"`);
    await queryRunner.query(`DROP INDEX IF EXISTS "ix_module_versions_search_fr"`);
    await queryRunner.query(`ALTER TABLE "lessons" DROP CONSTRAINT "fk_lessons_module_version"`);
    await queryRunner.query(`ALTER TABLE "module_versions" DROP CONSTRAINT "fk_module_versions_module"`);
    await queryRunner.query(`ALTER TABLE "questions" DROP CONSTRAINT "fk_questions_competency"`);
    await queryRunner.query(`ALTER TABLE "questions" DROP CONSTRAINT "fk_questions_module_version"`);
    await queryRunner.query(`ALTER TABLE "module_version_competencies" DROP CONSTRAINT "fk_mvc_competency"`);
    await queryRunner.query(`ALTER TABLE "module_version_competencies" DROP CONSTRAINT "fk_mvc_module_version"`);
    await queryRunner.query(`ALTER TABLE "modules" DROP CONSTRAINT "fk_modules_current_version"`);
    await queryRunner.query(`DROP TABLE "lessons"`);
    await queryRunner.query(`DROP TABLE "module_versions"`);
    await queryRunner.query(`DROP INDEX "public"."ix_questions_competency"`);
    await queryRunner.query(`DROP TABLE "questions"`);
    await queryRunner.query(`DROP INDEX "public"."ix_module_version_competencies_code"`);
    await queryRunner.query(`DROP TABLE "module_version_competencies"`);
    await queryRunner.query(`DROP TABLE "competencies"`);
    await queryRunner.query(`DROP INDEX "public"."ix_modules_audience"`);
    await queryRunner.query(`DROP INDEX "public"."uq_modules_slug"`);
    await queryRunner.query(`DROP TABLE "modules"`);
  }
}
