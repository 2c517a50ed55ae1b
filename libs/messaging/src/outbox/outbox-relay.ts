import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { jetstream, type JetStreamClient, type PubAck } from '@nats-io/jetstream';
import { headers as natsHeaders, type NatsConnection } from '@nats-io/transport-node';
import { HEADER_REQUEST_ID } from '@alliance/contracts';
import { outboxChannel } from './outbox-channel';
import { outboxKey, registerLocalRelay } from './outbox-notifier';
import type { RelayOptions } from '../messaging-options';

/**
 * Nest's Logger fits. An object message is a structured line (pino: its fields), which is how the
 * per-event lines carry `eventId` and `correlationId` (the request id) for tracing.
 */
export interface RelayLogger {
  log(message: string | object): void;
  warn(message: string | object): void;
  error(message: string | object): void;
  debug?(message: string | object): void;
}

interface OutboxRow {
  id: string;
  event_id: string;
  event_type: string;
  /** The envelope as stored (jsonb as text): published as is, never parsed and re-serialised. */
  body: string;
  correlation_id: string | null;
}

/** The outcome of one publish attempt of one outbox row. */
export type RelaySendOutcome = 'acked' | 'duplicate' | 'failed';

export interface OutboxRelayConfig extends RelayOptions {
  dataSource: DataSource;
  nc: NatsConnection;
  subjectPrefix?: string;
  logger?: RelayLogger;
  /**
   * Called for every publish attempt, per event: tests count sends the stream's de-duplication
   * would hide (a second send of a row that already had its PubAck).
   */
  onSend?: (eventId: string, outcome: RelaySendOutcome) => void;
}

/** What an operator needs to tell a working relay from a stalled one (read-only snapshot). */
export interface RelayStatus {
  lastPublishedAt: Date | null;
  /** Set at the first failed drain after a success; cleared by the next successful one. */
  failingSince: Date | null;
  lastError: string | null;
  /** Rows this relay has had acknowledged by JetStream (duplicates excluded). */
  published: number;
}

/** How soon a relay that found the outbox held by another relay tries again. */
const CLAIM_RETRY_MS = 50;

const silent: RelayLogger = { log: () => undefined, warn: () => undefined, error: () => undefined };

/**
 * Publishes committed outbox rows to JetStream, in id order, with `msgID = eventId`.
 *
 * - A row is marked published only after its PubAck, in the same transaction that claimed it.
 * - The claim is a transaction-scoped advisory lock per schema: two relays on one outbox never
 *   publish the same batch, and order is kept because only one relay works at a time.
 * - A crash between PubAck and commit republishes the row; JetStream drops it as a duplicate
 *   (same msgID inside the stream's duplicate window).
 * - Woken by the writers of its own process right after their commit, by NOTIFY from writers
 *   elsewhere, and by its poll; keeps retrying
 *   with back-off through a NATS outage.
 */
export class OutboxRelay {
  /** PubAcks received by this relay; `duplicates` were already in the stream (a resend). */
  readonly stats = { published: 0, duplicates: 0 };
  private readonly js: JetStreamClient;
  private readonly schema: string;
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private readonly publishTimeoutMs: number;
  private readonly logger: RelayLogger;
  private listener?: Client;
  private pollTimer?: NodeJS.Timeout;
  private retryTimer?: NodeJS.Timeout;
  private claimRetryTimer?: NodeJS.Timeout;
  /** Another relay held the outbox at our last claim: what was committed since may be ours to send. */
  private claimMissed = false;
  private unregisterLocal?: () => void;
  private running?: Promise<void>;
  private dirty = false;
  private stopped = true;
  private failures = 0;
  private lastPublishedAt: Date | null = null;
  private failingSince: Date | null = null;
  private lastError: string | null = null;

  constructor(private readonly config: OutboxRelayConfig) {
    this.js = jetstream(config.nc);
    const schema = (config.dataSource.options as { schema?: string }).schema;
    if (!schema) throw new Error('OutboxRelay needs a DataSource bound to a schema');
    this.schema = schema;
    this.batchSize = config.batchSize ?? 256;
    this.pollIntervalMs = config.pollIntervalMs ?? 1000;
    this.publishTimeoutMs = config.publishTimeoutMs ?? 3000;
    this.logger = config.logger ?? silent;
  }

  async start(): Promise<void> {
    this.stopped = false;
    this.unregisterLocal = registerLocalRelay(outboxKey(this.config.dataSource, this.schema), () => this.wake());
    await this.listen();
    this.pollTimer = setInterval(() => this.wake(), this.pollIntervalMs);
    this.pollTimer.unref();
    this.wake();
  }

  /** Stops waking and waits for the batch in flight to finish (its rows are marked or rolled back). */
  async stop(): Promise<void> {
    this.stopped = true;
    this.unregisterLocal?.();
    clearInterval(this.pollTimer);
    clearTimeout(this.retryTimer);
    clearTimeout(this.claimRetryTimer);
    const listener = this.listener;
    this.listener = undefined;
    await listener?.end().catch(() => undefined);
    await this.running;
  }

  status(): RelayStatus {
    return {
      lastPublishedAt: this.lastPublishedAt,
      failingSince: this.failingSince,
      lastError: this.lastError,
      published: this.stats.published,
    };
  }

  /** Asks for a drain; coalesces with one already running. */
  wake(): void {
    if (this.stopped) return;
    this.dirty = true;
    if (!this.running) this.running = this.drain().finally(() => (this.running = undefined));
  }

  /** Publishes until the outbox is empty or publishing fails; returns rows published. Exposed for tests. */
  async drainOnce(): Promise<number> {
    let total = 0;
    for (;;) {
      const published = await this.publishBatch();
      total += published;
      if (published < this.batchSize) return total;
    }
  }

