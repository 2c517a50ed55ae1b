import type { DataSource } from 'typeorm';
import type { EventEnvelope } from '@alliance/contracts';
import type { EventReaction } from './event-handler.decorators';

export type ApplyOutcome = 'applied' | 'duplicate';

/**
 * Rule 3: the inbox row and the reaction commit in one transaction. A conflicting inbox row means
 * the event was applied before (a redelivery or a replay): nothing is done again.
 */
export async function applyOnce(
  dataSource: DataSource,
  consumer: string,
  envelope: EventEnvelope,
  reaction: EventReaction,
): Promise<ApplyOutcome> {
  return dataSource.transaction(async (manager) => {
    const inserted: unknown[] = await manager.query(
      `INSERT INTO inbox (consumer, event_id, event_type) VALUES ($1, $2, $3)
       ON CONFLICT (consumer, event_id) DO NOTHING RETURNING event_id`,
      [consumer, envelope.eventId, envelope.type],
    );
    if (inserted.length === 0) return 'duplicate';
    await reaction(envelope, manager);
    return 'applied';
  });
}
