import type { Writable } from 'node:stream';
import { Client, type ClientConfig, type QueryResult } from 'pg';
import type { EntityManager } from 'typeorm';

/** What TypeORM gets back for a START TRANSACTION that is on its way but not yet answered. */
const BEGUN: QueryResult = { command: 'BEGIN', rowCount: null, oid: 0, fields: [], rows: [] };

/**
 * The pool's connection: pg's pipeline mode (every query written at once, answers matched in order)
 * plus two uses of it that save a round trip each in every transaction.
 *
 * - START TRANSACTION is answered at once and travels with the statement after it. TypeORM awaits it
 *   before running the transaction's work, which costs a round trip that tells nothing: BEGIN
 *   cannot fail on a working connection.
 * - A statement whose result the caller does not need (`deferStatement`, e.g. the outbox row) is
 *   written at once and checked with the next one, usually COMMIT.
 *
 * Nothing is weakened: whatever went ahead unawaited is awaited with the next statement, whose
 * promise rejects with the first failure among them — so a failed outbox insert fails the COMMIT
 * (which PostgreSQL turns into a rollback) and the caller's transaction throws.
 */
export class PipelinedClient extends Client {
  private readonly pending: Promise<unknown>[] = [];
  private writesHeld = false;

  constructor(config?: string | ClientConfig) {
    super(typeof config === 'string' ? { connectionString: config, pipeline: true } : { ...config, pipeline: true });
  }

  // pg's query has a dozen overloads; only the promise form with SQL text is handled here.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    const [config, values, callback] = args;
    if (typeof config !== 'string' || typeof values === 'function' || callback !== undefined) {
      return super.query(...(args as Parameters<Client['query']>));
    }
    if (config === 'START TRANSACTION' && values === undefined) {
      this.holdWrites();
      this.defer(super.query(config));
      return Promise.resolve(BEGUN);
    }
    const result = super.query(config, values);
    if (this.pending.length === 0) return result;
    const earlier = this.pending.splice(0);
    // A rollback undoes whatever went ahead, failed or not.
    if (config === 'ROLLBACK') return result;
    return firstFailureOr(earlier, result);
  }

  /** Lets `statement` (already sent) be checked with the next statement instead of awaited now. */
  defer(statement: Promise<unknown>): void {
    statement.catch(() => undefined); // reported through the next statement, not as unhandled
    this.pending.push(statement);
  }

  /**
   * Holds what is written to the socket until the current run of promise callbacks is over, so that
   * a deferred statement and the one that follows it (issued a few microtasks later, without I/O in
   * between) leave in one write: on a loopback socket the write itself is the dearest part.
   */
  holdWrites(): void {
    const socket = (this as unknown as { connection?: { stream?: Partial<Writable> } }).connection?.stream;
    const { cork, uncork } = socket ?? {};
    if (this.writesHeld || !cork || !uncork) return;
    this.writesHeld = true;
    cork.call(socket);
    setImmediate(() => {
      this.writesHeld = false;
      uncork.call(socket);
    });
  }
}

async function firstFailureOr<T>(earlier: Promise<unknown>[], result: Promise<T>): Promise<T> {
  const outcomes = await Promise.allSettled([...earlier, result]);
  const failed = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
  if (failed) throw failed.reason;
  return (outcomes[outcomes.length - 1] as PromiseFulfilledResult<T>).value;
}

/**
 * Runs a statement whose result is not needed inside `manager`'s transaction: on a pipelined
 * connection it goes out at once and is checked with the next statement (see PipelinedClient);
 * otherwise it is awaited here.
 */
export async function deferStatement(manager: EntityManager, sql: string, parameters: unknown[]): Promise<void> {
  const connection = (manager.queryRunner as { databaseConnection?: unknown } | undefined)?.databaseConnection;
  if (connection instanceof PipelinedClient && manager.queryRunner?.isTransactionActive) {
    connection.holdWrites();
    connection.defer(connection.query(sql, parameters));
    return;
  }
  await manager.query(sql, parameters);
}
