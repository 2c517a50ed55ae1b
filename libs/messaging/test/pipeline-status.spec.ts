import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PrivateNatsServer, TestEnvironment, waitFor } from '@alliance/testing';
import { DeadLetterService, PipelineRpcHandlers, PipelineStatusService } from '../src';
import { type PipelineStatus } from '@alliance/contracts/pipeline';
import { startLedgerPair } from './fixtures/ledger-producer';
import { LedgerReactions, reactionCounts, recordEntry } from './fixtures/ledger';

describe('pipeline status: outbox backlog and relay through a NATS outage (private nats-server)', () => {
  const env = new TestEnvironment('pipeline-outage');
  let nats: PrivateNatsServer;
  let producer: INestApplicationContext;
  let consumer: INestApplicationContext;
  let producerDs: DataSource;

  beforeAll(async () => {
    nats = await PrivateNatsServer.start();
    ({ producer, consumer } = await startLedgerPair(env, nats.url, { nakDelayMs: 50 }));
    producerDs = producer.get(DataSource);
  });
  afterAll(async () => {
    await nats.start(); // the apps drain and cleanup deletes the streams: both need the server
    await consumer?.close();
    await producer?.close();
    await env.cleanup(nats.url);
    await nats.dispose();
  });

  it('shows unpublished rows and their age while NATS is down, the relay failing, and recovery after', async () => {
    const status = producer.get(PipelineStatusService);
    const consumerDs = consumer.get(DataSource);

    for (let i = 0; i < 3; i++) await recordEntry(producerDs, `online-${i}`);
    await waitFor(async () => (await reactionCounts(consumerDs)).total === 3, { what: 'three reactions' });
    const healthy = await waitFor(
      async () => {
        const s = await status.status();
        return s.outbox.unpublished === 0 ? s : null;
      },
      { what: 'an empty outbox' },
    );
    expect(healthy.service).toBe('ledger');
    expect(healthy.outbox).toEqual({
      unpublished: 0,
      oldestUnpublishedAt: null,
      oldestAgeMs: null,
      lastError: null,
    });
    expect(healthy.relay).toMatchObject({
      failingSince: null,
      failingForMs: null,
      lastError: null,
      published: 3,
    });
    expect(healthy.relay?.lastPublishedAt).toEqual(expect.any(String));
    expect(healthy.consumers).toEqual([]); // the producer consumes nothing

    await nats.stop();
    for (let i = 0; i < 5; i++) await recordEntry(producerDs, `offline-${i}`);
    const during = await waitFor(
      async () => {
        const s = await status.status();
        // The row's error is written by the attempt that failed; the relay's own state may be seen first.
        return s.outbox.unpublished === 5 &&
          s.relay?.failingSince &&
          (s.outbox.oldestAgeMs ?? 0) > 0 &&
          s.outbox.lastError
          ? s
          : null;
      },
      { what: 'five unpublished rows, a failing relay and the error on a row', timeoutMs: 20_000 },
    );
    expect(Date.parse(during.outbox.oldestUnpublishedAt!)).toBeLessThanOrEqual(Date.now());
    expect(during.relay?.lastError).toEqual(expect.any(String));
    expect(during.relay?.failingForMs).toBeGreaterThanOrEqual(0);
    expect(during.outbox.lastError).toEqual(expect.any(String)); // recorded on the row it could not send

    // The failing time grows while NATS stays down: what /ready compares with its threshold.
    await waitFor(
      async () => ((await status.status()).relay?.failingForMs ?? 0) > during.relay!.failingForMs!,
      {
        what: 'the failing time to grow',
      },
    );

    await nats.start();
    const recovered: PipelineStatus = await waitFor(
      async () => {
        const s = await status.status();
        return s.outbox.unpublished === 0 && s.relay?.failingSince === null ? s : null;
      },
      { what: 'the outbox drained after NATS returned', timeoutMs: 30_000 },
    );
    expect(recovered.relay).toMatchObject({ failingForMs: null, lastError: null, published: 8 });
    await waitFor(async () => (await reactionCounts(consumerDs)).total === 8, {
      what: 'all eight reactions',
      timeoutMs: 30_000,
    });
  });
});

