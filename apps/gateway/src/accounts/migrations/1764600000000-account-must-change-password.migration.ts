import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A password an admin set (at creation or by a reset) is temporary: the owner must replace it first. */
export class AccountMustChangePassword1764600000000 implements MigrationInterface {
  name = 'AccountMustChangePassword1764600000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE accounts ADD COLUMN must_change_password boolean NOT NULL DEFAULT false`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE accounts DROP COLUMN must_change_password`);
  }
}
