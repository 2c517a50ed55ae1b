import { jetstreamManager } from '@nats-io/jetstream';
import { openServiceDataSource } from '@alliance/persistence';
import { ServiceProcess, waitFor } from '@alliance/testing';
import type { DataSource } from 'typeorm';
import { DeliveryHarness } from './delivery-harness';
import { CreateLedgerTables1764000000001, reactionCounts, recordEntry } from './fixtures/ledger';
import { messagingMigrations } from '../src';

describe('consumer process killed mid-stream (real PostgreSQL and NATS)', () => {
  const harness = new DeliveryHarness('sigkill');
  let consumerDs: DataSource;
  let consumer: ServiceProcess;

  const consumerEnv = () => ({
    DATABASE_URL: harness.env.databaseUrl,
    LEDGER_SCHEMA: harness.consumerSchema,
    NATS_URL: harness.url,
    SUBJECT_PREFIX: harness.env.subjectPrefix,
    STREAM_PREFIX: harness.env.streamPrefix,
    REACTION_DELAY_MS: '2',
    ACK_WAIT_MS: '2000',
  });

  beforeAll(async () => {
    await harness.setUp();
    consumerDs = await openServiceDataSource({
      url: harness.env.databaseUrl,
      schema: harness.consumerSchema,
      entities: [],
      migrations: [...messagingMigrations, CreateLedgerTables1764000000001],
      poolSize: 2,
    });
  });
  afterAll(async () => {
    await consumer?.kill();
    await consumerDs.destroy();
    await harness.tearDown();
  });

  /** A transaction of the consumer process that has written and not committed: a batch in flight. */
  async function batchInFlight(): Promise<number> {
    const [{ n }] = await consumerDs.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE application_name = $1 AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL`,
      [harness.consumerSchema],
    );
    return n;
  }

  it('applies every one of 500 events exactly once after a SIGKILL in the middle of a batch and a restart', async () => {
    for (let i = 0; i < 500; i++) await recordEntry(harness.producer, `entry-${i}`);
    await harness.startRelay();
    await waitFor(async () => (await harness.streamMessageCount()) === 500, { what: '500 events in the stream' });

    consumer = new ServiceProcess('libs/messaging/test/fixtures/ledger-consumer.main.ts', consumerEnv()).start();
    await waitFor(async () => (await reactionCounts(consumerDs)).total >= 100 && (await batchInFlight()) > 0, {
      what: `the consumer to be mid-stream, inside a batch\n${consumer.recentOutput}`,
      timeoutMs: 30_000,
      intervalMs: 5,
    });
    await consumer.kill('SIGKILL');
    const atKill = (await reactionCounts(consumerDs)).total;
    expect(atKill).toBeLessThan(500);
    // The killed batch's writes were never committed: PostgreSQL rolled them back with the connection.
    await waitFor(async () => (await batchInFlight()) === 0, { what: 'the killed connection to be gone' });
    expect((await reactionCounts(consumerDs)).total).toBe(atKill);

    consumer = new ServiceProcess('libs/messaging/test/fixtures/ledger-consumer.main.ts', consumerEnv()).start();
    await waitFor(async () => (await reactionCounts(consumerDs)).total >= 500, {
      what: `all 500 reactions after the restart\n${consumer.recentOutput}`,
      timeoutMs: 45_000,
    });
    // Redeliveries of what was in flight at the kill come after ack_wait: wait until nothing is left
    // unacknowledged, so that a second application of any of them would show.
    const jsm = await jetstreamManager(harness.nc);
    const stream = harness.provisioner.streamFor('ledger');
    await waitFor(
      async () => {
        const info = await jsm.consumers.info(stream, 'ledger-reader');
        return info.num_pending === 0 && info.num_ack_pending === 0;
      },
      { what: 'every message acknowledged', timeoutMs: 15_000 },
    );
    expect(await reactionCounts(consumerDs)).toEqual({ total: 500, distinct: 500 });
    const [{ inbox }] = await consumerDs.query(`SELECT count(*)::int AS inbox FROM inbox`);
    expect(inbox).toBe(500);

    // SIGTERM drains: the process finishes and exits cleanly.
    expect(await consumer.stop()).toBe(0);
  });
});
