import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An inspector may be bound to the organisation they work for, so that compliance can refuse to let them
 * audit it (conflict of interest). A representative's binding still means "acts for"; an inspector's means
 * "works at" and grants nothing.
 */
export class InspectorOrganisation1764600300000 implements MigrationInterface {
  name = 'InspectorOrganisation1764600300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE accounts DROP CONSTRAINT accounts_organisation_only_for_member_rep`);
    await q.query(
      `ALTER TABLE accounts ADD CONSTRAINT accounts_organisation_for_rep_or_inspector
         CHECK (organisation_id IS NULL OR role IN ('member_rep', 'inspector'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE accounts SET organisation_id = NULL WHERE role <> 'member_rep'`);
    await q.query(`ALTER TABLE accounts DROP CONSTRAINT accounts_organisation_for_rep_or_inspector`);
    await q.query(
      `ALTER TABLE accounts ADD CONSTRAINT accounts_organisation_only_for_member_rep
         CHECK (organisation_id IS NULL OR role = 'member_rep')`,
    );
  }
}
