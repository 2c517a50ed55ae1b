import { Inject, Injectable } from '@nestjs/common';
import { jetstreamManager, type JetStreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { DataSource } from 'typeorm';
import { streamName } from '@alliance/contracts';
import { EventHandlerRegistry } from '../consumer/event-handler-registry';
import { DeadLetterService } from '../dead-letter/dead-letter.service';
import { MessagingLifecycle } from '../messaging-lifecycle';
import { MESSAGING_OPTIONS, type MessagingOptions } from '../messaging-options';
import { NATS_CONNECTION } from '../nats/nats-connection.provider';
import type {
  ConsumerStatusView,
  OutboxBacklog,
  PipelineStatus,
  RelayStatusView,
} from '@alliance/contracts/pipeline';

/** JetStream answers in milliseconds; a status request must not hang on a server that does not. */
const JETSTREAM_INFO_TIMEOUT_MS = 2000;

/**
 * The state of this service's event pipeline, for operators: what waits in the outbox, how the relay
 * of this process fares, what each durable consumer still has to do, and the dead letters.
 */
@Injectable()
export class PipelineStatusService {
  private jsm?: JetStreamManager;

  constructor(
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    private readonly dataSource: DataSource,
    private readonly registry: EventHandlerRegistry,
    private readonly lifecycle: MessagingLifecycle,
    private readonly deadLetters: DeadLetterService,
  ) {}

  async status(): Promise<PipelineStatus> {
    const [outbox, consumers, deadLetters] = await Promise.all([
      this.outboxBacklog(),
      this.consumers(),
      this.deadLetters.counts(),
    ]);
    return {
      service: this.options.service,
      checkedAt: new Date().toISOString(),
      outbox,
      relay: this.relay(),
      consumers,
      deadLetters,
    };
  }

  /** Cheap (no I/O): what `/ready` asks for. */
  relay(): RelayStatusView | null {
    const status = this.lifecycle.relayStatus();
    if (!status) return null;
    return {
      lastPublishedAt: status.lastPublishedAt?.toISOString() ?? null,
      failingSince: status.failingSince?.toISOString() ?? null,
      failingForMs: status.failingSince ? Date.now() - status.failingSince.getTime() : null,
      lastError: status.lastError,
      published: status.published,
    };
  }

  async outboxBacklog(): Promise<OutboxBacklog> {
    // The partial index on unpublished rows keeps this cheap however long the outbox grows.
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS unpublished,
              min(created_at) AS oldest,
              (extract(epoch FROM now() - min(created_at)) * 1000)::bigint AS oldest_age_ms,
              (SELECT last_error FROM outbox WHERE published_at IS NULL AND last_error IS NOT NULL ORDER BY id DESC LIMIT 1) AS last_error
         FROM outbox WHERE published_at IS NULL`,
    );
    return {
      unpublished: row.unpublished,
      oldestUnpublishedAt: row.oldest ? new Date(row.oldest).toISOString() : null,
      oldestAgeMs: row.oldest_age_ms === null ? null : Number(row.oldest_age_ms),
      lastError: row.last_error,
    };
  }

  /** One entry per producing context this service consumes (its durable is named after the service). */
  async consumers(): Promise<ConsumerStatusView[]> {
    const durable = this.options.service;
    return Promise.all(
      this.registry.contexts().map(async (context): Promise<ConsumerStatusView> => {
        const stream = streamName(context, this.options.streamPrefix ?? '');
        try {
          const info = await (await this.manager()).consumers.info(stream, durable);
          return {
            context,
            stream,
            durable,
            numPending: info.num_pending,
            numAckPending: info.num_ack_pending,
            numRedelivered: info.num_redelivered,
            error: null,
          };
        } catch (error) {
          return {
            context,
            stream,
            durable,
            numPending: null,
            numAckPending: null,
            numRedelivered: null,
            error: (error as Error).message,
          };
        }
      }),
    );
  }

  private async manager(): Promise<JetStreamManager> {
    this.jsm ??= await jetstreamManager(this.nc, { timeout: JETSTREAM_INFO_TIMEOUT_MS, checkAPI: false });
    return this.jsm;
  }
}
