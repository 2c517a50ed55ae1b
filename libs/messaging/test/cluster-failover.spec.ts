import { jetstreamManager } from '@nats-io/jetstream';
import type { DataSource } from 'typeorm';
import { PrivateNatsCluster, waitFor } from '@alliance/testing';
import type { RelaySendOutcome } from '../src';
import { DeliveryHarness } from './delivery-harness';
import { reactionCounts, recordEntry } from './fixtures/ledger';

const ENTRIES = 240;
const KILL_AFTER = 80;

describe('a three-node JetStream cluster losing the stream leader (private nats-servers, real PostgreSQL)', () => {
  let cluster: PrivateNatsCluster;
  let harness: DeliveryHarness;
  let consumerDs: DataSource;

  beforeAll(async () => {
    cluster = await PrivateNatsCluster.start(3);
    harness = new DeliveryHarness('cluster', cluster.url, 3);
    await harness.setUp();
    ({ ds: consumerDs } = await harness.startConsumer());
  }, 60_000);
  afterAll(async () => {
    for (const node of cluster.nodes) await node.server.start(); // cleanup needs every node
    await harness.tearDown();
    await cluster.dispose();
  });

  it('keeps the stream at three replicas', async () => {
    const jsm = await jetstreamManager(harness.nc);
    const info = await jsm.streams.info(harness.provisioner.streamFor('ledger'));
    expect(info.config.num_replicas).toBe(3);
    expect(info.cluster?.replicas).toHaveLength(2);
  });

  it('loses no event, sends none twice and keeps consuming while the leader is killed and restarted', async () => {
    const stream = harness.provisioner.streamFor('ledger');
    const sends = new Map<string, RelaySendOutcome[]>();
    await harness.startRelay({
      pollIntervalMs: 200,
      publishTimeoutMs: 1000,
      onSend: (eventId, outcome) => sends.set(eventId, [...(sends.get(eventId) ?? []), outcome]),
    });

    // A steady stream of committed changes (about 60/s) while the stream's leader is lost.
    const written: Promise<unknown>[] = [];
    let killed: string | undefined;
    for (let i = 0; i < ENTRIES; i++) {
      written.push(recordEntry(harness.producer, `cluster-${i}`));
      if (i === KILL_AFTER) {
        await waitFor(async () => (await reactionCounts(consumerDs)).total >= KILL_AFTER / 2, {
          what: 'the first reactions before the kill',
          timeoutMs: 30_000,
        });
        killed = (await cluster.leaderOf(stream)).name;
        await cluster.stopNode(killed, 'SIGKILL');
      }
      await new Promise((resolve) => setTimeout(resolve, 15));
    }
    await Promise.all(written);

    // A new leader among the two left, elected by JetStream itself.
    const newLeader = await waitFor(
      async () => (await cluster.leaderOf(stream).catch(() => undefined))?.name,
      {
        what: 'a new leader of the stream',
        timeoutMs: 30_000,
      },
    );
    expect(newLeader).not.toBe(killed);

    await waitFor(async () => (await reactionCounts(consumerDs)).total >= ENTRIES, {
      what: `${ENTRIES} reactions`,
      timeoutMs: 60_000,
    });
    await cluster.startNode(killed!);

    const counts = await reactionCounts(consumerDs);
    expect(counts).toEqual({ total: ENTRIES, distinct: ENTRIES });
    expect(await harness.streamMessageCount()).toBe(ENTRIES);
    // Every event answered exactly once: a send whose answer was lost in the election was sent again
    // (and may have been answered 'duplicate'), but none was sent again after its PubAck.
    const answered = [...sends.values()].map((outcomes) => outcomes.filter((o) => o !== 'failed'));
    expect(answered).toHaveLength(ENTRIES);
    expect(answered.filter((o) => o.length !== 1)).toEqual([]);
    const [{ unpublished }] = await harness.producer.query(
      `SELECT count(*)::int AS unpublished FROM outbox WHERE published_at IS NULL`,
    );
    expect(unpublished).toBe(0);
  });
});
