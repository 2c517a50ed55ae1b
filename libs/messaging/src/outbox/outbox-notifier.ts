import type { DataSource, EntitySubscriberInterface, QueryRunner } from 'typeorm';
import { outboxChannel } from './outbox-channel';

const PENDING = 'alliance:outbox-notify';

/** Relays running in this process, by outbox (database + schema): woken directly, no NOTIFY needed. */
const localRelays = new Map<string, Set<() => void>>();

export function outboxKey(dataSource: DataSource, schema: string): string {
  return `${(dataSource.options as { url?: string }).url ?? ''}|${schema}`;
}

/**
 * A relay announces itself so that writers of this process wake it directly after their commit: a
 * NOTIFY is a database round trip per commit (or group of commits), which the relay beside them does
 * not need. Returns the function that withdraws it.
 */
export function registerLocalRelay(key: string, wake: () => void): () => void {
  const relays = localRelays.get(key) ?? new Set<() => void>();
  localRelays.set(key, relays);
  relays.add(wake);
  return () => {
    relays.delete(wake);
    if (relays.size === 0) localRelays.delete(key);
  };
}

/**
 * Wakes relays after a transaction that appended to the outbox has committed: a relay running in this
 * process directly, otherwise any relay through NOTIFY on the schema's outbox channel.
 *
 * Why not NOTIFY inside the writer's transaction: PostgreSQL serialises the commits of every
 * transaction that issued a NOTIFY (a database-wide lock held through the WAL flush), which undid
 * group commit and capped concurrent writers at a few hundred commits/s on the development machine.
 * A NOTIFY sent after the commit, in its own statement, costs one short round trip off the writer's
 * path, and concurrent commits share one: while a NOTIFY is in flight, further commits ask for one
 * more, sent once it returns — so every commit is followed by a NOTIFY that started after it.
 * A NOTIFY that is lost (the process dies right after its commit) only delays the row until the
 * relay's poll.
 */
class OutboxNotifier implements EntitySubscriberInterface {
  private inFlight = false;
  private again = false;
  private readonly channel: string;
  private readonly key: string;

  constructor(
    private readonly dataSource: DataSource,
    schema: string,
  ) {
    this.channel = outboxChannel(schema);
    this.key = outboxKey(dataSource, schema);
  }

  afterTransactionCommit(event: { queryRunner: QueryRunner }): void {
    const runner = event.queryRunner;
    // A released savepoint also ends in "commit": wait for the outermost transaction.
    if (runner.isTransactionActive || !runner.data?.[PENDING]) return;
    delete runner.data[PENDING];
    const local = localRelays.get(this.key);
    // A relay of another process that holds the outbox at this moment makes ours retry its claim
    // shortly (OutboxRelay), so the row never waits for a poll.
    if (local?.size) for (const wake of local) wake();
    else this.notify();
  }

  afterTransactionRollback(event: { queryRunner: QueryRunner }): void {
    const runner = event.queryRunner;
    if (!runner.isTransactionActive && runner.data) delete runner.data[PENDING];
  }

  private notify(): void {
    if (this.inFlight) {
      this.again = true;
      return;
    }
    this.inFlight = true;
    this.dataSource
      .query(`SELECT pg_notify($1, '')`, [this.channel])
      .catch(() => undefined) // the relay's poll covers a NOTIFY that could not be sent
      .finally(() => {
        this.inFlight = false;
        if (this.again && this.dataSource.isInitialized) {
          this.again = false;
          this.notify();
        }
      });
  }
}

const installed = new WeakSet<DataSource>();

/** Marks the transaction of `runner` as one that appended to the outbox of `schema`. */
export function notifyOutboxAfterCommit(runner: QueryRunner, schema: string): void {
  const dataSource = runner.dataSource;
  if (!installed.has(dataSource)) {
    installed.add(dataSource);
    (dataSource.subscribers as EntitySubscriberInterface[]).push(new OutboxNotifier(dataSource, schema));
  }
  runner.data = runner.data ?? {};
  runner.data[PENDING] = true;
}
