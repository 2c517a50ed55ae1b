import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Outbox, inbox and dead letters live in each service's own schema (search_path), beside the state
 * they are written with, so that one transaction covers both.
 */
export class CreateMessagingTables1764000000000 implements MigrationInterface {
  name = 'CreateMessagingTables1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE outbox (
        id            bigserial PRIMARY KEY,
        event_id      uuid NOT NULL UNIQUE,
        event_type    text NOT NULL,
        aggregate_id  text NOT NULL,
        payload       jsonb NOT NULL,
        created_at    timestamptz NOT NULL DEFAULT now(),
        published_at  timestamptz,
        attempts      integer NOT NULL DEFAULT 0,
        last_error    text
      )`);
    // The relay only ever scans what is not yet published, in id order.
    await q.query(`CREATE INDEX outbox_unpublished_idx ON outbox (id) WHERE published_at IS NULL`);
    await q.query(`
      CREATE TABLE inbox (
        consumer      text NOT NULL,
        event_id      uuid NOT NULL,
        event_type    text NOT NULL,
        processed_at  timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer, event_id)
      )`);
    await q.query(`
      CREATE TABLE dead_letter (
        id            bigserial PRIMARY KEY,
        consumer      text NOT NULL,
        stream        text NOT NULL,
        subject       text NOT NULL,
        stream_seq    bigint NOT NULL,
        event_id      uuid,
        event_type    text,
        payload       bytea NOT NULL,
        error         text NOT NULL,
        deliveries    integer NOT NULL,
        failed_at     timestamptz NOT NULL DEFAULT now(),
        replayed_at   timestamptz,
        replay_error  text,
        UNIQUE (consumer, stream, stream_seq)
      )`);
    await q.query(`CREATE INDEX dead_letter_pending_idx ON dead_letter (consumer, id) WHERE replayed_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE dead_letter`);
    await q.query(`DROP TABLE inbox`);
    await q.query(`DROP TABLE outbox`);
  }
}
