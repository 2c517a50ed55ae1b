import { Client, escapeIdentifier, escapeLiteral, type QueryResult } from 'pg';

export interface OutboxRow {
  id: string;
  event_id: string;
  event_type: string;
  /** The envelope as stored (jsonb as text): published as is, never parsed and re-serialised. */
  body: string;
  correlation_id: string | null;
}

/** What one claim found: nothing to do (another relay holds the outbox, or it is empty), or rows. */
export type Claim = { claimed: false } | { claimed: true; rows: OutboxRow[] };

const BIGINT = /^\d+$/;

/**
 * The relay's own database connection, on which one batch costs two round trips: claim + read, then
 * mark + commit. Each is one simple-protocol message of several statements (one socket write, one
 * reply), where the pool and the extended protocol would take five round trips and eight writes —
 * on the development machine a loopback write costs more CPU than the statement it carries.
 *
 * Only values the relay itself produced are inlined: the schema (quoted as an identifier), row ids
 * read from the outbox (checked to be digits), and error text (quoted as a literal).
 */
export class RelayConnection {
  private client?: Client;
  private connecting?: Promise<Client>;
  private readonly outbox: string;
  private readonly lockKey: string;
  private readonly applicationName: string;

  constructor(
    private readonly url: string | undefined,
    schema: string,
  ) {
    this.outbox = `${escapeIdentifier(schema)}.outbox`;
    this.applicationName = `outbox-relay:${schema}`;
    this.lockKey = escapeLiteral(this.applicationName);
  }

  /**
   * Opens a transaction and claims the outbox with a transaction-scoped advisory lock; when claimed,
   * reads up to `limit` unpublished rows in id order. The read is a statement of its own after the
   * lock's: in READ COMMITTED it takes its snapshot after the lock was granted, so it sees the marks
   * of the relay that held the lock before. The transaction stays open (the claim with it) until
   * `finish` or `abort`.
   */
  async claim(limit: number): Promise<Claim> {
    // A statement that fails leaves the transaction open and aborted: end it, or every later claim fails too.
    const results = await this.sendOrRollBack(
      `BEGIN;
       SELECT set_config('alliance.outbox_claimed', pg_try_advisory_xact_lock(hashtext(${this.lockKey}))::text, true) AS claimed,
              set_config('synchronous_commit', 'off', true);
       SELECT id, event_id, event_type, payload::text AS body, payload->>'correlationId' AS correlation_id
         FROM ${this.outbox}
        WHERE published_at IS NULL AND current_setting('alliance.outbox_claimed') = 'true'
        ORDER BY id LIMIT ${Math.max(1, Math.floor(limit))}`,
    );
    if (results[1].rows[0].claimed !== 'true') {
      await this.send('ROLLBACK');
      return { claimed: false };
    }
    return { claimed: true, rows: results[2].rows as OutboxRow[] };
  }

  /**
   * Marks the acknowledged rows published, records the failure of the first unacknowledged one, and
   * commits — asynchronously (no wait for the WAL flush, set at the claim): a mark lost in a crash
   * only makes the relay send the row again, which JetStream drops as a duplicate.
   */
  async finish(ackedIds: string[], failure?: { id: string; error: string }): Promise<void> {
    const statements: string[] = [];
    if (ackedIds.length > 0) {
      statements.push(`UPDATE ${this.outbox} SET published_at = now() WHERE id = ANY('{${ackedIds.map(digits).join(',')}}'::bigint[])`);
    }
    if (failure) {
      statements.push(
        `UPDATE ${this.outbox} SET attempts = attempts + 1, last_error = ${escapeLiteral(failure.error.slice(0, 1000))} WHERE id = ${digits(failure.id)}`,
      );
    }
    statements.push('COMMIT');
    await this.send(statements.join(';\n'));
  }

  private async sendOrRollBack(sql: string): Promise<QueryResult[]> {
    try {
      return await this.send(sql);
    } catch (error) {
      await this.abort();
      throw error;
    }
  }

  /** Ends a claim without marking anything (after an error); a broken connection is replaced. */
  async abort(): Promise<void> {
    try {
      await this.send('ROLLBACK');
    } catch {
      this.discard();
    }
  }

  async close(): Promise<void> {
    const client = this.client ?? (await this.connecting?.catch(() => undefined));
    this.client = undefined;
    this.connecting = undefined;
    await client?.end().catch(() => undefined);
  }

  private async send(sql: string): Promise<QueryResult[]> {
    const client = await this.connection();
    try {
      const result = (await client.query(sql)) as QueryResult | QueryResult[];
      return Array.isArray(result) ? result : [result];
    } catch (error) {
      // A statement error leaves the transaction aborted (the caller rolls back); a lost connection
      // is replaced at the next batch.
      if (!isStatementError(error)) this.discard();
      throw error;
    }
  }

  private connection(): Promise<Client> {
    if (this.client) return Promise.resolve(this.client);
    this.connecting ??= (async () => {
      const client = new Client({ connectionString: this.url, application_name: this.applicationName });
      client.on('error', () => {
        if (this.client === client) this.discard();
      });
      try {
        await client.connect();
      } catch (error) {
        await client.end().catch(() => undefined);
        throw error;
      }
      this.client = client;
      return client;
    })().finally(() => (this.connecting = undefined));
    return this.connecting;
  }

  private discard(): void {
    const client = this.client;
    this.client = undefined;
    void client?.end().catch(() => undefined);
  }
}

function digits(id: string): string {
  if (!BIGINT.test(id)) throw new Error(`outbox id "${id}" is not a bigint`);
  return id;
}

/** An error PostgreSQL reported for a statement (it has an SQLSTATE), as opposed to a lost connection. */
function isStatementError(error: unknown): boolean {
  return typeof (error as { code?: unknown })?.code === 'string' && /^[0-9A-Z]{5}$/.test((error as { code: string }).code);
}
