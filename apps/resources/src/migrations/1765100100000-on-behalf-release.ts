import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A requesting service may release what it booked on an organisation's behalf. A key released before its
 * request arrived (the request was in flight when the requester gave up) is recorded as `released`, with no
 * slot: the request, arriving later, finds its key spent and books nothing.
 */
export class OnBehalfRelease1765100100000 implements MigrationInterface {
  name = 'OnBehalfRelease1765100100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE on_behalf_request
        ALTER COLUMN resource_id DROP NOT NULL,
        ALTER COLUMN organisation_id DROP NOT NULL,
        ALTER COLUMN starts_at DROP NOT NULL,
        ALTER COLUMN ends_at DROP NOT NULL,
        ADD COLUMN released_at timestamptz,
        ADD COLUMN release_reason text,
        DROP CONSTRAINT on_behalf_outcome_known,
        ADD CONSTRAINT on_behalf_outcome_known CHECK (outcome IN ('booked', 'refused', 'released')),
        ADD CONSTRAINT on_behalf_request_has_slot CHECK (
          outcome = 'released' OR
          (resource_id IS NOT NULL AND organisation_id IS NOT NULL AND starts_at IS NOT NULL AND ends_at IS NOT NULL))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM on_behalf_request WHERE outcome = 'released'`);
    await q.query(`
      ALTER TABLE on_behalf_request
        DROP CONSTRAINT on_behalf_request_has_slot,
        DROP CONSTRAINT on_behalf_outcome_known,
        ADD CONSTRAINT on_behalf_outcome_known CHECK (outcome IN ('booked', 'refused')),
        DROP COLUMN release_reason,
        DROP COLUMN released_at,
        ALTER COLUMN resource_id SET NOT NULL,
        ALTER COLUMN organisation_id SET NOT NULL,
        ALTER COLUMN starts_at SET NOT NULL,
        ALTER COLUMN ends_at SET NOT NULL`);
  }
}
