import type { INestApplicationContext } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { waitFor } from '@alliance/testing';
import { MessagingLifecycle } from '../src';
import { DeliveryHarness } from './delivery-harness';
import {
  ENTRY_AUDITED,
  LedgerReactions,
  reactionCounts,
  recordEntry,
  recordVersion,
} from './fixtures/ledger';

/**
 * Every test loads the stream first and only then starts the consumer, so that its first fetch
 * holds many events and they are applied as batches.
 */
describe('batched apply (real PostgreSQL and NATS)', () => {
  const harness = new DeliveryHarness('batches');
  let app: INestApplicationContext | undefined;
  let consumerDs: DataSource;

  beforeAll(async () => {
    await harness.setUp();
    await harness.startRelay({ pollIntervalMs: 100 });
  });
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });
  afterAll(async () => {
    LedgerReactions.failOnce.clear();
    await harness.tearDown();
  });

  async function loaded(expected: number): Promise<void> {
    await waitFor(async () => (await harness.streamMessageCount()) === expected, {
      what: `${expected} events in the stream`,
    });
  }

  it('applies a batch holding a poison event and a failing one: the rest once, the poison dead-lettered, the failing one retried', async () => {
    for (let i = 0; i < 40; i++) {
      await recordEntry(harness.producer, i === 17 ? 'permanently-wrong-17' : `p-${i}`);
    }
    LedgerReactions.failOnce.add('p-25');
    await loaded(40);
    ({ app, ds: consumerDs } = await harness.startConsumer({ maxDeliver: 3, nakDelayMs: 50, batch: 64 }));

    await waitFor(async () => (await reactionCounts(consumerDs)).total >= 39, { what: '39 reactions' });
    const stats = () => app!.get(MessagingLifecycle).consumerStats()[0];
    await waitFor(() => stats().deadLettered === 1, { what: 'the poison event dead-lettered' });
    expect(await reactionCounts(consumerDs)).toEqual({ total: 39, distinct: 39 });
    const [{ inbox }] = await consumerDs.query(`SELECT count(*)::int AS inbox FROM inbox`);
    expect(inbox).toBe(39);
    const letters = await consumerDs.query(`SELECT error, deliveries FROM dead_letter`);
    expect(letters).toEqual([{ error: 'this entry can never be applied', deliveries: 1 }]);
    expect(stats().retried).toBe(1); // p-25, once
    expect(stats().split).toBeGreaterThanOrEqual(1); // the poison (and p-25) came in a batch
    expect(LedgerReactions.failOnce.has('p-25')).toBe(false);
  });

  it('commits the events of one fetch together, and an opted-out handler alone', async () => {
    const audited = new Set<string>();
    for (let i = 0; i < 60; i++) {
      if (i % 20 === 10) {
        const envelope = await recordVersion(
          harness.producer,
          `audit-${i}`,
          1,
          `audited-${i}`,
          ENTRY_AUDITED,
        );
        audited.add(envelope.eventId);
      } else {
        await recordEntry(harness.producer, `q-${i}`);
      }
    }
    await loaded(100);
    ({ app, ds: consumerDs } = await harness.startConsumer({ batch: 64 }));
    const ours = async (): Promise<{ event_id: string; tx: string }[]> =>
      consumerDs.query(
        `SELECT event_id, tx FROM reaction WHERE label LIKE 'q-%' OR label LIKE 'audited-%' ORDER BY id`,
      );
    await waitFor(async () => (await ours()).length >= 60, { what: '60 reactions' });
    const rows = await ours();
    expect(new Set(rows.map((r) => r.event_id)).size).toBe(60);
    expect(rows).toHaveLength(60);

    const perTx = new Map<string, number>();
    for (const r of rows) perTx.set(r.tx, (perTx.get(r.tx) ?? 0) + 1);
    for (const r of rows.filter((row) => audited.has(row.event_id))) expect(perTx.get(r.tx)).toBe(1);
    const batched = rows.filter((row) => !audited.has(row.event_id));
    // 57 events between three opted-out ones, fetched while the consumer starts: many to a transaction.
    expect(new Set(batched.map((r) => r.tx)).size).toBeLessThan(batched.length / 3);
  });
});
