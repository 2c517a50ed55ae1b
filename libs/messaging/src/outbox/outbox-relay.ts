import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { jetstream, type JetStreamClient, type PubAck } from '@nats-io/jetstream';
import { headers as natsHeaders, type NatsConnection } from '@nats-io/transport-node';
import { HEADER_REQUEST_ID } from '@alliance/contracts';
import { outboxChannel } from './outbox-channel';
import { outboxKey, registerLocalRelay } from './outbox-notifier';
import { RelayConnection, type OutboxRow } from './relay-connection';
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
  /** Claims, reads and marks batches (a connection of its own, outside the service's pool). */
  private readonly connection: RelayConnection;
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
    this.connection = new RelayConnection((config.dataSource.options as { url?: string }).url, schema);
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
    await this.connection.close();
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
    const claim = await this.connection.claim(this.batchSize);
    if (!claim.claimed) {
      this.claimMissed = true; // another relay instance holds the outbox and publishes these rows
      return 0;
    }
    const { rows } = claim;
    let marked = false;
    try {
      if (rows.length === 0) {
        await this.connection.finish([]);
        marked = true;
        return 0;
      }
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
      // Every acknowledged row is marked, also those after a failed one: in a leader election a PubAck
      // can be lost while later ones arrive, and a row sent again after its PubAck would be a
      // second send. The failed row then reaches the stream after them; consumers put versions of
      // one aggregate back in order (ConsumerRunner).
      const firstFailure = results.findIndex((r) => r.status === 'rejected');
      const acked = rows.filter((_, i) => results[i].status === 'fulfilled');
      const reason = firstFailure === -1 ? undefined : ((results[firstFailure] as PromiseRejectedResult).reason as unknown);
      // What was acknowledged is committed either way; drain() backs off before the rest.
      await this.connection.finish(
        acked.map((r) => r.id),
        reason === undefined ? undefined : { id: rows[firstFailure].id, error: String((reason as Error)?.message ?? reason) },
      );
      marked = true;
      if (acked.length > 0) this.lastPublishedAt = new Date();
      if (reason !== undefined) throw reason instanceof Error ? reason : new Error(String(reason));
      return rows.length;
    } finally {
      if (!marked) await this.connection.abort();
    }
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
