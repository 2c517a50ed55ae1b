import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rule 4 (order per aggregate): the last version of each aggregate a consumer has applied (or
 * dead-lettered, or seen without a handler), written in the same transaction as the inbox rows, so
 * the consumer can tell an event that is next (apply), early (wait for the one before it) or stale
 * (applied already). `aggregate` is `<context>.<aggregate>` from the event type: ids are only unique
 * within one kind of aggregate.
 */
export class CreateConsumerAggregateVersions1764000200000 implements MigrationInterface {
  name = 'CreateConsumerAggregateVersions1764000200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE consumer_aggregate_version (
        consumer      text NOT NULL,
        aggregate     text NOT NULL,
        aggregate_id  text NOT NULL,
        version       integer NOT NULL,
        updated_at    timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer, aggregate, aggregate_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE consumer_aggregate_version`);
  }
}
