export interface RelayOptions {
  /** Run the outbox relay in this process (default true). */
  enabled?: boolean;
  /** Rows published per batch (default 256). */
  batchSize?: number;
  /** Fallback poll when no NOTIFY arrives (default 1000 ms). */
  pollIntervalMs?: number;
  /** Wait for each PubAck at most this long (default 3000 ms). */
  publishTimeoutMs?: number;
}

export interface ConsumerOptions {
  /**
   * Deliveries after which a failing event is dead-lettered (default 5). An event that arrived before an
   * earlier version of its aggregate waits up to twice as many deliveries.
   */
  maxDeliver?: number;
  /** First redelivery delay after a transient failure; doubles per attempt (default 500 ms). */
  nakDelayMs?: number;
  /** Upper bound of the redelivery delay (default 30 s). */
  maxNakDelayMs?: number;
  /** How long the server waits for an ack before redelivering (default 30 s). */
  ackWaitMs?: number;
  /**
   * Messages pulled at once, and the most applied in one transaction (default 128); up to twice as
   * many wait in the process. Keep batch × the slowest reaction well under `ackWaitMs`.
   */
  batch?: number;
}

export interface MessagingOptions {
  /** The service's name: durable consumer names, inbox consumer key, RPC queue group. */
  service: string;
  natsUrl: string;
  /** Prepended to every event and RPC subject ('' in production, unique per test run). */
  subjectPrefix?: string;
  /** Prepended to every stream name ('' in production, unique per test run). */
  streamPrefix?: string;
  /** Contexts whose stream this service publishes to; the stream is ensured at start. */
  publishes?: string[];
  relay?: RelayOptions;
  consumer?: ConsumerOptions;
  /** JetStream duplicate window: longer than any relay retry (default 10 minutes). */
  duplicateWindowMs?: number;
  /** Replicas of the streams this service ensures (default 1; 3 on a three-node JetStream cluster). */
  streamReplicas?: number;
}

export const MESSAGING_OPTIONS = Symbol('MESSAGING_OPTIONS');

export const DEFAULT_NATS_URL = 'nats://127.0.0.1:4222';

/** `NATS_URL`: one server, or several comma-separated (the members of a cluster; any one will do to connect). */
export function natsUrlFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return env.NATS_URL?.trim() || DEFAULT_NATS_URL;
}

/** `STREAM_REPLICAS`: 1 (default) on a single server, 3 (or 5) on a JetStream cluster of that many nodes. */
export function streamReplicasFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.STREAM_REPLICAS?.trim();
  if (!raw) return 1;
  const replicas = Number(raw);
  if (!Number.isInteger(replicas) || replicas < 1 || replicas > 5) {
    throw new Error(`STREAM_REPLICAS must be a whole number from 1 to 5 (got "${raw}")`);
  }
  return replicas;
}
