import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Invitations1795469083301 implements MigrationInterface {
  name = 'Invitations1795469083301';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "invitations" ("token_hash" character varying(64) NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_invitations" PRIMARY KEY ("token_hash"))`);
    await queryRunner.query(`CREATE INDEX "ix_invitations_user" ON "invitations"  ("user_id") `);
    await queryRunner.query(`ALTER TABLE "invitations" ADD CONSTRAINT "fk_invitations_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "invitations" DROP CONSTRAINT "fk_invitations_user"`);
    await queryRunner.query(`DROP INDEX "public"."ix_invitations_user"`);
    await queryRunner.query(`DROP TABLE "invitations"`);
  }
}
