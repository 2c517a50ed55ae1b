import type { DataSource } from 'typeorm';
import { TestEnvironment } from '@alliance/testing';
import { RelayConnection } from '../src/outbox/relay-connection';
import { openLedgerDataSource, recordEntry } from './fixtures/ledger';

describe("the relay's own connection (real PostgreSQL)", () => {
  const env = new TestEnvironment('relayconn');
  const schema = env.schema('ledger');
  let ds: DataSource;
  let connection: RelayConnection;

  beforeAll(async () => {
    ds = await openLedgerDataSource(env.databaseUrl, schema);
    connection = new RelayConnection(env.databaseUrl, schema);
  });
  afterAll(async () => {
    await connection?.close();
    await ds?.destroy();
    await env.cleanup();
  });

  it('claims, reads and marks a batch; a second claim finds nothing left', async () => {
    const event = await recordEntry(ds, 'claimed');
    const claim = await connection.claim(10);
    expect(claim).toMatchObject({ claimed: true, rows: [expect.objectContaining({ event_id: event.eventId })] });
    if (!claim.claimed) return;
    await connection.finish(claim.rows.map((r) => r.id));
    expect(await connection.claim(10)).toEqual({ claimed: true, rows: [] });
    await connection.finish([]);
  });

  it('recovers from a claim whose statement failed (the aborted transaction is rolled back)', async () => {
    await ds.query('ALTER TABLE outbox RENAME TO outbox_away');
    try {
      await expect(connection.claim(10)).rejects.toMatchObject({ code: '42P01' });
    } finally {
      await ds.query('ALTER TABLE outbox_away RENAME TO outbox');
    }
    const event = await recordEntry(ds, 'after the failure');
    const claim = await connection.claim(10);
    expect(claim).toMatchObject({ claimed: true, rows: [expect.objectContaining({ event_id: event.eventId })] });
    await connection.finish([]);
  });
});
