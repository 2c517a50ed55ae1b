import type { ConfigService } from '@nestjs/config';
import type { NatsConnection } from '@nats-io/transport-node';
import type { DataSource } from 'typeorm';
import { AccountAccessCache } from './account-access.cache';

const ID = '11111111-1111-4111-8111-111111111111';
const row = (disabled: boolean) => ({
  id: ID,
  username: 'alice',
  role: 'viewer',
  organisation_id: null,
  disabled,
  must_change_password: false,
});

/** A status stream the test pushes NATS connection events into. */
function statusStream() {
  const waiting: Array<(r: IteratorResult<{ type: string }>) => void> = [];
  return {
    push: (type: string) => waiting.shift()?.({ value: { type }, done: false }),
    iterable: {
      [Symbol.asyncIterator]: () => ({
        next: () => new Promise<IteratorResult<{ type: string }>>((resolve) => waiting.push(resolve)),
      }),
    },
  };
}

function setup() {
  const query = jest.fn();
  const status = statusStream();
  const nc = {
    subscribe: jest.fn(() => ({ unsubscribe: jest.fn() })),
    publish: jest.fn(),
    isClosed: () => false,
    flush: jest.fn().mockResolvedValue(undefined),
    status: () => status.iterable,
  };
  const config = { get: () => ({ subjectPrefix: 'p.', accountCacheTtlMs: 60_000 }) };
  const cache = new AccountAccessCache(
    { query } as unknown as DataSource,
    nc as unknown as NatsConnection,
    config as unknown as ConfigService,
  );
  cache.onModuleInit();
  return { cache, query, nc, status };
}

describe('AccountAccessCache', () => {
  it('reads an account once and answers from memory afterwards', async () => {
    const { cache, query } = setup();
    query.mockResolvedValue([row(false)]);
    expect((await cache.get(ID))?.disabled).toBe(false);
    expect((await cache.get(ID))?.disabled).toBe(false);
    expect(query).toHaveBeenCalledTimes(1);
  });

  it('drops its copy and announces the change on invalidate', async () => {
    const { cache, query, nc } = setup();
    query.mockResolvedValueOnce([row(false)]).mockResolvedValueOnce([row(true)]);
    await cache.get(ID);
    await cache.invalidate(ID);
    expect(nc.publish).toHaveBeenCalledWith('p.gateway.account.changed', JSON.stringify({ accountId: ID }));
    expect(nc.flush).toHaveBeenCalled();
    expect((await cache.get(ID))?.disabled).toBe(true);
  });

  it('does not keep a read that was in flight when the account changed (it may predate the commit)', async () => {
    const { cache, query } = setup();
    let finishStaleRead: (rows: unknown[]) => void = () => undefined;
    query.mockReturnValueOnce(new Promise((resolve) => (finishStaleRead = resolve)));
    query.mockResolvedValue([row(true)]);
    const stale = cache.get(ID);
    await cache.invalidate(ID);
    finishStaleRead([row(false)]);
    await stale;
    expect((await cache.get(ID))?.disabled).toBe(true);
  });

  it('keeps nothing while NATS is disconnected, as it could miss announcements then', async () => {
    const { cache, query, status } = setup();
    query.mockResolvedValue([row(false)]);
    await cache.get(ID);
    status.push('disconnect');
    await new Promise((resolve) => setImmediate(resolve));
    await cache.get(ID);
    await cache.get(ID);
    expect(query).toHaveBeenCalledTimes(3);
  });

  it('refuses ids that are not UUIDs without asking the database', async () => {
    const { cache, query } = setup();
    expect(await cache.get('not-a-uuid')).toBeNull();
    expect(query).not.toHaveBeenCalled();
  });

  it('answers a change at once while NATS is disconnected instead of waiting for the reconnection', async () => {
    const { cache, query, nc, status } = setup();
    query.mockResolvedValue([row(false)]);
    nc.flush.mockReturnValue(new Promise(() => undefined)); // a flush that would wait for the reconnection
    status.push('disconnect');
    await new Promise((resolve) => setImmediate(resolve));
    await cache.invalidate(ID);
    expect(nc.publish).not.toHaveBeenCalled();
  });
});
