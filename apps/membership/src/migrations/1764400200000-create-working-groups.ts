import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateWorkingGroups1764400200000 implements MigrationInterface {
  name = 'CreateWorkingGroups1764400200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE working_group (
        id                  uuid PRIMARY KEY,
        name                text NOT NULL CONSTRAINT working_group_name_not_blank CHECK (btrim(name) <> ''),
        description         text,
        chair_member_id     uuid NOT NULL CONSTRAINT working_group_chair_fk REFERENCES member (id),
        status              text NOT NULL CONSTRAINT working_group_status_known CHECK (status IN ('active', 'dissolved')),
        version             integer NOT NULL CONSTRAINT working_group_version_positive CHECK (version >= 1),
        formed_at           timestamptz NOT NULL,
        dissolved_at        timestamptz,
        dissolution_reason  text,
        CONSTRAINT working_group_dissolved_at_iff_dissolved CHECK ((status = 'dissolved') = (dissolved_at IS NOT NULL))
      )`);
    // Two active groups with one name would be indistinguishable to members; a dissolved name may be reused.
    await q.query(
      `CREATE UNIQUE INDEX working_group_active_name_key ON working_group (name) WHERE status = 'active'`,
    );
    await q.query(`CREATE INDEX working_group_status_idx ON working_group (status, formed_at)`);

    await q.query(`
      CREATE TABLE working_group_member (
        working_group_id  uuid NOT NULL CONSTRAINT working_group_member_group_fk REFERENCES working_group (id) ON DELETE CASCADE,
        member_id         uuid NOT NULL CONSTRAINT working_group_member_member_fk REFERENCES member (id),
        role              text NOT NULL CONSTRAINT working_group_member_role_known CHECK (role IN ('chair', 'member')),
        added_at          timestamptz NOT NULL,
        PRIMARY KEY (working_group_id, member_id)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX working_group_member_one_chair ON working_group_member (working_group_id) WHERE role = 'chair'`,
    );
    await q.query(`CREATE INDEX working_group_member_member_idx ON working_group_member (member_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE working_group_member`);
    await q.query(`DROP TABLE working_group`);
  }
}
