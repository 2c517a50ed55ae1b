import type { DataSource } from 'typeorm';
import { PrivateNatsServer, waitFor } from '@alliance/testing';
import type { INestApplicationContext } from '@nestjs/common';
import { appendToOutbox, MessagingLifecycle, type OutboxRelay, type RelaySendOutcome } from '../src';
import { DeliveryHarness } from './delivery-harness';
import { ENTRY_RECORDED, reactionCounts } from './fixtures/ledger';

const EVENTS = 3000;
const STOP_AFTER_ACKS = 300;

describe('NATS outage (private nats-server, real PostgreSQL)', () => {
  let nats: PrivateNatsServer;
  let harness: DeliveryHarness;
  let consumerDs: DataSource;
  let consumerApp: INestApplicationContext;

  beforeAll(async () => {
    nats = await PrivateNatsServer.start();
    harness = new DeliveryHarness('outage', nats.url);
    await harness.setUp();
    ({ app: consumerApp, ds: consumerDs } = await harness.startConsumer());
  });
  afterAll(async () => {
    await nats.start(); // cleanup needs the server
    await harness.tearDown();
    await nats.dispose();
  });

  async function unpublished(): Promise<number> {
    const [{ n }] = await harness.producer.query(
      `SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL`,
    );
    return n;
  }

  it('loses nothing when NATS stops in the middle of a large drain, and never sends an acknowledged event again', async () => {
    // Committed first (entry + outbox row per event, in a few transactions), then drained.
    for (let chunk = 0; chunk < EVENTS / 500; chunk++) {
      await harness.producer.transaction(async (manager) => {
        for (let i = chunk * 500; i < (chunk + 1) * 500; i++) {
          await manager.query(`INSERT INTO ledger_entry (label, amount) VALUES ($1, 1)`, [`outage-${i}`]);
          await appendToOutbox(manager, {
            type: ENTRY_RECORDED,
            aggregateId: `outage-${i}`,
            aggregateVersion: 1,
            data: { label: `outage-${i}`, amount: 1 },
            meta: { correlationId: `outage-${i}`, actor: { id: 'test', kind: 'service' } },
          });
        }
      });
    }
    expect(await unpublished()).toBe(EVENTS);

    // The relay's own record of every send: JetStream's de-duplication would hide a second send.
    const sends = new Map<string, RelaySendOutcome[]>();
    let acks = 0;
    let stopping: Promise<void> | undefined;
    const relay: OutboxRelay = await harness.startRelay({
      batchSize: 100,
      pollIntervalMs: 200,
      publishTimeoutMs: 1000,
      onSend: (eventId, outcome) => {
        sends.set(eventId, [...(sends.get(eventId) ?? []), outcome]);
        if (outcome === 'failed') return;
        acks += 1;
        if (acks === STOP_AFTER_ACKS) stopping = nats.stop();
      },
    });
    await waitFor(() => stopping !== undefined, { what: `${STOP_AFTER_ACKS} PubAcks` });
    await stopping;

    await waitFor(() => relay.status().failingSince !== null, {
      what: 'the relay to notice the outage',
      timeoutMs: 15_000,
    });
    const midDrain = await unpublished();
    expect(midDrain).toBeGreaterThan(0);
    expect(midDrain).toBeLessThan(EVENTS - STOP_AFTER_ACKS + 1);

    await nats.start();
    const state = async () =>
      JSON.stringify({
        unpublished: await unpublished(),
        relay: relay.status(),
        reactions: await reactionCounts(consumerDs),
        consumer: consumerApp.get(MessagingLifecycle).consumerStats(),
      });
    await waitFor(async () => (await unpublished()) === 0, {
      what: 'the outbox to drain after NATS returned',
      timeoutMs: 40_000,
    }).catch(async (error) => Promise.reject(new Error(`${(error as Error).message}: ${await state()}`)));
    await waitFor(async () => (await reactionCounts(consumerDs)).total >= EVENTS, {
      what: `${EVENTS} reactions after NATS returned`,
      timeoutMs: 40_000,
    }).catch(async (error) => Promise.reject(new Error(`${(error as Error).message}: ${await state()}`)));
    expect(relay.status().failingSince).toBeNull();
    expect(await harness.streamMessageCount()).toBe(EVENTS);
    expect(await reactionCounts(consumerDs)).toEqual({ total: EVENTS, distinct: EVENTS });

    // Per event: any number of failed attempts, then exactly one PubAck, and no send after it.
    expect(sends.size).toBe(EVENTS);
    const wrong = [...sends].filter(([, outcomes]) => {
      const acked = outcomes.filter((o) => o !== 'failed');
      return acked.length !== 1 || outcomes[outcomes.length - 1] === 'failed';
    });
    expect(wrong).toEqual([]);
    // Some events really were sent more than once (they were in flight when NATS stopped).
    expect([...sends.values()].some((outcomes) => outcomes.length > 1)).toBe(true);
  }, 120_000);
});
