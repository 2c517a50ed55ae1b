import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ErrorCode, SYSTEM_ACTOR, type EventEnvelope } from '@alliance/contracts';
import { DeadLetter, type DeadLetterActor } from './dead-letter.entity';
import { decodeEnvelope, validateEventData } from '../consumer/event-decoder';
import { EventHandlerRegistry } from '../consumer/event-handler-registry';
import type { EventReaction } from '../consumer/event-handler.decorators';
import { DomainError } from '../rpc/domain-error';
import type {
  DeadLetterCounts,
  DeadLetterPage,
  DeadLetterStatus,
  DeadLetterStatusFilter,
  DeadLetterView,
  ReplayResult,
} from '@alliance/contracts/pipeline';

export interface DeadLetterQuery {
  /** Default `open`: neither replayed nor discarded. */
  status?: DeadLetterStatusFilter;
  /** @deprecated use `status`; `true` is `open`, `false` is `all`. */
  pendingOnly?: boolean;
  consumer?: string;
  after?: string;
  limit?: number;
}

export const SYSTEM_DEAD_LETTER_ACTOR: DeadLetterActor = { id: SYSTEM_ACTOR.id, kind: 'service' };

const OPEN = 'd.replayed_at IS NULL AND d.discarded_at IS NULL';

/**
 * Dead letters of this service: listed for admins, replayed once the cause is fixed (optionally with a
 * corrected payload), or discarded with a reason. Nothing is deleted: a replayed or discarded letter
 * keeps who did it and when.
 */
@Injectable()
export class DeadLetterService {
  private readonly logger = new Logger('DeadLetters');

  constructor(
    private readonly dataSource: DataSource,
    private readonly registry: EventHandlerRegistry,
  ) {}

  async list(query: DeadLetterQuery = {}): Promise<DeadLetterPage> {
    const limit = Math.min(Math.max(query.limit ?? 50, 1), 200);
    const status = query.status ?? (query.pendingOnly === false ? 'all' : 'open');
    const qb = this.dataSource
      .getRepository(DeadLetter)
      .createQueryBuilder('d')
      .orderBy('d.id', 'ASC')
      .take(limit + 1);
    if (status === 'open') qb.andWhere(OPEN);
    if (status === 'replayed') qb.andWhere('d.replayed_at IS NOT NULL');
    if (status === 'discarded') qb.andWhere('d.discarded_at IS NOT NULL');
    if (query.consumer) qb.andWhere('d.consumer = :consumer', { consumer: query.consumer });
    if (query.after) qb.andWhere('d.id > :after', { after: query.after });
    const rows = await qb.getMany();
    const page = rows.slice(0, limit);
    return { items: page.map(toView), nextCursor: rows.length > limit ? page[page.length - 1].id : null };
  }

