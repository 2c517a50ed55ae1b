import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAccounts1764500000000 implements MigrationInterface {
  name = 'CreateAccounts1764500000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE accounts (
        id uuid PRIMARY KEY,
        username text NOT NULL,
        password_hash text NOT NULL,
        role text NOT NULL,
        organisation_id uuid NULL,
        disabled_at timestamptz NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT accounts_role_check
          CHECK (role IN ('alliance_admin', 'trainer', 'inspector', 'member_rep', 'viewer')),
        CONSTRAINT accounts_username_format CHECK (username = lower(username) AND length(username) BETWEEN 3 AND 64),
        -- Only representatives speak for an organisation.
        CONSTRAINT accounts_organisation_only_for_member_rep CHECK (organisation_id IS NULL OR role = 'member_rep')
      )`);
    await runner.query(`CREATE UNIQUE INDEX accounts_username_key ON accounts (username)`);
    await runner.query(
      `CREATE INDEX accounts_organisation_idx ON accounts (organisation_id) WHERE organisation_id IS NOT NULL`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE accounts`);
  }
}
