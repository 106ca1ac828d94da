import type { MigrationInterface, QueryRunner } from 'typeorm';

export class EmailVerification1796676414686 implements MigrationInterface {
  name = 'EmailVerification1796676414686';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "account_tokens" ("token_hash" character varying(64) NOT NULL, "user_id" uuid NOT NULL, "purpose" character varying(16) NOT NULL, "email" character varying(254), "issued_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_account_tokens_purpose" CHECK ("purpose" IN ('verify_email', 'reset_password')), CONSTRAINT "pk_account_tokens" PRIMARY KEY ("token_hash"))`);
    await queryRunner.query(`CREATE INDEX "ix_account_tokens_user" ON "account_tokens"  ("user_id") `);
    await queryRunner.query(`ALTER TABLE "users" ADD "email_verified_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "account_tokens" ADD CONSTRAINT "fk_account_tokens_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "account_tokens" ADD CONSTRAINT "fk_account_tokens_issued_by" FOREIGN KEY ("issued_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "account_tokens" DROP CONSTRAINT "fk_account_tokens_issued_by"`);
    await queryRunner.query(`ALTER TABLE "account_tokens" DROP CONSTRAINT "fk_account_tokens_user"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "email_verified_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_account_tokens_user"`);
    await queryRunner.query(`DROP TABLE "account_tokens"`);
  }
}
