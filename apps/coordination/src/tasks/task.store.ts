import { randomUUID } from 'node:crypto';
import { Role, type RpcCaller } from '@alliance/contracts';
import {
  TaskOrder,
  type ListTasksDto,
  type TaskKind,
  type TaskPage,
  type TaskView,
} from '@alliance/contracts/coordination';
import { decodePageCursor, encodePageCursor } from '@alliance/persistence';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/** Who a task waits on: an organisation (done by one of its accounts of `role`) or one account. */
export type TaskAudience =
  | { organisationId: string; role: string; accountId?: undefined }
  | { accountId: string; organisationId?: string | null; role?: undefined };

export interface OpenTask {
  kind: TaskKind;
  subjectId: string;
  audience: TaskAudience;
  title: string;
  link: string;
  parentId?: string | null;
  dueAt?: string | null;
  expiresAt?: string | null;
  /** When the thing to do arose (the event's occurredAt). */
  at: string;
}

/** An organisation's task is done by its representative. */
export const representativeOf = (organisationId: string): TaskAudience => ({
  organisationId,
  role: Role.MemberRep,
});

function audienceKey(a: TaskAudience): string {
  return a.accountId !== undefined ? `account:${a.accountId}` : `organisation:${a.organisationId}`;
}

const DEFAULT_LIMIT = 50;
/** Sorts after every due date: tasks without one come last in `due` order. */
const NO_DUE = 'infinity';

/**
 * The task rows and the caller's list. Writes happen inside an event's transaction (the handlers'), so the
 * row and the inbox record commit together; every write is idempotent (an upsert or a conditional update).
 */
@Injectable()
export class TaskStore {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /**
   * Opens the task, or opens it again (a corrective action sent back): it keeps the title and the time it
   * first arose, so a reopened task says what it said first and keeps its place in `newest` order.
   */
  async open(manager: EntityManager, task: OpenTask): Promise<void> {
    const a = task.audience;
    await manager.query(
      `INSERT INTO task (id, kind, subject_id, audience, organisation_id, account_id, role, parent_id, title, link,
                         due_at, expires_at, open, created_at, closed_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, true, $13, NULL, $13)
       ON CONFLICT ON CONSTRAINT task_subject_audience DO UPDATE
         SET open = true, closed_at = NULL, due_at = EXCLUDED.due_at, expires_at = EXCLUDED.expires_at,
             parent_id = COALESCE(EXCLUDED.parent_id, task.parent_id), updated_at = EXCLUDED.updated_at`,
      [
        randomUUID(),
        task.kind,
        task.subjectId,
        audienceKey(a),
        a.organisationId ?? null,
        a.accountId ?? null,
        a.role ?? null,
        task.parentId ?? null,
        task.title,
        task.link,
        task.dueAt ?? null,
        task.expiresAt ?? null,
        task.at,
      ],
    );
  }

  /** Done (or no longer owed) for one organisation or account. */
  async close(
    manager: EntityManager,
    kind: TaskKind,
    subjectId: string,
    audience: TaskAudience,
    at: string,
  ): Promise<void> {
    await manager.query(
      `UPDATE task SET open = false, closed_at = $4, updated_at = $4
        WHERE kind = $1 AND subject_id = $2 AND audience = $3 AND open`,
      [kind, subjectId, audienceKey(audience), at],
    );
  }

  /** Done for everyone it waited on (a notice withdrawn, a booking decided); `except` keeps those accounts'. */
  async closeSubject(
    manager: EntityManager,
    kind: TaskKind,
    subjectId: string,
    at: string,
    except: { accountIds: string[] } = { accountIds: [] },
  ): Promise<void> {
    await manager.query(
      `UPDATE task SET open = false, closed_at = $3, updated_at = $3
        WHERE kind = $1 AND subject_id = $2 AND open
          AND (account_id IS NULL OR NOT (account_id = ANY($4::text[])))`,
      [kind, subjectId, at, except.accountIds],
    );
  }

  /** Everything of this kind that belongs to what ended (a cancelled session's promotions). */
  async closeParent(manager: EntityManager, kind: TaskKind, parentId: string, at: string): Promise<void> {
    await manager.query(
      `UPDATE task SET open = false, closed_at = $3, updated_at = $3 WHERE kind = $1 AND parent_id = $2 AND open`,
      [kind, parentId, at],
    );
  }

  /**
   * The caller's open tasks: its own (an inspector's audits) and its organisation's for its role (a
   * representative's). An organisation that left the alliance owes nothing any more, and a task past its
   * `expires_at` can no longer be done: neither is listed.
   */
  async list(caller: RpcCaller | null, query: ListTasksDto): Promise<TaskPage> {
    if (!caller) return { items: [], nextCursor: null };
    const order = query.order ?? TaskOrder.Due;
    const limit = query.limit ?? DEFAULT_LIMIT;
    const cursor = decodePageCursor(query.cursor, (key) => key === NO_DUE || !Number.isNaN(Date.parse(key)));
    const params: unknown[] = [caller.userId, caller.organisationId ?? null, caller.role];
    const where = [
      `t.open`,
      `(t.account_id = $1 OR (t.organisation_id = $2 AND t.role = $3))`,
      `(t.expires_at IS NULL OR t.expires_at > now())`,
      `NOT EXISTS (SELECT 1 FROM member_organisation m WHERE m.organisation_id = t.organisation_id
                      AND t.account_id IS NULL AND m.status IN ('withdrawn', 'expelled'))`,
    ];
    if (query.kind) {
      params.push(query.kind);
      where.push(`t.kind = $${params.length}`);
    }
    const sortKey = order === TaskOrder.Due ? `COALESCE(t.due_at, 'infinity'::timestamptz)` : `t.created_at`;
    if (cursor) {
      params.push(cursor.key, cursor.id);
      const k = `$${params.length - 1}::timestamptz`;
      const id = `$${params.length}::uuid`;
      where.push(
        order === TaskOrder.Due ? `(${sortKey}, t.id) > (${k}, ${id})` : `(${sortKey}, t.id) < (${k}, ${id})`,
      );
    }
    params.push(limit + 1);
    const direction = order === TaskOrder.Due ? 'ASC' : 'DESC';
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT t.* FROM task t WHERE ${where.join(' AND ')}
        ORDER BY ${sortKey} ${direction}, t.id ${direction} LIMIT $${params.length}`,
      params,
    );
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    const nextCursor =
      rows.length > limit && last
        ? encodePageCursor({
            key:
              order === TaskOrder.Due
                ? ((last.due_at as Date | null)?.toISOString() ?? NO_DUE)
                : (last.created_at as Date).toISOString(),
            id: last.id as string,
          })
        : null;
    const now = Date.now();
    return { items: page.map((r) => toView(r, now)), nextCursor };
  }
}

function toView(r: Record<string, unknown>, now: number): TaskView {
  const due = (r.due_at as Date | null) ?? null;
  return {
    id: r.id as string,
    kind: r.kind as TaskKind,
    title: r.title as string,
    subjectId: r.subject_id as string,
    link: r.link as string,
    dueAt: due?.toISOString() ?? null,
    overdue: due !== null && due.getTime() < now,
    organisationId: (r.organisation_id as string | null) ?? null,
    createdAt: (r.created_at as Date).toISOString(),
  };
}
