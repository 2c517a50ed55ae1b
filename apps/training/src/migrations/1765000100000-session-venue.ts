import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The session venue saga (a session at a venue of resource sharing, booked per meeting):
 * - `venue_booking`: one row per meeting's booking request, with its own idempotency key; moved meetings
 *   keep their row only while it is live, otherwise it is released and a new row (new key) requests again;
 * - `venue_step`: the saga's outgoing commands (request, release), written in the transaction that changes
 *   the session, so none is lost when the process dies before it is sent; a worker sends each until it is
 *   answered (resources answers a repeated key with its first outcome, so a resend is harmless);
 * - on the session, its venue as a whole (for the list filter of flagged sessions) and the version of its
 *   own event aggregate (`session-venue`: versions without gaps, apart from the session's).
 */
export class SessionVenue1765000100000 implements MigrationInterface {
  name = 'SessionVenue1765000100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE venue_booking (
        id               uuid PRIMARY KEY,
        session_id       uuid NOT NULL CONSTRAINT venue_booking_session_fk REFERENCES session (id) ON DELETE CASCADE,
        meeting_id       uuid CONSTRAINT venue_booking_meeting_fk REFERENCES session_meeting (id) ON DELETE SET NULL,
        resource_id      uuid NOT NULL,
        organisation_id  uuid NOT NULL,
        starts_at        timestamptz NOT NULL,
        ends_at          timestamptz NOT NULL,
        state            text NOT NULL CONSTRAINT venue_booking_state_known
                         CHECK (state IN ('requested', 'pending', 'confirmed', 'flagged', 'released')),
        request_key      text NOT NULL CONSTRAINT venue_booking_request_key UNIQUE,
        booking_id       uuid,
        booking_version  integer NOT NULL DEFAULT 0,
        reason           text,
        created_at       timestamptz NOT NULL,
        updated_at       timestamptz NOT NULL,
        CONSTRAINT venue_booking_ends_after_start CHECK (ends_at > starts_at)
      )`);
    await q.query(`CREATE INDEX venue_booking_session_idx ON venue_booking (session_id, starts_at)`);
    await q.query(
      `CREATE INDEX venue_booking_booking_idx ON venue_booking (booking_id) WHERE booking_id IS NOT NULL`,
    );
    await q.query(`
      CREATE TABLE venue_step (
        id                uuid PRIMARY KEY,
        venue_booking_id  uuid NOT NULL CONSTRAINT venue_step_booking_fk REFERENCES venue_booking (id) ON DELETE CASCADE,
        kind              text NOT NULL CONSTRAINT venue_step_kind_known CHECK (kind IN ('request', 'release')),
        idempotency_key   text NOT NULL CONSTRAINT venue_step_key UNIQUE,
        attempts          integer NOT NULL DEFAULT 0,
        due_at            timestamptz NOT NULL,
        done_at           timestamptz,
        last_error        text,
        created_at        timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX venue_step_due_idx ON venue_step (due_at) WHERE done_at IS NULL`);
    await q.query(`
      ALTER TABLE session
        ADD COLUMN venue_state text CONSTRAINT session_venue_state_known
          CHECK (venue_state IN ('pending', 'confirmed', 'flagged', 'released')),
        ADD COLUMN venue_reason text,
        ADD COLUMN venue_version integer NOT NULL DEFAULT 0`);
    await q.query(`CREATE INDEX session_venue_state_idx ON session (venue_state, starts_at, id)
                     WHERE venue_state IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX session_venue_state_idx`);
    await q.query(
      `ALTER TABLE session DROP COLUMN venue_version, DROP COLUMN venue_reason, DROP COLUMN venue_state`,
    );
    await q.query(`DROP TABLE venue_step`);
    await q.query(`DROP TABLE venue_booking`);
  }
}
