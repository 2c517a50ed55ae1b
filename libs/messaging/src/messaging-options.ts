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
}

export const MESSAGING_OPTIONS = Symbol('MESSAGING_OPTIONS');

export const DEFAULT_NATS_URL = 'nats://127.0.0.1:4222';

export function natsUrlFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return env.NATS_URL?.trim() || DEFAULT_NATS_URL;
}
