import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who changed which account, how and when. No foreign key to accounts: the trail outlives what it
 * describes, and the username is copied so it still reads after a rename or deletion.
 */
export class CreateAccountEvents1764600100000 implements MigrationInterface {
  name = 'CreateAccountEvents1764600100000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE account_events (
        id bigserial PRIMARY KEY,
        account_id uuid NOT NULL,
        username text NOT NULL,
        action text NOT NULL,
        actor_id uuid NULL,
        actor_username text NULL,
        details jsonb NOT NULL DEFAULT '{}'::jsonb,
        at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT account_events_action_check CHECK (action IN (
          'created', 'role_changed', 'organisation_changed', 'disabled', 'enabled',
          'password_reset', 'password_changed'))
      )`);
    await runner.query(`CREATE INDEX account_events_account_idx ON account_events (account_id, id DESC)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE account_events`);
  }
}
