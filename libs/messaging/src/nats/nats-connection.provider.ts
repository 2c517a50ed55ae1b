import type { NatsConnection } from '@nats-io/transport-node';

/** Injection token of the service's own NATS connection (JetStream: relay and consumers). */
export const NATS_CONNECTION = Symbol('NATS_CONNECTION');
export type { NatsConnection };
