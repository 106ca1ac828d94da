import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A child never holds an adult role: no platform role (a check), no org_admin or trainer membership and no cohort
 * trainer row (triggers, since the rule spans two tables). Rows that broke the rule before are brought back to it:
 * such a child becomes a trainee and stops running cohorts.
 */
export class ChildNoAdultRole1796676480932 implements MigrationInterface {
  name = 'ChildNoAdultRole1796676480932';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE "users" SET "platform_role" = NULL WHERE "account_kind" = 'child' AND "platform_role" IS NOT NULL`);
    await queryRunner.query(`UPDATE "memberships" m SET "role" = 'trainee' FROM "users" u WHERE u."id" = m."user_id" AND u."account_kind" = 'child' AND m."role" <> 'trainee'`);
    await queryRunner.query(`DELETE FROM "cohort_trainers" t USING "users" u WHERE u."id" = t."user_id" AND u."account_kind" = 'child'`);
    await queryRunner.query(`ALTER TABLE "users" ADD CONSTRAINT "ck_users_child_no_platform_role" CHECK ("account_kind" = 'adult' OR "platform_role" IS NULL)`);
    await queryRunner.query(`
      CREATE FUNCTION "child_holds_no_adult_role"() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE broken boolean;
      BEGIN
        IF TG_TABLE_NAME = 'memberships' THEN
          broken := NEW."role" <> 'trainee' AND EXISTS (SELECT 1 FROM "users" WHERE "id" = NEW."user_id" AND "account_kind" = 'child');
        ELSIF TG_TABLE_NAME = 'cohort_trainers' THEN
          broken := EXISTS (SELECT 1 FROM "users" WHERE "id" = NEW."user_id" AND "account_kind" = 'child');
        ELSE
          broken := NEW."account_kind" = 'child' AND (EXISTS (SELECT 1 FROM "memberships" WHERE "user_id" = NEW."id" AND "role" <> 'trainee')
                                                     OR EXISTS (SELECT 1 FROM "cohort_trainers" WHERE "user_id" = NEW."id"));
        END IF;
        IF broken THEN
          RAISE EXCEPTION 'a child account never holds an adult role' USING ERRCODE = 'check_violation', CONSTRAINT = 'child_holds_no_adult_role';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER "tr_memberships_child_role" BEFORE INSERT OR UPDATE OF "role", "user_id" ON "memberships" FOR EACH ROW EXECUTE FUNCTION "child_holds_no_adult_role"()`);
    await queryRunner.query(`CREATE TRIGGER "tr_cohort_trainers_child" BEFORE INSERT OR UPDATE OF "user_id" ON "cohort_trainers" FOR EACH ROW EXECUTE FUNCTION "child_holds_no_adult_role"()`);
    await queryRunner.query(`CREATE TRIGGER "tr_users_child_roles" BEFORE UPDATE OF "account_kind" ON "users" FOR EACH ROW EXECUTE FUNCTION "child_holds_no_adult_role"()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "tr_users_child_roles" ON "users"`);
    await queryRunner.query(`DROP TRIGGER "tr_cohort_trainers_child" ON "cohort_trainers"`);
    await queryRunner.query(`DROP TRIGGER "tr_memberships_child_role" ON "memberships"`);
    await queryRunner.query(`DROP FUNCTION "child_holds_no_adult_role"()`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "ck_users_child_no_platform_role"`);
  }
}
