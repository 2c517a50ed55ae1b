import { HEADER_REQUEST_ID, type EventEnvelope } from '@alliance/contracts';
import { jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { waitFor } from './wait-for';

export interface StreamEvent {
  seq: number;
  subject: string;
  /** The request id header the relay copied from the event (absent on events no request caused). */
  requestIdHeader: string | undefined;
  envelope: EventEnvelope;
}

/** Every event on a stream, in stream order (what a new consumer would read from the start). */
export async function readStreamEvents(nc: NatsConnection, stream: string): Promise<StreamEvent[]> {
  const jsm = await jetstreamManager(nc);
  const info = await jsm.streams.info(stream);
  const events: StreamEvent[] = [];
  if (info.state.messages === 0) return events;
  for (let seq = info.state.first_seq; seq <= info.state.last_seq; seq++) {
    const message = await jsm.streams.getMessage(stream, { seq });
    if (!message) continue;
    events.push({
      seq,
      subject: message.subject,
      requestIdHeader: message.header?.get(HEADER_REQUEST_ID) || undefined,
      envelope: message.json<EventEnvelope>(),
    });
  }
  return events;
}

/** Waits until `count` events of one aggregate are on the stream and returns them in stream order. */
export function waitForAggregateEvents(
  nc: NatsConnection,
  stream: string,
  aggregateId: string,
  count: number,
  timeoutMs = 15_000,
): Promise<StreamEvent[]> {
  return waitFor(
    async () => {
      const events = (await readStreamEvents(nc, stream)).filter(
        (e) => e.envelope.aggregateId === aggregateId,
      );
      return events.length >= count ? events : null;
    },
    { timeoutMs, what: `${count} events of ${aggregateId} on ${stream}` },
  );
}
