import type { INestApplicationContext } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { waitFor } from '@alliance/testing';
import { MessagingLifecycle } from '../src';
import { DeliveryHarness } from './delivery-harness';
import { appliedLabels, ENTRY_ARCHIVED, LedgerReactions, recordVersion } from './fixtures/ledger';

describe('order per aggregate, rule 4 (real PostgreSQL and NATS)', () => {
  const harness = new DeliveryHarness('ordering');
  let app: INestApplicationContext;
  let consumerDs: DataSource;

  const stats = () => app.get(MessagingLifecycle).consumerStats()[0];
  const deadLetter = async (eventId: string): Promise<{ error: string; deliveries: number } | undefined> =>
    (await consumerDs.query(`SELECT error, deliveries FROM dead_letter WHERE event_id = $1`, [eventId]))[0];

  beforeAll(async () => {
    await harness.setUp();
    // maxDeliver 3: an early event may wait 6 deliveries (50 + 100 + … + 800 ms) for its predecessor.
    ({ app, ds: consumerDs } = await harness.startConsumer({ maxDeliver: 3, nakDelayMs: 50 }));
    await harness.startRelay({ pollIntervalMs: 100 });
  });
  afterAll(async () => {
    LedgerReactions.failOnce.clear();
    await harness.tearDown();
  });

  it('applies version 2 only after version 1 when version 1 fails first', async () => {
    LedgerReactions.failOnce.add('a-v1');
    await recordVersion(harness.producer, 'a', 1);
    await recordVersion(harness.producer, 'a', 2);
    await waitFor(async () => (await appliedLabels(consumerDs, 'a')).length === 2, {
      what: 'both versions of a',
    });
    expect(await appliedLabels(consumerDs, 'a')).toEqual(['a-v1', 'a-v2']);
    // Version 1 really failed once (nak-ed, or retried alone after its batch was rolled back).
    expect(LedgerReactions.failOnce.has('a-v1')).toBe(false);
    expect(stats().retried + stats().split).toBeGreaterThanOrEqual(1);
  });

  it('holds a version that arrives early until the one before it is applied, and skips a stale copy', async () => {
    const waitedBefore = stats().waited;
    await harness.publishDirect('b', 2);
    await waitFor(() => stats().waited > waitedBefore, { what: 'version 2 to be sent back to wait' });
    expect(await appliedLabels(consumerDs, 'b')).toEqual([]);

    const v1 = await harness.publishDirect('b', 1);
    await waitFor(async () => (await appliedLabels(consumerDs, 'b')).length === 2, {
      what: 'both versions of b',
    });
    expect(await appliedLabels(consumerDs, 'b')).toEqual(['b-v1', 'b-v2']);

    const duplicatesBefore = stats().duplicates;
    await harness.publishEnvelope(v1, `${v1.eventId}-again`);
    await waitFor(() => stats().duplicates > duplicatesBefore, {
      what: 'the stale copy of version 1 to be skipped',
    });
    expect(await appliedLabels(consumerDs, 'b')).toEqual(['b-v1', 'b-v2']);
    expect(await deadLetter(v1.eventId)).toBeUndefined();
  });

  it('goes on past a dead-lettered version instead of blocking the aggregate', async () => {
    const poison = await recordVersion(harness.producer, 'c', 1, 'permanently-wrong-c1');
    await recordVersion(harness.producer, 'c', 2);
    await waitFor(async () => (await appliedLabels(consumerDs, 'c')).length === 1, {
      what: 'version 2 of c',
    });
    expect(await appliedLabels(consumerDs, 'c')).toEqual(['c-v2']);
    expect(await deadLetter(poison.eventId)).toEqual({
      error: 'this entry can never be applied',
      deliveries: 1,
    });
  });

  it('dead-letters a version whose predecessor never comes after its waits, then goes on; the late predecessor is dead-lettered too', async () => {
    await recordVersion(harness.producer, 'd', 1);
    await waitFor(async () => (await appliedLabels(consumerDs, 'd')).length === 1, {
      what: 'version 1 of d',
    });

    const v3 = await harness.publishDirect('d', 3); // version 2 is not sent (yet)
    const letter = await waitFor(() => deadLetter(v3.eventId), {
      what: 'version 3 of d dead-lettered',
      timeoutMs: 15_000,
    });
    expect(letter.error).toMatch(
      /^version 2 of ledger\.entry d was not applied after 6 deliveries of version 3 \(last applied: 1\)$/,
    );
    expect(letter.deliveries).toBe(6);

    await harness.publishDirect('d', 4);
    await waitFor(async () => (await appliedLabels(consumerDs, 'd')).length === 2, {
      what: 'version 4 of d',
    });
    expect(await appliedLabels(consumerDs, 'd')).toEqual(['d-v1', 'd-v4']);

    const late = await harness.publishDirect('d', 2);
    const lateLetter = await waitFor(() => deadLetter(late.eventId), {
      what: 'the late version 2 of d dead-lettered',
    });
    expect(lateLetter.error).toBe('version 2 of ledger.entry d arrived after version 4 was applied');
    expect(await appliedLabels(consumerDs, 'd')).toEqual(['d-v1', 'd-v4']);
  });

  it('counts versions of events it has no handler for, so the next version does not wait for them', async () => {
    const waitedBefore = stats().waited;
    await harness.publishDirect('e', 1, 'e-v1', ENTRY_ARCHIVED);
    await recordVersion(harness.producer, 'e', 2);
    await waitFor(async () => (await appliedLabels(consumerDs, 'e')).length === 1, {
      what: 'version 2 of e',
    });
    expect(await appliedLabels(consumerDs, 'e')).toEqual(['e-v2']);
    expect(stats().waited).toBe(waitedBefore);
  });
});