describe('pipeline status: consumer counts and dead letters kept when discarded (shared NATS)', () => {
  const env = new TestEnvironment('pipeline-consumer');
  let producer: INestApplicationContext;
  let consumer: INestApplicationContext;
  let producerDs: DataSource;
  let consumerDs: DataSource;

  beforeAll(async () => {
    // One message in hand at a time, so that the rest are visibly pending on the server.
    ({ producer, consumer } = await startLedgerPair(env, env.natsUrl, {
      batch: 1,
      maxDeliver: 3,
      nakDelayMs: 300,
    }));
    producerDs = producer.get(DataSource);
    consumerDs = consumer.get(DataSource);
  });
  afterAll(async () => {
    LedgerReactions.delayMs = 0;
    await consumer?.close();
    await producer?.close();
    await env.cleanup();
  });

  async function consumerStatus() {
    const { consumers } = await consumer.get(PipelineStatusService).status();
    expect(consumers).toHaveLength(1);
    return consumers[0];
  }

  it('reports pending, ack-pending and redelivered counts from JetStream', async () => {
    const first = await consumerStatus();
    expect(first).toMatchObject({
      context: 'ledger',
      durable: 'ledger-reader',
      numPending: 0,
      numAckPending: 0,
      error: null,
    });
    expect(first.stream).toBe(`${env.streamPrefix}_EVT_LEDGER`);

    // A slow reaction: what the consumer holds is ack pending, the rest waits on the server (pending).
    // How many it holds is the runner's business (it pulls ahead); both counts show while it works.
    LedgerReactions.delayMs = 1500;
    for (let i = 0; i < 8; i++) await recordEntry(producerDs, `slow-${i}`);
    const busy = await waitFor(
      async () => {
        const c = await consumerStatus();
        return (c.numAckPending ?? 0) >= 1 && (c.numPending ?? 0) >= 1 ? c : null;
      },
      { what: 'events in hand and more pending', timeoutMs: 15_000 },
    );
    expect(busy.numPending! + busy.numAckPending!).toBeLessThanOrEqual(8);
    LedgerReactions.delayMs = 0;
    await waitFor(async () => (await reactionCounts(consumerDs)).total === 8, {
      what: 'eight reactions',
      timeoutMs: 20_000,
    });
    await waitFor(
      async () => {
        const c = await consumerStatus();
        return c.numPending === 0 && c.numAckPending === 0;
      },
      { what: 'nothing pending' },
    );

    // A failing reaction is redelivered (nak with delay) until it is dead-lettered.
    await consumerDs.query(`INSERT INTO failing_label (label) VALUES ('stuck')`);
    await recordEntry(producerDs, 'stuck');
    const retrying = await waitFor(
      async () => {
        const c = await consumerStatus();
        return (c.numRedelivered ?? 0) >= 1 ? c : null;
      },
      { what: 'a redelivered event', timeoutMs: 15_000 },
    );
    expect(retrying.numAckPending).toBeGreaterThanOrEqual(1);
    const { deadLetters } = await waitFor(
      async () => {
        const s = await consumer.get(PipelineStatusService).status();
        return s.deadLetters.open === 1 ? s : null;
      },
      { what: 'the failing event dead-lettered', timeoutMs: 20_000 },
    );
    expect(deadLetters).toMatchObject({
      open: 1,
      replayed: 0,
      discarded: 0,
      oldestOpenAt: expect.any(String),
    });
    // Terminated once stored: the server no longer holds it as pending (nor redelivers it after ack_wait).
    await waitFor(
      async () => {
        const c = await consumerStatus();
        return c.numPending === 0 && c.numAckPending === 0 && c.numRedelivered === 0;
      },
      { what: 'the dead-lettered event no longer pending' },
    );
  });

  it('discards a dead letter with a reason, keeps it with who and when, and refuses to touch it again', async () => {
    const letters = consumer.get(DeadLetterService);
    const [letter] = (await letters.list()).items;
    expect(letter).toMatchObject({
      status: 'open',
      eventType: 'evt.ledger.entry.recorded.v1',
      deliveries: 3,
    });

    await expect(letters.discard(letter.id, '   ')).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(letters.discard('999999', 'no such letter')).rejects.toMatchObject({ code: 'NOT_FOUND' });

    const admin = { id: 'acc-1', kind: 'user' as const, username: 'ops', role: 'alliance_admin' };
    const before = Date.now();
    const discarded = await letters.discard(letter.id, '  duplicate of a manual correction ', admin);
    expect(discarded).toMatchObject({
      id: letter.id,
      status: 'discarded',
      discardReason: 'duplicate of a manual correction',
      discardedBy: admin,
      replayedAt: null,
    });
    expect(Date.parse(discarded.discardedAt!)).toBeGreaterThanOrEqual(before - 1000);

    // Open by default; kept and findable with the filter.
    expect((await letters.list()).items).toEqual([]);
    expect((await letters.list({ status: 'discarded' })).items).toEqual([discarded]);
    expect((await letters.list({ status: 'all' })).items.map((d) => d.id)).toEqual([letter.id]);
    expect((await letters.list({ status: 'replayed' })).items).toEqual([]);
    expect((await consumer.get(PipelineStatusService).status()).deadLetters).toMatchObject({
      open: 0,
      discarded: 1,
    });
    const [{ rows }] = await consumerDs.query(`SELECT count(*)::int AS rows FROM dead_letter`);
    expect(rows).toBe(1);

    await expect(letters.discard(letter.id, 'again', admin)).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(letters.replay(letter.id)).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await reactionCounts(consumerDs)).total).toBe(8);
  });

  it('refuses pipeline RPCs to callers that are not alliance admins, and validates their bodies', async () => {
    const handlers = new Map(consumer.get(PipelineRpcHandlers).handlers('ledger-reader'));
    expect([...handlers.keys()].sort()).toEqual([
      'ledger-reader.dead-letter.discard',
      'ledger-reader.dead-letter.list',
      'ledger-reader.dead-letter.replay',
      'ledger-reader.pipeline.relay',
      'ledger-reader.pipeline.status',
    ]);
    const viewer = { userId: 'u1', username: 'v', role: 'viewer' };
    const admin = { userId: 'u2', username: 'a', role: 'alliance_admin' };
    for (const handler of handlers.values()) {
      await expect(handler({ requestId: 'r1', caller: viewer, body: {} })).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
    }
    const discard = handlers.get('ledger-reader.dead-letter.discard')!;
    await expect(discard({ requestId: 'r2', caller: admin, body: { id: '1' } })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { fields: [expect.objectContaining({ field: 'reason' })] },
    });
    const list = handlers.get('ledger-reader.dead-letter.list')!;
    await expect(
      list({ requestId: 'r3', caller: admin, body: { status: 'lost', colour: 'red' } }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    await expect(
      list({ requestId: 'r4', caller: admin, body: { status: 'discarded' } }),
    ).resolves.toMatchObject({
      items: [expect.objectContaining({ status: 'discarded' })],
    });
    // No caller: the platform itself (an operator's tool on NATS).
    await expect(
      handlers.get('ledger-reader.pipeline.status')!({ requestId: 'r5', caller: null }),
    ).resolves.toMatchObject({
      service: 'ledger-reader',
    });
  });
});
