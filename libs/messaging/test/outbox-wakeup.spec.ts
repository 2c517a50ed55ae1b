import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { TestEnvironment, waitFor } from '@alliance/testing';
import { outboxChannel } from '../src';
import { openLedgerDataSource, recordEntry } from './fixtures/ledger';

/**
 * Writers wake relays after their commit: a relay in their own process directly (covered by every
 * delivery test), a relay elsewhere through NOTIFY — this file, where no relay runs in the process.
 */
describe('outbox wake-up without a relay in the process (real PostgreSQL)', () => {
  const env = new TestEnvironment('wakeup');
  const schema = env.schema('ledger');
  let writer: DataSource;
  let listener: Client;
  const notifications: string[] = [];

  beforeAll(async () => {
    writer = await openLedgerDataSource(env.databaseUrl, schema);
    listener = new Client({ connectionString: env.databaseUrl });
    await listener.connect();
    listener.on('notification', (n) => notifications.push(n.channel));
    await listener.query(`LISTEN "${outboxChannel(schema)}"`);
  });
  afterAll(async () => {
    await listener?.end();
    await writer?.destroy();
    await env.cleanup();
  });

  it('sends a NOTIFY on the outbox channel once the writing transaction has committed', async () => {
    await recordEntry(writer, 'one');
    await waitFor(() => notifications.length >= 1, { what: 'a NOTIFY after the first commit' });

    // Commits that come while a NOTIFY is in flight share the next one: at least one follows the last.
    const before = notifications.length;
    await Promise.all(Array.from({ length: 20 }, (_, i) => recordEntry(writer, `many-${i}`)));
    await waitFor(() => notifications.length > before, { what: 'a NOTIFY after the concurrent commits' });
    expect(notifications.length - before).toBeLessThanOrEqual(20);
    expect(new Set(notifications)).toEqual(new Set([outboxChannel(schema)]));
  });
});
