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

  constructor(
    private readonly nc: NatsConnection,
    private readonly naming: StreamNaming,
    private readonly duplicateWindowMs = 10 * 60_000,
  ) {}

  streamFor(context: string): string {
    return streamName(context, this.naming.streamPrefix);
  }

  async ensureStream(context: string): Promise<string> {
    const jsm = await this.manager();
    const name = this.streamFor(context);
    const config: Partial<StreamConfig> & { name: string } = {
      name,
      subjects: [streamSubjects(context, this.naming.subjectPrefix)],
      retention: RetentionPolicy.Limits,
      storage: StorageType.File,
      duplicate_window: nanos(this.duplicateWindowMs),
      num_replicas: 1,
    };
    try {
      const info = await jsm.streams.info(name);
      const sameSubjects = JSON.stringify(info.config.subjects) === JSON.stringify(config.subjects);
      if (!sameSubjects || info.config.duplicate_window !== config.duplicate_window) {
        await jsm.streams.update(name, { subjects: config.subjects, duplicate_window: config.duplicate_window });
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
    const stream = await this.ensureStream(spec.context);
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
