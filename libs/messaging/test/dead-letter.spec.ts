import { jetstream } from '@nats-io/jetstream';
import type { INestApplicationContext } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { DeadLetterService } from '../src';
import { waitFor } from '@alliance/testing';
import { DeliveryHarness } from './delivery-harness';
import { ENTRY_RECORDED, reactionCounts, recordEntry } from './fixtures/ledger';

describe('dead letters (real PostgreSQL and NATS)', () => {
  const harness = new DeliveryHarness('dead-letters');
  let app: INestApplicationContext;
  let consumerDs: DataSource;

  beforeAll(async () => {
    await harness.setUp();
    ({ app, ds: consumerDs } = await harness.startConsumer({ maxDeliver: 3, nakDelayMs: 50 }));
    await consumerDs.query(`INSERT INTO failing_label (label) VALUES ('needs-fix')`);
    await harness.startRelay();
  });
  afterAll(() => harness.tearDown());

  it('dead-letters a malformed event and an always-failing one, keeps going, and replays them after the fix', async () => {
    const js = jetstream(harness.nc);
    const subject = `${harness.env.subjectPrefix}${ENTRY_RECORDED}`;
    await recordEntry(harness.producer, 'before');
    await waitFor(async () => (await reactionCounts(consumerDs)).total === 1, { what: 'the first reaction' });

    await js.publish(subject, '{"this is": not json', { msgID: 'malformed-1' });
    await recordEntry(harness.producer, 'needs-fix');
    for (let i = 1; i <= 5; i++) await recordEntry(harness.producer, `after-${i}`);

    const service = app.get(DeadLetterService);
    await waitFor(async () => (await service.list()).items.length === 2, { what: 'two dead letters', timeoutMs: 15_000 });
    await waitFor(async () => (await reactionCounts(consumerDs)).total === 6, { what: 'the events after them' });

    const { items } = await service.list();
    const malformed = items.find((d) => d.eventId === null)!;
    const failing = items.find((d) => d.eventType === ENTRY_RECORDED)!;
    expect(malformed.error).toMatch(/undecodable event/);
    expect(malformed.payload).toBe('{"this is": not json');
    expect(malformed.deliveries).toBe(1);
    expect(failing.error).toBe('entry needs-fix cannot be applied yet');
    expect(failing.deliveries).toBe(3);

    // Replaying before the fix fails and says why; the letter stays pending.
    await expect(service.replay(failing.id)).rejects.toThrow(/cannot be applied yet/);
    expect((await service.list({ pendingOnly: true })).items).toHaveLength(2);

    // The fixes: the failing cause is removed; the malformed event is repaired by the admin.
    await consumerDs.query(`DELETE FROM failing_label`);
    await expect(service.replay(failing.id)).resolves.toEqual({ id: failing.id, outcome: 'applied' });
    const repaired = {
      eventId: '7d9a4f52-1f0b-4c53-9a39-0d2b2f7d3a11',
      type: ENTRY_RECORDED,
      version: 1,
      occurredAt: new Date().toISOString(),
      aggregateId: 'entry-repaired',
      aggregateVersion: 1,
      correlationId: 'repair',
      actor: { id: 'admin', kind: 'user' },
      data: { label: 'repaired', amount: 1 },
    };
    await expect(service.replay(malformed.id, repaired)).resolves.toEqual({ id: malformed.id, outcome: 'applied' });

    const labels = (await consumerDs.query(`SELECT label FROM reaction ORDER BY id`)).map((r: { label: string }) => r.label);
    expect(labels).toEqual(['before', 'after-1', 'after-2', 'after-3', 'after-4', 'after-5', 'needs-fix', 'repaired']);
    expect((await service.list({ pendingOnly: true })).items).toHaveLength(0);
    await expect(service.replay(failing.id)).rejects.toThrow(/already replayed/);
  });

  it('dead-letters an event whose data breaks its contract at once, without retries', async () => {
    const js = jetstream(harness.nc);
    const bad = {
      eventId: '3b1f0a52-5d1c-4e0a-8f39-1c2b3d4e5f60',
      type: ENTRY_RECORDED,
      version: 1,
      occurredAt: new Date().toISOString(),
      aggregateId: 'entry-bad',
      aggregateVersion: 1,
      correlationId: 'bad',
      actor: { id: 'x', kind: 'service' },
      data: { label: 'bad', amount: -5 },
    };
    await js.publish(`${harness.env.subjectPrefix}${ENTRY_RECORDED}`, JSON.stringify(bad), { msgID: bad.eventId });
    const service = app.get(DeadLetterService);
    const letter = await waitFor(async () => (await service.list()).items.find((d) => d.eventId === bad.eventId), {
      what: 'the invalid event dead-lettered',
    });
    expect(letter.deliveries).toBe(1);
    expect(letter.error).toMatch(/amount: amount must not be less than 0/);
  });
});