  async counts(): Promise<DeadLetterCounts> {
    const [row] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE replayed_at IS NULL AND discarded_at IS NULL)::int AS open,
              count(*) FILTER (WHERE replayed_at IS NOT NULL)::int AS replayed,
              count(*) FILTER (WHERE discarded_at IS NOT NULL)::int AS discarded,
              min(failed_at) FILTER (WHERE replayed_at IS NULL AND discarded_at IS NULL) AS oldest_open_at
         FROM dead_letter`,
    );
    return {
      open: row.open,
      replayed: row.replayed,
      discarded: row.discarded,
      oldestOpenAt: row.oldest_open_at ? new Date(row.oldest_open_at).toISOString() : null,
    };
  }

  /**
   * Applies a dead letter through the inbox + reaction rule of live delivery (rule 3). `correctedPayload`
   * lets an admin repair an event that can never be decoded as it was sent.
   *
   * The letter is locked, applied and marked replayed in one transaction: a concurrent replay or
   * discard of the same letter waits and then finds it replayed (409), and a crash cannot leave an
   * applied event marked open. A failed replay rolls back and records why on the letter.
   */
  async replay(
    id: string,
    correctedPayload?: unknown,
    actor: DeadLetterActor = SYSTEM_DEAD_LETTER_ACTOR,
  ): Promise<ReplayResult> {
    let eventId: string | null = null;
    try {
      return await this.dataSource.transaction(async (manager) => {
        const letter = await this.lockOpen(manager, id);
        eventId = letter.eventId;
        const bytes =
          correctedPayload === undefined ? letter.payload : Buffer.from(JSON.stringify(correctedPayload));
        const envelope = decodeEnvelope(bytes);
        eventId = envelope.eventId;
        const handler = this.registry.handlerFor(envelope.type);
        if (!handler) throw new Error(`no handler for ${envelope.type} in this service`);
        validateEventData(envelope, handler.dataClass);
        const outcome = await applyInTransaction(manager, letter.consumer, envelope, handler.reaction);
        await manager.update(
          DeadLetter,
          { id },
          { replayedAt: new Date(), replayedBy: actor, replayError: null },
        );
        this.logger.log({
          msg: 'dead letter replayed',
          deadLetterId: id,
          eventId: envelope.eventId,
          correlationId: envelope.correlationId,
          consumer: letter.consumer,
          outcome,
          corrected: correctedPayload !== undefined,
          actor,
        });
        return { id, outcome };
      });
    } catch (error) {
      if (error instanceof DomainError) throw error; // not found, already replayed or discarded
      const message = (error as Error).message;
      // After the rollback, so the list shows why the last replay failed; only on a letter still open.
      await this.dataSource
        .query(
          `UPDATE dead_letter SET replay_error = $2 WHERE id = $1 AND replayed_at IS NULL AND discarded_at IS NULL`,
          [id, message.slice(0, 4000)],
        )
        .catch(() => undefined);
      this.logger.warn({
        msg: 'dead letter replay failed',
        deadLetterId: id,
        eventId,
        error: message,
        actor,
      });
      throw new DomainError(ErrorCode.BusinessRuleViolated, `replay of dead letter ${id} failed: ${message}`);
    }
  }

  /** Closes a letter that should never be applied; it is kept with the reason, who and when. */
  async discard(
    id: string,
    reason: string,
    actor: DeadLetterActor = SYSTEM_DEAD_LETTER_ACTOR,
  ): Promise<DeadLetterView> {
    const trimmed = reason.trim();
    if (!trimmed) {
      throw new DomainError(ErrorCode.ValidationFailed, 'a reason is required to discard a dead letter', {
        fields: [{ field: 'reason', reasons: ['reason must not be blank'] }],
      });
    }
    return this.dataSource.transaction(async (manager) => {
      await this.lockOpen(manager, id);
      await manager.update(
        DeadLetter,
        { id },
        { discardedAt: new Date(), discardReason: trimmed, discardedBy: actor },
      );
      const letter = await manager.findOneByOrFail(DeadLetter, { id });
      this.logger.log({
        msg: 'dead letter discarded',
        deadLetterId: id,
        eventId: letter.eventId,
        reason: trimmed,
        actor,
      });
      return toView(letter);
    });
  }

  private async lockOpen(manager: EntityManager, id: string): Promise<DeadLetter> {
    const letter = await manager.findOne(DeadLetter, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!letter) throw new DomainError(ErrorCode.NotFound, `dead letter ${id} not found`);
    if (letter.replayedAt)
      throw new DomainError(ErrorCode.Conflict, `dead letter ${id} was already replayed`);
    if (letter.discardedAt) throw new DomainError(ErrorCode.Conflict, `dead letter ${id} was discarded`);
    return letter;
  }
}

/**
 * Rule 3 inside the caller's transaction (the live path, applyOnce, opens its own): a conflicting
 * inbox row means the event was applied before, and nothing is done again.
 */
async function applyInTransaction(
  manager: EntityManager,
  consumer: string,
  envelope: EventEnvelope,
  reaction: EventReaction,
): Promise<ReplayResult['outcome']> {
  const inserted: unknown[] = await manager.query(
    `INSERT INTO inbox (consumer, event_id, event_type) VALUES ($1, $2, $3)
     ON CONFLICT (consumer, event_id) DO NOTHING RETURNING event_id`,
    [consumer, envelope.eventId, envelope.type],
  );
  if (inserted.length === 0) return 'duplicate';
  await reaction(envelope, manager);
  return 'applied';
}

function statusOf(d: DeadLetter): DeadLetterStatus {
  if (d.replayedAt) return 'replayed';
  if (d.discardedAt) return 'discarded';
  return 'open';
}

export function toView(d: DeadLetter): DeadLetterView {
  return {
    id: d.id,
    status: statusOf(d),
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
    replayedBy: d.replayedBy,
    replayError: d.replayError,
    discardedAt: d.discardedAt?.toISOString() ?? null,
    discardedBy: d.discardedBy,
    discardReason: d.discardReason,
  };
}
