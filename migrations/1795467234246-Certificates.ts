import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Certificates1795467234246 implements MigrationInterface {
  name = 'Certificates1795467234246';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "certificates" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(20) NOT NULL, "user_id" uuid NOT NULL, "enrolment_id" uuid NOT NULL, "module_version_id" uuid NOT NULL, "holder_name" character varying(80) NOT NULL, "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE, "status_index" SERIAL NOT NULL, "credential" jsonb, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_reason" text, CONSTRAINT "pk_certificates" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_certificates_code" ON "certificates"  ("code") `);
    await queryRunner.query(`CREATE INDEX "ix_certificates_user" ON "certificates"  ("user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_certificates_enrolment" ON "certificates"  ("enrolment_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_certificates_status_index" ON "certificates"  ("status_index") `);
    await queryRunner.query(`CREATE TABLE "issuer_keys" ("id" integer NOT NULL, "serialised" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_issuer_keys" PRIMARY KEY ("id"))`);
    await queryRunner.query(`ALTER TABLE "certificates" ADD CONSTRAINT "fk_certificates_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "certificates" ADD CONSTRAINT "fk_certificates_enrolment" FOREIGN KEY ("enrolment_id") REFERENCES "enrolments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "certificates" ADD CONSTRAINT "fk_certificates_module_version" FOREIGN KEY ("module_version_id") REFERENCES "module_versions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "certificates" DROP CONSTRAINT "fk_certificates_module_version"`);
    await queryRunner.query(`ALTER TABLE "certificates" DROP CONSTRAINT "fk_certificates_enrolment"`);
    await queryRunner.query(`ALTER TABLE "certificates" DROP CONSTRAINT "fk_certificates_user"`);
    await queryRunner.query(`DROP TABLE "issuer_keys"`);
    await queryRunner.query(`DROP INDEX "public"."uq_certificates_status_index"`);
    await queryRunner.query(`DROP INDEX "public"."uq_certificates_enrolment"`);
    await queryRunner.query(`DROP INDEX "public"."ix_certificates_user"`);
    await queryRunner.query(`DROP INDEX "public"."uq_certificates_code"`);
    await queryRunner.query(`DROP TABLE "certificates"`);
  }
}
