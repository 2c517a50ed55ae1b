import { DomainError, ErrorCode, Role, type RpcCaller } from '@alliance/contracts';
import {
  CoordinationEvent,
  type AcknowledgeNoticeDto,
  type AcknowledgementReport,
  type AudienceView,
  type CreateNoticeDto,
  type ListNoticesDto,
  type NoticeAcknowledgedData,
  type NoticePage,
  type NoticePublishedData,
  type NoticeReminderDueData,
  type NoticeRecipientReleasedData,
  type NoticeSummary,
  type NoticeSupersededData,
  type NoticeView,
  type NoticeWithdrawnData,
  type PublishNoticeDto,
  type RecipientView,
  type ReminderCheckResult,
  type RunReminderCheckDto,
  type UpdateNoticeDto,
  type WithdrawNoticeDto,
} from '@alliance/contracts/coordination';
import { eventMeta, OutboxWriter, type EventMeta, type RequestContext } from '@alliance/messaging';
import { decodePageCursor, encodePageCursor, inTransaction, lockVersioned } from '@alliance/persistence';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import {
  knownWorkingGroup,
  projectedOrganisations,
  requireOrganiser,
  requireOrganiserOf,
} from '../organiser/organisers';
import { COORDINATION_CONFIG, type CoordinationConfig } from '../shared/coordination-config';
import {
  actorId,
  fieldError,
  forbidden,
  illegal,
  isAdmin,
  notFound,
  ownOrganisation,
  ruleError,
} from '../shared/errors';
import { attachmentsOf } from '../attachment/attachments-of';
import { normaliseAudience, reminderAt, resolveAudience } from './audience';
import { NoticeEntity } from './notice.entity';

const isInstant = (s: string): boolean => !Number.isNaN(Date.parse(s)) && /^\d{4}-\d{2}-\d{2}T/.test(s);

