import { connect, type NatsConnection } from '@nats-io/transport-node';

/**
 * A connection that never gives up: services outlive NATS outages, and the relay and consumers
 * resume by themselves when the server is back.
 */
export function connectNats(url: string, name: string): Promise<NatsConnection> {
  return connect({
    servers: url.split(',').map((s) => s.trim()),
    name,
    maxReconnectAttempts: -1,
    reconnectTimeWait: 250,
    waitOnFirstConnect: true,
    pingInterval: 10_000,
    // Otherwise the client builds two Errors per request just in case it fails (≈4 % of the gateway's CPU under
    // load); a failed request is identified by its subject and code, not by the client's stack.
    noAsyncTraces: true,
  });
}
