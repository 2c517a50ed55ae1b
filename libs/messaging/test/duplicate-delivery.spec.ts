import { jetstream } from '@nats-io/jetstream';
import type { DataSource } from 'typeorm';
import { waitFor } from '@alliance/testing';
import { DeliveryHarness } from './delivery-harness';
import { ENTRY_RECORDED, reactionCounts, recordEntry } from './fixtures/ledger';

describe('idempotent inbox (real PostgreSQL and NATS)', () => {
  const harness = new DeliveryHarness('duplicates');
  let consumerDs: DataSource;

  beforeAll(async () => {
    await harness.setUp();
    ({ ds: consumerDs } = await harness.startConsumer());
  });
  afterAll(() => harness.tearDown());

  it('applies an event delivered three times exactly once', async () => {
    const envelope = await recordEntry(harness.producer, 'thrice');
    const js = jetstream(harness.nc);
    const subject = `${harness.env.subjectPrefix}${ENTRY_RECORDED}`;
    // Three copies with different msgIDs, so JetStream's own de-duplication cannot hide them.
    for (let copy = 1; copy <= 3; copy++) {
      await js.publish(subject, JSON.stringify(envelope), { msgID: `${envelope.eventId}-copy-${copy}` });
    }
    // A marker published after the copies: once it is applied, all three copies were handled.
    const marker = await recordEntry(harness.producer, 'marker');
    await js.publish(subject, JSON.stringify(marker), { msgID: marker.eventId });

    await waitFor(async () => (await reactionCounts(consumerDs)).total >= 2, { what: 'the reactions' });
    const rows = await consumerDs.query(`SELECT label FROM reaction ORDER BY id`);
    expect(rows).toEqual([{ label: 'thrice' }, { label: 'marker' }]);
    const [{ count }] = await consumerDs.query(`SELECT count(*)::int AS count FROM inbox WHERE event_id = $1`, [envelope.eventId]);
    expect(count).toBe(1);
    expect(await harness.streamMessageCount()).toBe(4);
  });
});
