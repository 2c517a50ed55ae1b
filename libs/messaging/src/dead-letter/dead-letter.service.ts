import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ErrorCode } from '@alliance/contracts';
import { DeadLetter } from './dead-letter.entity';
import { applyOnce } from '../consumer/event-applier';
import { decodeEnvelope, validateEventData } from '../consumer/event-decoder';
import { EventHandlerRegistry } from '../consumer/event-handler-registry';
import { DomainError } from '../rpc/domain-error';

export interface DeadLetterView {
  id: string;
  consumer: string;
  stream: string;
  subject: string;
  streamSeq: string;
  eventId: string | null;
  eventType: string | null;
  payload: string;
  error: string;
  deliveries: number;
  failedAt: string;
  replayedAt: string | null;
  replayError: string | null;
}

export interface DeadLetterQuery {
  pendingOnly?: boolean;
  after?: string;
  limit?: number;
}

export interface ReplayResult {
  id: string;
  outcome: 'applied' | 'duplicate';
}

/** Dead letters of this service: listed for admins, and replayed once the cause is fixed. */
@Injectable()
export class DeadLetterService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly registry: EventHandlerRegistry,
  ) {}

  async list(query: DeadLetterQuery = {}): Promise<{ items: DeadLetterView[]; nextCursor: string | null }> {
    const limit = Math.min(Math.max(query.limit ?? 50, 1), 200);
    const qb = this.dataSource.getRepository(DeadLetter).createQueryBuilder('d').orderBy('d.id', 'ASC').take(limit + 1);
    if (query.pendingOnly) qb.andWhere('d.replayed_at IS NULL');
    if (query.after) qb.andWhere('d.id > :after', { after: query.after });
    const rows = await qb.getMany();
    const page = rows.slice(0, limit);
    return { items: page.map(toView), nextCursor: rows.length > limit ? page[page.length - 1].id : null };
  }

  /**
   * Applies a dead letter through the same inbox + reaction path as live delivery. `correctedPayload`
   * lets an admin repair an event that can never be decoded as it was sent.
   */
  async replay(id: string, correctedPayload?: unknown): Promise<ReplayResult> {
    const repo = this.dataSource.getRepository(DeadLetter);
    const letter = await repo.findOneBy({ id });
    if (!letter) throw new DomainError(ErrorCode.NotFound, `dead letter ${id} not found`);
    if (letter.replayedAt) throw new DomainError(ErrorCode.Conflict, `dead letter ${id} was already replayed`);
    const bytes = correctedPayload === undefined ? letter.payload : Buffer.from(JSON.stringify(correctedPayload));
    try {
      const envelope = decodeEnvelope(bytes);
      const handler = this.registry.handlerFor(envelope.type);
      if (!handler) throw new Error(`no handler for ${envelope.type} in this service`);
      validateEventData(envelope, handler.dataClass);
      const outcome = await applyOnce(this.dataSource, letter.consumer, envelope, handler.reaction);
      await repo.update({ id }, { replayedAt: new Date(), replayError: null });
      return { id, outcome };
    } catch (error) {
      const message = (error as Error).message;
      await repo.update({ id }, { replayError: message.slice(0, 4000) });
      throw new DomainError(ErrorCode.BusinessRuleViolated, `replay of dead letter ${id} failed: ${message}`);
    }
  }
}

function toView(d: DeadLetter): DeadLetterView {
  return {
    id: d.id,
    consumer: d.consumer,
    stream: d.stream,
    subject: d.subject,
    streamSeq: d.streamSeq,
    eventId: d.eventId,
    eventType: d.eventType,
    payload: d.payload.toString('utf8'),
    error: d.error,
    deliveries: d.deliveries,
    failedAt: d.failedAt.toISOString(),
    replayedAt: d.replayedAt?.toISOString() ?? null,
    replayError: d.replayError,
  };
}
