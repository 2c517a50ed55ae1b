import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A working group whose chair withdrew or was expelled goes on without a chair until the admins name one.
 * The chair, when there is one, must be a member of the group: checked at commit (deferred), because a
 * group is inserted before its members and a chair's membership ends in the same transaction as its chair.
 */
export class WorkingGroupChairVacancy1764400500000 implements MigrationInterface {
  name = 'WorkingGroupChairVacancy1764400500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE working_group ALTER COLUMN chair_member_id DROP NOT NULL`);
    await q.query(`
      ALTER TABLE working_group
        ADD CONSTRAINT working_group_chair_is_member
          FOREIGN KEY (id, chair_member_id) REFERENCES working_group_member (working_group_id, member_id)
          DEFERRABLE INITIALLY DEFERRED`);
    // The admins' list of groups to find a chair for.
    await q.query(
      `CREATE INDEX working_group_needs_chair_idx ON working_group (formed_at, id)
        WHERE status = 'active' AND chair_member_id IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX working_group_needs_chair_idx`);
    await q.query(`ALTER TABLE working_group DROP CONSTRAINT working_group_chair_is_member`);
    // Groups still without a chair cannot be kept by the older schema.
    await q.query(`ALTER TABLE working_group ALTER COLUMN chair_member_id SET NOT NULL`);
  }
}
