import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A meeting's venue booked at resource sharing on an organisation's behalf: the booking's state as coordination
 * knows it, and the commands still to send (`meeting_venue_step`, written with the meeting change that needs them
 * and sent by a worker until answered).
 */
export class MeetingVenue1765402100000 implements MigrationInterface {
  name = 'MeetingVenue1765402100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE meeting_venue (
        meeting_id       uuid PRIMARY KEY REFERENCES meeting(id),
        resource_id      uuid NOT NULL,
        organisation_id  uuid NOT NULL,
        state            text NOT NULL CHECK (state IN ('requested', 'pending', 'confirmed', 'flagged', 'released')),
        request_key      text NOT NULL UNIQUE,
        booking_id       uuid,
        -- The booking's aggregate version last applied: the RPC's answer and the events race, the newer wins.
        booking_version  integer NOT NULL DEFAULT 0,
        reason           text,
        updated_at       timestamptz NOT NULL
      )`);
    await q.query(`
      CREATE TABLE meeting_venue_step (
        id               uuid PRIMARY KEY,
        meeting_id       uuid NOT NULL REFERENCES meeting_venue(meeting_id),
        kind             text NOT NULL CHECK (kind IN ('request', 'release')),
        idempotency_key  text NOT NULL UNIQUE,
        attempts         integer NOT NULL DEFAULT 0,
        due_at           timestamptz NOT NULL,
        done_at          timestamptz,
        last_error       text,
        created_at       timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX meeting_venue_step_due ON meeting_venue_step (due_at) WHERE done_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE meeting_venue_step`);
    await q.query(`DROP TABLE meeting_venue`);
  }
}