  private async drain(): Promise<void> {
    while (this.dirty && !this.stopped) {
      this.dirty = false;
      try {
        await this.drainOnce();
        if (this.claimMissed) {
          // Writers of this process wake only us (no NOTIFY): if the other relay has already read
          // its last batch, a row committed meanwhile is left to us — look again shortly.
          this.claimMissed = false;
          clearTimeout(this.claimRetryTimer);
          this.claimRetryTimer = setTimeout(() => this.wake(), CLAIM_RETRY_MS);
          this.claimRetryTimer.unref();
        }
        this.failures = 0;
        this.failingSince = null;
        this.lastError = null;
      } catch (error) {
        this.failures += 1;
        this.failingSince ??= new Date();
        this.lastError = (error as Error).message;
        const delay = Math.min(250 * 2 ** Math.min(this.failures, 5), 5000);
        if (this.failures === 1 || this.failures % 20 === 0) {
          this.logger.warn(`outbox relay (${this.schema}): ${(error as Error).message}; retrying in ${delay} ms`);
        }
        this.retryTimer = setTimeout(() => this.wake(), delay);
        this.retryTimer.unref();
        return;
      }
    }
  }

  private async publishBatch(): Promise<number> {
    const outcome = await this.config.dataSource.transaction(async (manager): Promise<{ published: number; error?: Error }> => {
      // The claim comes first, in its own statement: the SELECT below then reads with a snapshot taken
      // after any other relay's marks committed. The marks are committed asynchronously (no wait for
      // the WAL flush): one lost in a database crash only makes the relay send the row again, which
      // JetStream drops as a duplicate (same msgID) — a row is still never marked before its PubAck.
      const [{ claimed }] = await manager.query(
        `SELECT pg_try_advisory_xact_lock(hashtext($1)) AS claimed, set_config('synchronous_commit', 'off', true)`,
        [`outbox-relay:${this.schema}`],
      );
      if (!claimed) {
        this.claimMissed = true; // another relay instance holds the outbox and publishes these rows
        return { published: 0 };
      }
      const rows: OutboxRow[] = await manager.query(
        `SELECT id, event_id, event_type, payload::text AS body, payload->>'correlationId' AS correlation_id
           FROM outbox WHERE published_at IS NULL ORDER BY id LIMIT $1`,
        [this.batchSize],
      );
      if (rows.length === 0) return { published: 0 };

      // Publishes are pipelined on one connection, so they reach the stream in row order.
      const results = await Promise.allSettled(rows.map((row) => this.publish(row)));
      results.forEach((result, i) => {
        const outcome = result.status === 'rejected' ? 'failed' : result.value.duplicate ? 'duplicate' : 'acked';
        if (outcome !== 'failed') this.stats[outcome === 'duplicate' ? 'duplicates' : 'published'] += 1;
        this.config.onSend?.(rows[i].event_id, outcome);
        if (result.status === 'fulfilled') {
          this.logger.debug?.({
            msg: 'event published',
            eventId: rows[i].event_id,
            correlationId: rows[i].correlation_id,
            eventType: rows[i].event_type,
            stream: result.value.stream,
            streamSeq: result.value.seq,
            duplicate: result.value.duplicate,
          });
        }
      });
      const firstFailure = results.findIndex((r) => r.status === 'rejected');
      const acked = firstFailure === -1 ? rows : rows.slice(0, firstFailure);
      if (acked.length > 0) {
        await manager.query(`UPDATE outbox SET published_at = now() WHERE id = ANY($1::bigint[])`, [
          acked.map((r) => r.id),
        ]);
      }
      if (firstFailure !== -1) {
        const reason = (results[firstFailure] as PromiseRejectedResult).reason as Error;
        await manager.query(`UPDATE outbox SET attempts = attempts + 1, last_error = $2 WHERE id = $1`, [
          rows[firstFailure].id,
          String(reason?.message ?? reason).slice(0, 1000),
        ]);
        // Commit what was acknowledged; drain() backs off before the rest.
        return { published: acked.length, error: reason instanceof Error ? reason : new Error(String(reason)) };
      }
      return { published: rows.length };
    });
    if (outcome.published > 0) this.lastPublishedAt = new Date();
    if (outcome.error) throw outcome.error;
    return outcome.published;
  }

  private publish(row: OutboxRow): Promise<PubAck> {
    const h = natsHeaders();
    if (row.correlation_id) h.set(HEADER_REQUEST_ID, row.correlation_id);
    return this.js.publish(`${this.config.subjectPrefix ?? ''}${row.event_type}`, row.body, {
      msgID: row.event_id,
      headers: h,
      timeout: this.publishTimeoutMs,
    });
  }

  private async listen(): Promise<void> {
    const options = this.config.dataSource.options as { url?: string };
    const client = new Client({ connectionString: options.url, application_name: `outbox-relay:${this.schema}` });
    client.on('notification', () => this.wake());
    client.on('error', (error) => {
      // The poll keeps the relay going; try to listen again shortly.
      this.logger.warn(`outbox relay listener lost: ${error.message}`);
      if (this.listener === client) {
        this.listener = undefined;
        setTimeout(() => void this.relisten(), 1000).unref();
      }
    });
    await client.connect();
    await client.query(`LISTEN "${outboxChannel(this.schema)}"`);
    this.listener = client;
  }

  private async relisten(): Promise<void> {
    if (this.stopped || this.listener) return;
    try {
      await this.listen();
      this.wake();
    } catch {
      setTimeout(() => void this.relisten(), 2000).unref();
    }
  }
}
