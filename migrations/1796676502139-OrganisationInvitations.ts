import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OrganisationInvitations1796676502139 implements MigrationInterface {
  name = 'OrganisationInvitations1796676502139';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "profile_declared_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "users" ADD "breakdown_seed" integer NOT NULL DEFAULT (floor((random() * (2147483647)::double precision)))::integer`);
    // Values of accounts an organisation created (they have a password link) may be the organisation's, not the person's.
    await queryRunner.query(
      `UPDATE "users" u SET "profile_declared_at" = u."updated_at" WHERE u."account_kind" = 'adult' AND NOT EXISTS (SELECT 1 FROM "invitations" i WHERE i."user_id" = u."id")`,
    );
    await queryRunner.query(`ALTER TABLE "invitations" ADD "id" uuid NOT NULL DEFAULT gen_random_uuid()`);
    await queryRunner.query(`ALTER TABLE "invitations" ADD "organisation_id" uuid`);
    await queryRunner.query(`ALTER TABLE "invitations" ADD "email" character varying(254)`);
    await queryRunner.query(`ALTER TABLE "invitations" ADD "role" character varying(16)`);
    await queryRunner.query(`ALTER TABLE "invitations" ADD "cohort_id" uuid`);
    await queryRunner.query(`ALTER TABLE "invitations" ADD "invited_by" uuid`);
    await queryRunner.query(`ALTER TABLE "invitations" ADD "declined_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "invitations" DROP CONSTRAINT "fk_invitations_user"`);
    await queryRunner.query(`ALTER TABLE "invitations" ALTER COLUMN "user_id" DROP NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_invitations_id" ON "invitations"  ("id") `);
    await queryRunner.query(`CREATE INDEX "ix_invitations_email" ON "invitations"  ("email") `);
    await queryRunner.query(`ALTER TABLE "invitations" ADD CONSTRAINT "ck_invitations_role" CHECK ("role" IS NULL OR "role" IN ('org_admin', 'trainer', 'trainee'))`);
    await queryRunner.query(`ALTER TABLE "invitations" ADD CONSTRAINT "ck_invitations_kind" CHECK ("organisation_id" IS NULL AND "user_id" IS NOT NULL OR "organisation_id" IS NOT NULL AND "email" IS NOT NULL AND "role" IS NOT NULL)`);
    await queryRunner.query(`ALTER TABLE "invitations" ADD CONSTRAINT "fk_invitations_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "invitations" ADD CONSTRAINT "fk_invitations_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "invitations" ADD CONSTRAINT "fk_invitations_cohort" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "invitations" ADD CONSTRAINT "fk_invitations_invited_by" FOREIGN KEY ("invited_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "invitations" DROP CONSTRAINT "fk_invitations_invited_by"`);
    await queryRunner.query(`ALTER TABLE "invitations" DROP CONSTRAINT "fk_invitations_cohort"`);
    await queryRunner.query(`ALTER TABLE "invitations" DROP CONSTRAINT "fk_invitations_organisation"`);
    await queryRunner.query(`ALTER TABLE "invitations" DROP CONSTRAINT "fk_invitations_user"`);
    await queryRunner.query(`ALTER TABLE "invitations" DROP CONSTRAINT "ck_invitations_kind"`);
    await queryRunner.query(`ALTER TABLE "invitations" DROP CONSTRAINT "ck_invitations_role"`);
    await queryRunner.query(`DROP INDEX "public"."ix_invitations_email"`);
    await queryRunner.query(`DROP INDEX "public"."uq_invitations_id"`);
    await queryRunner.query(`ALTER TABLE "invitations" ALTER COLUMN "user_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "invitations" ADD CONSTRAINT "fk_invitations_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "invitations" DROP COLUMN "declined_at"`);
    await queryRunner.query(`ALTER TABLE "invitations" DROP COLUMN "invited_by"`);
    await queryRunner.query(`ALTER TABLE "invitations" DROP COLUMN "cohort_id"`);
    await queryRunner.query(`ALTER TABLE "invitations" DROP COLUMN "role"`);
    await queryRunner.query(`ALTER TABLE "invitations" DROP COLUMN "email"`);
    await queryRunner.query(`ALTER TABLE "invitations" DROP COLUMN "organisation_id"`);
    await queryRunner.query(`ALTER TABLE "invitations" DROP COLUMN "id"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "breakdown_seed"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "profile_declared_at"`);
  }
}
