import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Dead letters can be discarded by an admin with a reason. A discarded letter is kept (who, when,
 * why) rather than deleted, so the pipeline's history stays auditable; who replayed one is kept too.
 * "Open" now means neither replayed nor discarded, and the partial index follows that meaning.
 */
export class AddDeadLetterDiscard1764000100000 implements MigrationInterface {
  name = 'AddDeadLetterDiscard1764000100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE dead_letter
        ADD COLUMN replayed_by     jsonb,
        ADD COLUMN discarded_at    timestamptz,
        ADD COLUMN discard_reason  text,
        ADD COLUMN discarded_by    jsonb,
        ADD CONSTRAINT dead_letter_discard_has_reason CHECK (discarded_at IS NULL OR discard_reason IS NOT NULL),
        ADD CONSTRAINT dead_letter_replayed_or_discarded CHECK (replayed_at IS NULL OR discarded_at IS NULL)`);
    await q.query(`DROP INDEX dead_letter_pending_idx`);
    await q.query(
      `CREATE INDEX dead_letter_open_idx ON dead_letter (consumer, id) WHERE replayed_at IS NULL AND discarded_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX dead_letter_open_idx`);
    await q.query(
      `CREATE INDEX dead_letter_pending_idx ON dead_letter (consumer, id) WHERE replayed_at IS NULL`,
    );
    await q.query(`
      ALTER TABLE dead_letter
        DROP CONSTRAINT dead_letter_replayed_or_discarded,
        DROP CONSTRAINT dead_letter_discard_has_reason,
        DROP COLUMN discarded_by,
        DROP COLUMN discard_reason,
        DROP COLUMN discarded_at,
        DROP COLUMN replayed_by`);
  }
}
