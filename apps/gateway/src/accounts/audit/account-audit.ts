import { Inject, Injectable } from '@nestjs/common';
import { DataSource, LessThan, type EntityManager, type FindOptionsWhere } from 'typeorm';
import type { AccountEntity } from '../account.entity';
import { AccountEventEntity, type AccountAction, type AccountEventDetails } from './account-event.entity';
import type { AccountEventsQuery } from './account-events.query';

/** Who made a change: an account, or the gateway itself (null). */
export interface Actor {
  userId: string;
  username: string;
}

export interface AccountEventView {
  id: string;
  accountId: string;
  username: string;
  action: AccountAction;
  actor: { id: string; username: string | null } | null;
  details: AccountEventDetails;
  at: string;
}

export interface AccountEventPage {
  items: AccountEventView[];
  nextCursor: string | null;
}

const DEFAULT_LIMIT = 50;

function toView(event: AccountEventEntity): AccountEventView {
  return {
    id: event.id,
    accountId: event.accountId,
    username: event.username,
    action: event.action,
    actor: event.actorId ? { id: event.actorId, username: event.actorUsername } : null,
    details: event.details,
    at: event.at.toISOString(),
  };
}

/** The account trail: written with each change (same transaction), read by admins. */
@Injectable()
export class AccountAudit {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async record(
    manager: EntityManager,
    account: Pick<AccountEntity, 'id' | 'username'>,
    action: AccountAction,
    actor: Actor | null,
    details: AccountEventDetails = {},
  ): Promise<void> {
    await manager.getRepository(AccountEventEntity).insert({
      accountId: account.id,
      username: account.username,
      action,
      actorId: actor?.userId ?? null,
      actorUsername: actor?.username ?? null,
      details,
      at: new Date(),
    });
  }

  async list(query: AccountEventsQuery): Promise<AccountEventPage> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const where: FindOptionsWhere<AccountEventEntity> = {};
    if (query.accountId) where.accountId = query.accountId;
    if (query.cursor) where.id = LessThan(query.cursor);
    // Ids grow with each insert, so id order is newest first and a stable cursor.
    const rows = await this.dataSource
      .getRepository(AccountEventEntity)
      .find({ where, order: { id: 'DESC' }, take: limit + 1 });
    const items = rows.slice(0, limit).map(toView);
    return { items, nextCursor: rows.length > limit ? items[items.length - 1].id : null };
  }
}
