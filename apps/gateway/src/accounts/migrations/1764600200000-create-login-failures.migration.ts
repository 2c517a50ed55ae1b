import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Consecutive failed logins per username, shared by every gateway instance (an in-memory count would
 * give an attacker one budget per instance and reset on every restart).
 */
export class CreateLoginFailures1764600200000 implements MigrationInterface {
  name = 'CreateLoginFailures1764600200000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE login_failures (
        username text PRIMARY KEY,
        failures integer NOT NULL,
        last_failure_at timestamptz NOT NULL,
        locked_until timestamptz NULL
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE login_failures`);
  }
}
