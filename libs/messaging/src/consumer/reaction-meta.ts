import type { EventEnvelope } from '@alliance/contracts';
import type { EventMeta } from '../outbox/outbox-writer';

/** The meta of what a service does in reaction to an event: same correlation, caused by that event. */
export function reactionMeta(
  event: Pick<EventEnvelope<object>, 'correlationId' | 'eventId'>,
  service: string,
): EventMeta {
  return {
    correlationId: event.correlationId,
    causationId: event.eventId,
    actor: { id: service, kind: 'service' },
  };
}
