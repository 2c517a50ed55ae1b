import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An organisation that was rejected, withdrew or was expelled may apply again with its credit code, as a
 * new record linked to its earlier one. Only one record per code may be live (applied, admitted,
 * suspended): the partial unique index decides between two applications made at once.
 */
export class MemberReapplication1764400300000 implements MigrationInterface {
  name = 'MemberReapplication1764400300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE member DROP CONSTRAINT member_credit_code_key`);
    await q.query(
      `CREATE UNIQUE INDEX member_live_credit_code_key ON member (credit_code)
        WHERE status IN ('applied', 'admitted', 'suspended')`,
    );
    // Finding the earlier records of a code (and the ended ones) stays an index lookup.
    await q.query(`CREATE INDEX member_credit_code_idx ON member (credit_code, applied_at)`);
    // Each record is followed by at most one new application, so the records of one code form a chain.
    await q.query(`
      ALTER TABLE member
        ADD COLUMN previous_application_id uuid
          CONSTRAINT member_previous_application_fk REFERENCES member (id)
          CONSTRAINT member_previous_application_key UNIQUE`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE member DROP COLUMN previous_application_id`);
    await q.query(`DROP INDEX member_credit_code_idx`);
    await q.query(`DROP INDEX member_live_credit_code_key`);
    await q.query(`ALTER TABLE member ADD CONSTRAINT member_credit_code_key UNIQUE (credit_code)`);
  }
}
