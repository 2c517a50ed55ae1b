import { DeliveryHarness } from './delivery-harness';
import { recordEntry } from './fixtures/ledger';
import { waitFor } from '@alliance/testing';

describe('two relays on one outbox (real PostgreSQL and NATS)', () => {
  const harness = new DeliveryHarness('two-relays');

  beforeAll(() => harness.setUp());
  afterAll(() => harness.tearDown());

  it('publishes every outbox row exactly once', async () => {
    const rows = 300;
    const writers = Array.from({ length: 3 }, (_, w) =>
      (async () => {
        for (let i = 0; i < rows / 3; i++) await recordEntry(harness.producer, `w${w}-${i}`);
      })(),
    );
    // Both relays start while rows are still being written, and both are woken by every commit.
    const [a, b] = await Promise.all([
      harness.startRelay({ batchSize: 16, pollIntervalMs: 100 }),
      harness.startRelay({ batchSize: 16, pollIntervalMs: 100 }),
    ]);
    await Promise.all(writers);
    await waitFor(
      async () => {
        const [{ count }] = await harness.producer.query(`SELECT count(*)::int AS count FROM outbox WHERE published_at IS NULL`);
        return count === 0;
      },
      { what: 'the outbox to drain' },
    );
    // JetStream would hide a double send (same msgID), so count what each relay sent.
    expect(a.stats.published + b.stats.published).toBe(rows);
    expect(a.stats.duplicates + b.stats.duplicates).toBe(0);
    const [{ count }] = await harness.producer.query(`SELECT count(*)::int AS count FROM outbox`);
    expect(count).toBe(rows);
    expect(await harness.streamMessageCount()).toBe(rows);
  });
});