/** Notices and policy documents: drafted, published to an audience fixed then, acknowledged, reminded. */
@Injectable()
export class NoticeService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(OutboxWriter) private readonly outbox: OutboxWriter,
    @Inject(COORDINATION_CONFIG) private readonly config: CoordinationConfig,
  ) {}

  async create(dto: CreateNoticeDto, ctx: RequestContext): Promise<NoticeView> {
    const id = randomUUID();
    await inTransaction(this.dataSource, async (manager) => {
      const acting = await requireOrganiser(manager, ctx.caller);
      const now = new Date();
      await manager.insert(NoticeEntity, {
        id,
        title: dto.title.trim(),
        body: dto.body,
        category: dto.category,
        issuer: dto.issuer.trim(),
        audience: normaliseAudience(dto.audience),
        requiresAck: dto.requiresAcknowledgement,
        acknowledgeBy: dto.requiresAcknowledgement && dto.acknowledgeBy ? new Date(dto.acknowledgeBy) : null,
        reminderDaysBefore: dto.requiresAcknowledgement
          ? (dto.reminderDaysBefore ?? this.config.defaultReminderDaysBefore)
          : null,
        remindAt: null,
        status: 'draft',
        supersedesId: dto.supersedesId ?? null,
        supersededById: null,
        publishedAt: null,
        withdrawnAt: null,
        withdrawReason: null,
        createdBy: actorId(ctx.caller),
        createdByOrganisationId: acting,
        version: 1,
        eventVersion: 0,
        createdAt: now,
        updatedAt: now,
      });
      if (dto.supersedesId) await this.requireSupersedable(manager, dto.supersedesId);
    });
    return this.get(id, ctx);
  }

  async update(dto: UpdateNoticeDto, ctx: RequestContext): Promise<NoticeView> {
    await inTransaction(this.dataSource, async (manager) => {
      const notice = await lockVersioned(manager, NoticeEntity, dto.id, dto.expectedVersion, 'notice');
      await requireOrganiserOf(manager, ctx.caller, notice.createdByOrganisationId);
      if (notice.status !== 'draft')
        throw illegal(`notice ${notice.id} is ${notice.status}: only a draft is edited`);
      if (dto.title !== undefined) notice.title = dto.title.trim();
      if (dto.body !== undefined) notice.body = dto.body;
      if (dto.category !== undefined) notice.category = dto.category;
      if (dto.issuer !== undefined) notice.issuer = dto.issuer.trim();
      if (dto.audience !== undefined) notice.audience = normaliseAudience(dto.audience);
      if (dto.requiresAcknowledgement !== undefined) notice.requiresAck = dto.requiresAcknowledgement;
      if (dto.acknowledgeBy !== undefined)
        notice.acknowledgeBy = dto.acknowledgeBy ? new Date(dto.acknowledgeBy) : null;
      if (dto.reminderDaysBefore !== undefined) notice.reminderDaysBefore = dto.reminderDaysBefore;
      if (!notice.requiresAck) {
        notice.acknowledgeBy = null;
        notice.reminderDaysBefore = null;
      } else {
        if (!notice.acknowledgeBy)
          throw fieldError('acknowledgeBy', 'a notice to acknowledge needs a deadline');
        notice.reminderDaysBefore ??= this.config.defaultReminderDaysBefore;
      }
      notice.version += 1;
      notice.updatedAt = new Date();
      await manager.save(NoticeEntity, notice);
    });
    return this.get(dto.id, ctx);
  }

  /**
   * Publishes the draft to the admitted members its audience names at this moment; the recipients are written
   * down now and never recomputed. A notice it supersedes becomes superseded in the same transaction.
   */
  async publish(dto: PublishNoticeDto, ctx: RequestContext): Promise<NoticeView> {
    await inTransaction(this.dataSource, async (manager) => {
      const notice = await lockVersioned(manager, NoticeEntity, dto.id, dto.expectedVersion, 'notice');
      await requireOrganiserOf(manager, ctx.caller, notice.createdByOrganisationId);
      if (notice.status !== 'draft') throw illegal(`notice ${notice.id} is already ${notice.status}`);
      const now = new Date();
      if (notice.requiresAck && notice.acknowledgeBy && notice.acknowledgeBy <= now) {
        throw ruleError('acknowledgeBy', 'the acknowledgement deadline has passed: set a later one first');
      }
      const recipients = await this.resolve(manager, notice.audience, 'audience');
      const meta = eventMeta(ctx);
      if (notice.supersedesId) {
        const old = await this.requireSupersedable(manager, notice.supersedesId);
        Object.assign(old, {
          status: 'superseded',
          supersededById: notice.id,
          version: old.version + 1,
          eventVersion: old.eventVersion + 1,
          updatedAt: now,
        });
        await manager.save(NoticeEntity, old);
        const data: NoticeSupersededData = {
          noticeId: old.id,
          title: old.title,
          supersededById: notice.id,
          supersededAt: now.toISOString(),
        };
        await this.emit(manager, old, CoordinationEvent.noticeSuperseded, data, meta);
      }
      for (const r of recipients) {
        await manager.query(
          `INSERT INTO notice_recipient (notice_id, organisation_id, organisation_name, district_code, kind)
           VALUES ($1, $2, $3, $4, $5)`,
          [notice.id, r.organisationId, r.name, r.districtCode, r.kind],
        );
      }
      Object.assign(notice, {
        status: 'published',
        publishedAt: now,
        remindAt: reminderAt(notice.acknowledgeBy, notice.reminderDaysBefore ?? 0),
        version: notice.version + 1,
        eventVersion: notice.eventVersion + 1,
        updatedAt: now,
      });
      await manager.save(NoticeEntity, notice);
      const data: NoticePublishedData = {
        noticeId: notice.id,
        title: notice.title,
        category: notice.category,
        issuer: notice.issuer,
        requiresAcknowledgement: notice.requiresAck,
        acknowledgeBy: notice.acknowledgeBy?.toISOString() ?? null,
        recipients: recipients.map((r) => ({
          organisationId: r.organisationId,
          districtCode: r.districtCode,
        })),
        supersedesId: notice.supersedesId,
        publishedAt: now.toISOString(),
      };
      await this.emit(manager, notice, CoordinationEvent.noticePublished, data, meta);
    });
    return this.get(dto.id, ctx);
  }

  async withdraw(dto: WithdrawNoticeDto, ctx: RequestContext): Promise<NoticeView> {
    await inTransaction(this.dataSource, async (manager) => {
      const notice = await lockVersioned(manager, NoticeEntity, dto.id, dto.expectedVersion, 'notice');
      await requireOrganiserOf(manager, ctx.caller, notice.createdByOrganisationId);
      if (notice.status !== 'published') {
        throw illegal(`notice ${notice.id} is ${notice.status}: only a published notice is withdrawn`);
      }
      const now = new Date();
      Object.assign(notice, {
        status: 'withdrawn',
        withdrawnAt: now,
        withdrawReason: dto.reason.trim(),
        version: notice.version + 1,
        eventVersion: notice.eventVersion + 1,
        updatedAt: now,
      });
      await manager.save(NoticeEntity, notice);
      const data: NoticeWithdrawnData = {
        noticeId: notice.id,
        title: notice.title,
        reason: dto.reason.trim(),
        withdrawnAt: now.toISOString(),
      };
      await this.emit(manager, notice, CoordinationEvent.noticeWithdrawn, data, eventMeta(ctx));
    });
    return this.get(dto.id, ctx);
  }

  /**
   * The representative acknowledges for its organisation, once. The recipient row is locked first (then the
   * notice's, for its event version — the same order as the reminder check and a member leaving, so they never
   * deadlock); `notice_acknowledgement_pkey` is what keeps it to one per organisation.
   */
  async acknowledge(dto: AcknowledgeNoticeDto, ctx: RequestContext): Promise<NoticeView> {
    const organisationId = ownOrganisation(ctx.caller);
    await inTransaction(this.dataSource, async (manager) => {
      const [recipient] = await manager.query(
        `SELECT r.district_code, r.released_at FROM notice_recipient r
          WHERE r.notice_id = $1 AND r.organisation_id = $2 FOR UPDATE`,
        [dto.id, organisationId],
      );
      const notice = await manager.findOneBy(NoticeEntity, { id: dto.id });
      if (!notice || (!recipient && notice.status === 'draft')) throw notFound('notice', dto.id);
      if (!notice.requiresAck) throw illegal(`notice ${notice.id} asks for no acknowledgement`);
      if (!recipient) throw forbidden('this notice is not addressed to your organisation');
      if (notice.status !== 'published') {
        throw illegal(`notice ${notice.id} is ${notice.status}: it is no longer acknowledged`);
      }
      if (recipient.released_at) throw illegal('your organisation left the alliance and no longer owes it');
      const now = new Date();
      const late = notice.acknowledgeBy !== null && now > notice.acknowledgeBy;
      const inserted: unknown[] = await manager.query(
        `INSERT INTO notice_acknowledgement (notice_id, organisation_id, acknowledged_at, acknowledged_by, reply, late)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT ON CONSTRAINT notice_acknowledgement_pkey DO NOTHING RETURNING notice_id`,
        [dto.id, organisationId, now, actorId(ctx.caller), dto.reply?.trim() || null, late],
      );
      if (!inserted.length) {
        throw new DomainError(
          ErrorCode.AlreadyExists,
          'your organisation has already acknowledged this notice',
        );
      }
      const data: NoticeAcknowledgedData = {
        noticeId: dto.id,
        organisationId,
        districtCode: recipient.district_code,
        acknowledgedBy: actorId(ctx.caller),
        acknowledgedAt: now.toISOString(),
        late,
      };
      await this.emitNext(manager, dto.id, CoordinationEvent.noticeAcknowledged, data, eventMeta(ctx));
    });
    return this.get(dto.id, ctx);
  }

  /** Who has and has not acknowledged, per district, at this moment. */
  async acknowledgements(id: string, ctx: RequestContext): Promise<AcknowledgementReport> {
    const manager = this.dataSource.manager;
    const notice = await manager.findOneBy(NoticeEntity, { id });
    if (!notice) throw notFound('notice', id);
    await requireOrganiserOf(manager, ctx.caller, notice.createdByOrganisationId);
    const asOf = new Date();
    const rows: Array<{
      organisation_id: string;
      organisation_name: string;
      district_code: string;
      kind: string;
      reminded_at: Date | null;
      released_at: Date | null;
      acknowledged_at: Date | null;
      acknowledged_by: string | null;
      reply: string | null;
      late: boolean | null;
    }> = await manager.query(
      `SELECT r.organisation_id, r.organisation_name, r.district_code, r.kind, r.reminded_at, r.released_at,
              a.acknowledged_at, a.acknowledged_by, a.reply, a.late
         FROM notice_recipient r
         LEFT JOIN notice_acknowledgement a ON a.notice_id = r.notice_id AND a.organisation_id = r.organisation_id
        WHERE r.notice_id = $1
        ORDER BY r.district_code, r.organisation_name`,
      [id],
    );
    const organisations: RecipientView[] = rows.map((r) => ({
      organisationId: r.organisation_id,
      name: r.organisation_name,
      districtCode: r.district_code,
      kind: r.kind,
      acknowledgedAt: r.acknowledged_at?.toISOString() ?? null,
      acknowledgedBy: r.acknowledged_by,
      reply: r.reply,
      late: r.late ?? false,
      remindedAt: r.reminded_at?.toISOString() ?? null,
      releasedAt: r.released_at?.toISOString() ?? null,
    }));
    const districts = new Map<string, { addressed: number; acknowledged: number }>();
    let released = 0;
    for (const o of organisations) {
      // An organisation that left before acknowledging no longer counts; one that acknowledged still does.
      if (o.releasedAt && !o.acknowledgedAt) {
        released += 1;
        continue;
      }
      const d = districts.get(o.districtCode) ?? { addressed: 0, acknowledged: 0 };
      d.addressed += 1;
      if (o.acknowledgedAt) d.acknowledged += 1;
      districts.set(o.districtCode, d);
    }
    const figures = [...districts].map(([districtCode, d]) => ({
      districtCode,
      addressed: d.addressed,
      acknowledged: d.acknowledged,
      outstanding: d.addressed - d.acknowledged,
    }));
    const addressed = figures.reduce((s, d) => s + d.addressed, 0);
    const acknowledged = figures.reduce((s, d) => s + d.acknowledged, 0);
    return {
      noticeId: id,
      acknowledgeBy: notice.acknowledgeBy?.toISOString() ?? null,
      asOf: asOf.toISOString(),
      totals: { addressed, acknowledged, outstanding: addressed - acknowledged, released },
      districts: figures,
      organisations,
    };
  }

  /**
   * Sends each reminder that is due, once per (notice, organisation), whichever instance runs the check: the
   * rows are claimed with `FOR UPDATE SKIP LOCKED` and marked `reminded_at` in the same transaction as their
   * events, so a second instance either skips a row being claimed or finds it marked.
   */
  async runReminderCheck(dto: RunReminderCheckDto, ctx: RequestContext): Promise<ReminderCheckResult> {
    const asOf = dto.asOf ? new Date(dto.asOf) : new Date();
    const meta = eventMeta(ctx);
    const sent = await inTransaction(this.dataSource, async (manager) => {
      const [rows]: [
        Array<{
          notice_id: string;
          organisation_id: string;
          district_code: string;
          title: string;
          acknowledge_by: Date;
        }>,
      ] = await manager.query(
        `WITH due AS (
           SELECT r.notice_id, r.organisation_id
             FROM notice_recipient r JOIN notice n ON n.id = r.notice_id
            WHERE n.status = 'published' AND n.requires_ack AND n.remind_at <= $1 AND n.acknowledge_by > $1
              AND r.reminded_at IS NULL AND r.released_at IS NULL
              AND NOT EXISTS (SELECT 1 FROM notice_acknowledgement a
                               WHERE a.notice_id = r.notice_id AND a.organisation_id = r.organisation_id)
            ORDER BY r.notice_id, r.organisation_id
            FOR UPDATE OF r SKIP LOCKED)
         UPDATE notice_recipient r SET reminded_at = now()
           FROM due, notice n
          WHERE r.notice_id = due.notice_id AND r.organisation_id = due.organisation_id AND n.id = r.notice_id
          RETURNING r.notice_id, r.organisation_id, r.district_code, n.title, n.acknowledge_by`,
        [asOf],
      );
      rows.sort(
        (a, b) =>
          a.notice_id.localeCompare(b.notice_id) || a.organisation_id.localeCompare(b.organisation_id),
      );
      for (const r of rows) {
        const data: NoticeReminderDueData = {
          noticeId: r.notice_id,
          title: r.title,
          organisationId: r.organisation_id,
          districtCode: r.district_code,
          acknowledgeBy: r.acknowledge_by.toISOString(),
        };
        await this.emitNext(manager, r.notice_id, CoordinationEvent.noticeReminderDue, data, meta);
      }
      return rows.length;
    });
    return { asOf: asOf.toISOString(), remindersSent: sent };
  }

  /** An organisation left the alliance: it stops owing the acknowledgements it has not given. */
  async releaseOrganisation(
    manager: EntityManager,
    organisationId: string,
    reason: string,
    meta: EventMeta,
  ): Promise<void> {
    const [rows]: [Array<{ notice_id: string }>] = await manager.query(
      `UPDATE notice_recipient r SET released_at = now(), released_reason = $2
         FROM notice n
        WHERE n.id = r.notice_id AND r.organisation_id = $1 AND r.released_at IS NULL
          AND n.status = 'published' AND n.requires_ack
          AND NOT EXISTS (SELECT 1 FROM notice_acknowledgement a
                           WHERE a.notice_id = r.notice_id AND a.organisation_id = r.organisation_id)
        RETURNING r.notice_id`,
      [organisationId, reason],
    );
    for (const { notice_id } of rows.sort((a, b) => a.notice_id.localeCompare(b.notice_id))) {
      const data: NoticeRecipientReleasedData = { noticeId: notice_id, organisationId, reason };
      await this.emitNext(manager, notice_id, CoordinationEvent.noticeRecipientReleased, data, meta);
    }
  }

  async get(id: string, ctx: RequestContext): Promise<NoticeView> {
    const [notice] = await this.views(ctx.caller, 'n.id = $1', [id], '');
    if (!notice) throw notFound('notice', id);
    return { ...notice, attachments: await attachmentsOf(this.dataSource.manager, 'notice_id', id) };
  }

  async list(dto: ListNoticesDto, ctx: RequestContext): Promise<NoticePage> {
    const params: unknown[] = [];
    const where: string[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (dto.status) add('n.status = ?', dto.status);
    if (dto.category) add('n.category = ?', dto.category);
    if (dto.owing) {
      const organisationId = ownOrganisation(ctx.caller);
      add(
        `n.status = 'published' AND n.requires_ack AND EXISTS (
           SELECT 1 FROM notice_recipient r WHERE r.notice_id = n.id AND r.organisation_id = ? AND r.released_at IS NULL
              AND NOT EXISTS (SELECT 1 FROM notice_acknowledgement a
                               WHERE a.notice_id = r.notice_id AND a.organisation_id = r.organisation_id))`,
        organisationId,
      );
    }
    if (dto.cursor) {
      const { key, id } = decodePageCursor(dto.cursor, isInstant);
      params.push(key, id);
      where.push(`(n.created_at, n.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    const limit = dto.limit ?? 50;
    params.push(limit + 1);
    const rows = await this.views(
      ctx.caller,
      where.join(' AND ') || 'true',
      params,
      `ORDER BY n.created_at DESC, n.id DESC LIMIT $${params.length}`,
    );
    const items: NoticeSummary[] = rows.slice(0, limit).map(({ body: _b, ...summary }) => {
      void _b;
      return summary;
    });
    const last = rows[limit - 1];
    return {
      items,
      nextCursor: rows.length > limit && last ? encodePageCursor({ key: last.createdAt, id: last.id }) : null,
    };
  }

  /**
   * Notices as the caller may read them: admins everything; others what is published to the whole alliance or
   * addressed to their organisation, and an organiser representative its own organisation's drafts too.
   */
  private async views(
    caller: RpcCaller | null,
    where: string,
    params: unknown[],
    tail: string,
  ): Promise<Array<Omit<NoticeView, 'attachments'>>> {
    const org = caller?.organisationId ?? null;
    params = [...params, org];
    const orgParam = `$${params.length}::uuid`;
    const visible = isAdmin(caller)
      ? 'true'
      : `((n.status <> 'draft' AND (n.audience->>'kind' = 'alliance' OR EXISTS (
            SELECT 1 FROM notice_recipient v WHERE v.notice_id = n.id AND v.organisation_id = ${orgParam})))
          OR (${caller?.role === Role.MemberRep ? 'true' : 'false'} AND n.created_by_organisation_id = ${orgParam}))`;
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT n.*,
              (SELECT count(*)::int FROM notice_recipient r WHERE r.notice_id = n.id
                  AND (r.released_at IS NULL OR EXISTS (SELECT 1 FROM notice_acknowledgement a
                        WHERE a.notice_id = r.notice_id AND a.organisation_id = r.organisation_id))) AS addressed_count,
              (SELECT count(*)::int FROM notice_acknowledgement a WHERE a.notice_id = n.id) AS acknowledged_count,
              mr.organisation_id AS mine_org, mr.released_at AS mine_released,
              ma.acknowledged_at AS mine_ack, ma.reply AS mine_reply
         FROM notice n
         LEFT JOIN notice_recipient mr ON mr.notice_id = n.id AND mr.organisation_id = ${orgParam}
         LEFT JOIN notice_acknowledgement ma ON ma.notice_id = n.id AND ma.organisation_id = ${orgParam}
        WHERE (${where}) AND ${visible}
        ${tail}`,
      params,
    );
    return rows.map((r) => toView(r, org));
  }

  private async resolve(manager: EntityManager, audience: AudienceView, field: string) {
    if (
      audience.kind === 'working_group' &&
      !(await knownWorkingGroup(manager, audience.workingGroupId ?? ''))
    ) {
      throw ruleError(`${field}.workingGroupId`, 'no active working group with this id is known');
    }
    const resolved = resolveAudience(audience, await projectedOrganisations(manager));
    if (resolved.notAdmitted.length) {
      throw ruleError(
        `${field}.organisationIds`,
        `not admitted members of the alliance: ${resolved.notAdmitted.join(', ')}`,
      );
    }
    if (!resolved.organisations.length) throw ruleError(field, 'it addresses no admitted member');
    return resolved.organisations;
  }

  private async requireSupersedable(manager: EntityManager, id: string): Promise<NoticeEntity> {
    const old = await manager.findOne(NoticeEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!old) throw ruleError('supersedesId', 'no notice with this id');
    if (old.status !== 'published') {
      throw ruleError('supersedesId', `that notice is ${old.status}: only a published notice is superseded`);
    }
    return old;
  }

  private emit(manager: EntityManager, notice: NoticeEntity, type: string, data: object, meta: EventMeta) {
    return this.outbox.append(manager, {
      type,
      aggregateId: notice.id,
      aggregateVersion: notice.eventVersion,
      data,
      meta,
    });
  }

  /** An event of the notice that is not a change of the notice row itself: the next event version. */
  private async emitNext(
    manager: EntityManager,
    noticeId: string,
    type: string,
    data: object,
    meta: EventMeta,
  ) {
    const [[row]]: [[{ event_version: number }]] = await manager.query(
      `UPDATE notice SET event_version = event_version + 1 WHERE id = $1 RETURNING event_version`,
      [noticeId],
    );
    await this.outbox.append(manager, {
      type,
      aggregateId: noticeId,
      aggregateVersion: row.event_version,
      data,
      meta,
    });
  }
}

const iso = (v: unknown): string | null => (v instanceof Date ? v.toISOString() : null);

function toView(r: Record<string, unknown>, org: string | null): Omit<NoticeView, 'attachments'> {
  return {
    id: r.id as string,
    title: r.title as string,
    body: r.body as string,
    category: r.category as NoticeView['category'],
    issuer: r.issuer as string,
    status: r.status as NoticeView['status'],
    audience: r.audience as AudienceView,
    requiresAcknowledgement: r.requires_ack as boolean,
    acknowledgeBy: iso(r.acknowledge_by),
    reminderDaysBefore: (r.reminder_days_before as number | null) ?? null,
    supersedesId: (r.supersedes_id as string | null) ?? null,
    supersededById: (r.superseded_by_id as string | null) ?? null,
    publishedAt: iso(r.published_at),
    addressedCount: r.status === 'draft' ? null : (r.addressed_count as number),
    acknowledgedCount: r.status === 'draft' ? null : (r.acknowledged_count as number),
    mine:
      org && r.mine_org
        ? {
            addressed: !r.mine_released || Boolean(r.mine_ack),
            acknowledgedAt: iso(r.mine_ack),
            reply: (r.mine_reply as string | null) ?? null,
          }
        : null,
    withdrawnAt: iso(r.withdrawn_at),
    withdrawReason: (r.withdraw_reason as string | null) ?? null,
    createdBy: r.created_by as string,
    createdAt: (r.created_at as Date).toISOString(),
    version: r.version as number,
  };
}
