import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OfflineOperations1796677109108 implements MigrationInterface {
  name = 'OfflineOperations1796677109108';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "applied_operations" ("user_id" uuid NOT NULL, "op_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "applied_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_applied_operations" PRIMARY KEY ("user_id", "op_id"))`);
    await queryRunner.query(`ALTER TABLE "attempts" ADD "answered_at" jsonb NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "applied_operations" ADD CONSTRAINT "fk_applied_operations_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "applied_operations" DROP CONSTRAINT "fk_applied_operations_user"`);
    await queryRunner.query(`ALTER TABLE "attempts" DROP COLUMN "answered_at"`);
    await queryRunner.query(`DROP TABLE "applied_operations"`);
  }
}
