import type { DataSource } from 'typeorm';
import { PrivateNatsServer, waitFor } from '@alliance/testing';
import { DeliveryHarness } from './delivery-harness';
import { reactionCounts, recordEntry } from './fixtures/ledger';

describe('NATS outage (private nats-server, real PostgreSQL)', () => {
  let nats: PrivateNatsServer;
  let harness: DeliveryHarness;
  let consumerDs: DataSource;

  beforeAll(async () => {
    nats = await PrivateNatsServer.start();
    harness = new DeliveryHarness('outage', nats.url);
    await harness.setUp();
    ({ ds: consumerDs } = await harness.startConsumer());
    await harness.startRelay({ pollIntervalMs: 200 });
  });
  afterAll(async () => {
    await nats.start(); // cleanup needs the server
    await harness.tearDown();
    await nats.dispose();
  });

  it('loses nothing committed while NATS is down and sends each event once', async () => {
    await nats.stop();
    for (let i = 0; i < 200; i++) await recordEntry(harness.producer, `offline-${i}`);
    const [{ pending }] = await harness.producer.query(`SELECT count(*)::int AS pending FROM outbox WHERE published_at IS NULL`);
    expect(pending).toBe(200);

    await nats.start();
    await waitFor(async () => (await reactionCounts(consumerDs)).total >= 200, {
      what: '200 reactions after NATS returned',
      timeoutMs: 45_000,
    });
    expect(await harness.streamMessageCount()).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 500)); // a late duplicate would show up here
    expect(await reactionCounts(consumerDs)).toEqual({ total: 200, distinct: 200 });
    const [{ published }] = await harness.producer.query(
      `SELECT count(*)::int AS published FROM outbox WHERE published_at IS NOT NULL`,
    );
    expect(published).toBe(200);
  });
});
