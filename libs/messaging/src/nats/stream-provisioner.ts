import {
  AckPolicy,
  DeliverPolicy,
  JetStreamApiError,
  RetentionPolicy,
  StorageType,
  jetstreamManager,
  type JetStreamManager,
  type StreamConfig,
} from '@nats-io/jetstream';
import { nanos, type NatsConnection } from '@nats-io/transport-node';
import { streamName, streamSubjects } from '@alliance/contracts';

export interface StreamNaming {
  subjectPrefix: string;
  streamPrefix: string;
}

export interface StreamOptions {
  /** JetStream duplicate window: longer than any relay retry (default 10 minutes). */
  duplicateWindowMs?: number;
  /** Copies of each stream kept by a JetStream cluster (default 1; 3 on a three-node cluster). */
  replicas?: number;
}

export interface DurableConsumerSpec {
  context: string;
  durable: string;
  maxDeliver: number;
  ackWaitMs: number;
}

/**
 * Idempotent provisioning: producers and consumers both ensure the stream, so either may start
 * first; a concurrent creator winning the race is not an error.
 */
export class StreamProvisioner {
  private jsm?: JetStreamManager;
  private readonly duplicateWindowMs: number;
  private readonly replicas: number;

  constructor(
    private readonly nc: NatsConnection,
    private readonly naming: StreamNaming,
    options: StreamOptions = {},
  ) {
    this.duplicateWindowMs = options.duplicateWindowMs ?? 10 * 60_000;
    this.replicas = options.replicas ?? 1;
  }

  streamFor(context: string): string {
    return streamName(context, this.naming.streamPrefix);
  }

  /**
   * Creates the context's stream if it is missing. The producer (`owner`, the default) also brings an
   * existing stream to its configuration; a consumer never changes another service's stream — a
   * consumer started without STREAM_REPLICAS must not shrink a replicated stream.
   */
  async ensureStream(context: string, { owner = true }: { owner?: boolean } = {}): Promise<string> {
    const jsm = await this.manager();
    const name = this.streamFor(context);
    const config: Partial<StreamConfig> & { name: string } = {
      name,
      subjects: [streamSubjects(context, this.naming.subjectPrefix)],
      retention: RetentionPolicy.Limits,
      storage: StorageType.File,
      duplicate_window: nanos(this.duplicateWindowMs),
      num_replicas: this.replicas,
    };
    try {
      const info = await jsm.streams.info(name);
      if (!owner) return name;
      const sameSubjects = JSON.stringify(info.config.subjects) === JSON.stringify(config.subjects);
      if (
        !sameSubjects ||
        info.config.duplicate_window !== config.duplicate_window ||
        info.config.num_replicas !== config.num_replicas
      ) {
        // A cluster moves a stream to more (or fewer) replicas in place, keeping its messages.
        await jsm.streams.update(name, {
          subjects: config.subjects,
          duplicate_window: config.duplicate_window,
          num_replicas: config.num_replicas,
        });
      }
    } catch (error) {
      if (!isNotFound(error)) throw error;
      try {
        await jsm.streams.add(config);
      } catch (addError) {
        if (!isAlreadyInUse(addError)) throw addError;
      }
    }
    return name;
  }

  async ensureDurableConsumer(spec: DurableConsumerSpec): Promise<string> {
    const jsm = await this.manager();
    const stream = await this.ensureStream(spec.context, { owner: false });
    const config = {
      durable_name: spec.durable,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
      filter_subject: streamSubjects(spec.context, this.naming.subjectPrefix),
      ack_wait: nanos(spec.ackWaitMs),
      // One more than our own limit: the runner dead-letters on the last delivery itself.
      max_deliver: spec.maxDeliver + 1,
      max_ack_pending: 1000,
    };
    try {
      await jsm.consumers.info(stream, spec.durable);
      await jsm.consumers.update(stream, spec.durable, {
        ack_wait: config.ack_wait,
        max_deliver: config.max_deliver,
        max_ack_pending: config.max_ack_pending,
      });
    } catch (error) {
      if (!isNotFound(error)) throw error;
      try {
        await jsm.consumers.add(stream, config);
      } catch (addError) {
        if (!isAlreadyInUse(addError)) throw addError;
      }
    }
    return stream;
  }

  async deleteStreamsWithPrefix(prefix: string): Promise<void> {
    const jsm = await this.manager();
    for await (const info of jsm.streams.list()) {
      if (info.config.name.startsWith(prefix)) await jsm.streams.delete(info.config.name);
    }
  }

  private async manager(): Promise<JetStreamManager> {
    this.jsm ??= await jetstreamManager(this.nc);
    return this.jsm;
  }
}

function isNotFound(error: unknown): boolean {
  if (error instanceof JetStreamApiError) return error.status === 404;
  return /not found/i.test(String((error as Error)?.message));
}

function isAlreadyInUse(error: unknown): boolean {
  return /already in use|already exists/i.test(String((error as Error)?.message));
}
