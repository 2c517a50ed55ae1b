import { DomainError, ErrorCode, Role, type RpcCaller } from '@alliance/contracts';
import {
  CoordinationEvent,
  type ActionItemEventData,
  type ActionItemPage,
  type ActionItemView,
  type AnswerInvitationDto,
  type AttendanceReport,
  type CancelMeetingDto,
  type CompleteActionItemDto,
  type InvitationView,
  type ListActionItemsDto,
  type ListMeetingsDto,
  type MeetingAttendanceRecordedData,
  type MeetingCancelledData,
  type MeetingMinutesPublishedData,
  type MeetingPage,
  type MeetingRsvpRecordedData,
  type MeetingScheduledData,
  type MeetingSummary,
  type MeetingView,
  type OverdueItemsResult,
  type PublishMinutesDto,
  type RunActionItemOverdueCheckDto,
  type ScheduleMeetingDto,
  type SignInCodeView,
  type SignInDto,
  type SignInView,
} from '@alliance/contracts/coordination';
import { eventMeta, OutboxWriter, type EventMeta, type RequestContext } from '@alliance/messaging';
import { decodePageCursor, encodePageCursor, inTransaction, lockVersioned } from '@alliance/persistence';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { normaliseAudience, resolveAudience } from '../notice/audience';
import { knownWorkingGroup, projectedOrganisations, requireOrganiser } from '../organiser/organisers';
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
import { allianceDate } from '../shared/time';
import { MeetingVenueService } from '../meeting-venue/meeting-venue.service';
import { ActionItemEntity } from './action-item.entity';
import { MeetingEntity } from './meeting.entity';
import { checkSignInToken, issueSignInToken, type SignInTokenSettings } from './sign-in-token';

const isInstant = (s: string): boolean => !Number.isNaN(Date.parse(s)) && /^\d{4}-\d{2}-\d{2}T/.test(s);
const isDateKey = (s: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(s);
/** The organiser shows codes from two hours before the start until two hours after the end. */
const SIGN_IN_MARGIN_MS = 2 * 3_600_000;

const SIGN_IN_REFUSALS = {
  malformed: 'this is not a sign-in code',
  forged: 'this sign-in code was not issued by the platform',
  other_meeting: 'this sign-in code is for another meeting',
  expired: 'this sign-in code has expired: scan the code shown now',
} as const;

/** Meetings and site visits: invitations answered, sign-in by QR code, minutes and their action items. */
@Injectable()
export class MeetingService {
  private readonly tokens: SignInTokenSettings;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(OutboxWriter) private readonly outbox: OutboxWriter,
    @Inject(COORDINATION_CONFIG) config: CoordinationConfig,
    @Inject(MeetingVenueService) private readonly venues: MeetingVenueService,
  ) {
    this.tokens = {
      secret: config.signInSecret,
      periodSeconds: config.signInPeriodSeconds,
      graceSeconds: config.signInGraceSeconds,
    };
  }

  /** Schedules the meeting and invites the admitted organisations its invitees name at this moment. */
  async schedule(dto: ScheduleMeetingDto, ctx: RequestContext): Promise<MeetingView> {
    const startsAt = new Date(dto.startsAt);
    const endsAt = new Date(dto.endsAt);
    if (endsAt <= startsAt) throw fieldError('endsAt', 'a meeting ends after it starts');
    const id = randomUUID();
    await inTransaction(this.dataSource, async (manager) => {
      const acting = await requireOrganiser(manager, ctx.caller);
      const bookedFor = dto.place.kind === 'venue' ? (dto.place.organisationId ?? acting) : null;
      if (dto.place.kind === 'venue' && !bookedFor) {
        throw fieldError(
          'place.organisationId',
          'a venue is booked on behalf of a member organisation: name it',
        );
      }
      const invitees = normaliseAudience(dto.invitees);
      if (
        invitees.kind === 'working_group' &&
        !(await knownWorkingGroup(manager, invitees.workingGroupId ?? ''))
      ) {
        throw ruleError('invitees.workingGroupId', 'no active working group with this id is known');
      }
      const resolved = resolveAudience(invitees, await projectedOrganisations(manager));
      if (resolved.notAdmitted.length) {
        throw ruleError(
          'invitees.organisationIds',
          `not admitted members of the alliance: ${resolved.notAdmitted.join(', ')}`,
        );
      }
      if (!resolved.organisations.length) throw ruleError('invitees', 'it invites no admitted member');
      const now = new Date();
      const meeting: MeetingEntity = {
        id,
        kind: dto.kind,
        title: dto.title.trim(),
        startsAt,
        endsAt,
        placeKind: dto.place.kind,
        address: dto.place.address?.trim() || null,
        url: dto.place.url ?? null,
        resourceId: dto.place.resourceId ?? null,
        agenda: dto.agenda.map((a) => a.trim()),
        invitees,
        status: 'scheduled',
        cancelReason: null,
        createdBy: actorId(ctx.caller),
        version: 1,
        eventVersion: 1,
        createdAt: now,
        updatedAt: now,
      };
      await manager.insert(MeetingEntity, meeting);
      if (bookedFor && meeting.resourceId) {
        await this.venues.request(manager, { id, resourceId: meeting.resourceId, organisationId: bookedFor });
      }
      for (const o of resolved.organisations) {
        await manager.query(
          `INSERT INTO meeting_invitation (meeting_id, organisation_id, organisation_name, district_code)
           VALUES ($1, $2, $3, $4)`,
          [id, o.organisationId, o.name, o.districtCode],
        );
      }
      const data: MeetingScheduledData = {
        meetingId: id,
        kind: meeting.kind,
        title: meeting.title,
        startsAt: startsAt.toISOString(),
        endsAt: endsAt.toISOString(),
        place: {
          kind: meeting.placeKind,
          address: meeting.address,
          url: meeting.url,
          resourceId: meeting.resourceId,
        },
        invitees: resolved.organisations.map((o) => ({
          organisationId: o.organisationId,
          districtCode: o.districtCode,
        })),
      };
      await this.append(manager, id, 1, CoordinationEvent.meetingScheduled, data, eventMeta(ctx));
    });
    return this.get(id, ctx);
  }

  async cancel(dto: CancelMeetingDto, ctx: RequestContext): Promise<MeetingView> {
    await inTransaction(this.dataSource, async (manager) => {
      await requireOrganiser(manager, ctx.caller);
      const meeting = await lockVersioned(manager, MeetingEntity, dto.id, dto.expectedVersion, 'meeting');
      if (meeting.status !== 'scheduled') throw illegal(`meeting ${meeting.id} is already ${meeting.status}`);
      const [minutes] = await manager.query(`SELECT 1 FROM meeting_minutes WHERE meeting_id = $1`, [
        meeting.id,
      ]);
      if (minutes) throw illegal(`meeting ${meeting.id} has its minutes: it took place`);
      Object.assign(meeting, {
        status: 'cancelled',
        cancelReason: dto.reason.trim(),
        version: meeting.version + 1,
        eventVersion: meeting.eventVersion + 1,
        updatedAt: new Date(),
      });
      await manager.save(MeetingEntity, meeting);
      await this.venues.release(manager, meeting.id, `会议取消 meeting cancelled: ${dto.reason.trim()}`);
      const invitees: Array<{ organisation_id: string; district_code: string }> = await manager.query(
        `SELECT organisation_id, district_code FROM meeting_invitation WHERE meeting_id = $1 ORDER BY organisation_id`,
        [meeting.id],
      );
      const data: MeetingCancelledData = {
        meetingId: meeting.id,
        title: meeting.title,
        reason: dto.reason.trim(),
        invitees: invitees.map((i) => ({ organisationId: i.organisation_id, districtCode: i.district_code })),
      };
      await this.append(
        manager,
        meeting.id,
        meeting.eventVersion,
        CoordinationEvent.meetingCancelled,
        data,
        eventMeta(ctx),
      );
    });
    return this.get(dto.id, ctx);
  }

  /** The representative answers for its organisation until the meeting starts; a later answer replaces it. */
  async answer(dto: AnswerInvitationDto, ctx: RequestContext): Promise<MeetingView> {
    const organisationId = ownOrganisation(ctx.caller);
    await inTransaction(this.dataSource, async (manager) => {
      const [invitation] = await manager.query(
        `SELECT released_at FROM meeting_invitation WHERE meeting_id = $1 AND organisation_id = $2 FOR UPDATE`,
        [dto.id, organisationId],
      );
      const meeting = await manager.findOneBy(MeetingEntity, { id: dto.id });
      if (!meeting) throw notFound('meeting', dto.id);
      if (!invitation) throw forbidden('your organisation is not invited to this meeting');
      if (meeting.status !== 'scheduled') throw illegal(`meeting ${meeting.id} is ${meeting.status}`);
      if (meeting.startsAt <= new Date())
        throw illegal(`meeting ${meeting.id} has started: answers are closed`);
      if (invitation.released_at) throw illegal('your organisation left the alliance');
      const attendees = dto.answer === 'attending' ? (dto.attendees ?? 1) : null;
      await manager.query(
        `UPDATE meeting_invitation SET answer = $3, attendees = $4, note = $5, answered_at = now(), answered_by = $6
          WHERE meeting_id = $1 AND organisation_id = $2`,
        [dto.id, organisationId, dto.answer, attendees, dto.note?.trim() || null, actorId(ctx.caller)],
      );
      const data: MeetingRsvpRecordedData = {
        meetingId: dto.id,
        organisationId,
        answer: dto.answer,
        attendees,
        answeredBy: actorId(ctx.caller),
      };
      await this.appendNext(manager, dto.id, CoordinationEvent.meetingRsvpRecorded, data, eventMeta(ctx));
    });
    return this.get(dto.id, ctx);
  }

  /** The code to show now as a QR code; a new one every period. */
  async signInCode(id: string, ctx: RequestContext): Promise<SignInCodeView> {
    const meeting = await this.dataSource.manager.findOneBy(MeetingEntity, { id });
    if (!meeting) throw notFound('meeting', id);
    await requireOrganiser(this.dataSource.manager, ctx.caller);
    this.requireSignInOpen(meeting, new Date());
    const issued = issueSignInToken(this.tokens, id, new Date());
    return {
      meetingId: id,
      code: issued.code,
      expiresAt: issued.expiresAt.toISOString(),
      refreshAt: issued.refreshAt.toISOString(),
    };
  }

  /**
   * A signed-in account scans the code: recorded once (`meeting_sign_in_pkey`); a code expired, forged or of
   * another meeting is refused, and so is a second scan by the same account.
   */
  async signIn(dto: SignInDto, ctx: RequestContext): Promise<SignInView> {
    const caller = ctx.caller;
    if (!caller) throw forbidden('signing in needs an account');
    const now = new Date();
    const check = checkSignInToken(this.tokens, dto.code, dto.id, now);
    if (check !== 'valid') {
      throw new DomainError(ErrorCode.BusinessRuleViolated, SIGN_IN_REFUSALS[check], {
        fields: [{ field: 'code', reasons: [SIGN_IN_REFUSALS[check]] }],
        reason: check,
      });
    }
    return inTransaction(this.dataSource, async (manager) => {
      const meeting = await manager.findOneBy(MeetingEntity, { id: dto.id });
      if (!meeting) throw notFound('meeting', dto.id);
      this.requireSignInOpen(meeting, now);
      const organisationId = caller.organisationId ?? null;
      const [member] = organisationId
        ? await manager.query(`SELECT district_code FROM member_organisation WHERE organisation_id = $1`, [
            organisationId,
          ])
        : [];
      const inserted: unknown[] = await manager.query(
        `INSERT INTO meeting_sign_in (meeting_id, account_id, username, organisation_id, district_code, signed_in_at)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT ON CONSTRAINT meeting_sign_in_pkey DO NOTHING RETURNING account_id`,
        [dto.id, caller.userId, caller.username, organisationId, member?.district_code ?? null, now],
      );
      if (!inserted.length)
        throw new DomainError(ErrorCode.AlreadyExists, 'this account has already signed in');
      const data: MeetingAttendanceRecordedData = {
        meetingId: dto.id,
        accountId: caller.userId,
        organisationId,
        districtCode: member?.district_code ?? null,
        signedInAt: now.toISOString(),
      };
      await this.appendNext(
        manager,
        dto.id,
        CoordinationEvent.meetingAttendanceRecorded,
        data,
        eventMeta(ctx),
      );
      return { meetingId: dto.id, accountId: caller.userId, organisationId, signedInAt: now.toISOString() };
    });
  }

  /** Who came, per organisation (invited or not) and per district. */
  async attendance(id: string, ctx: RequestContext): Promise<AttendanceReport> {
    const manager = this.dataSource.manager;
    const meeting = await manager.findOneBy(MeetingEntity, { id });
    if (!meeting) throw notFound('meeting', id);
    await requireOrganiser(manager, ctx.caller);
    const accounts: Array<{
      account_id: string;
      username: string;
      organisation_id: string | null;
      signed_in_at: Date;
    }> = await manager.query(
      `SELECT account_id, username, organisation_id, signed_in_at FROM meeting_sign_in
        WHERE meeting_id = $1 ORDER BY signed_in_at, account_id`,
      [id],
    );
    const organisations: Array<{
      organisation_id: string;
      name: string;
      district_code: string;
      invited: boolean;
      answer: 'attending' | 'declined' | null;
      attendees: number | null;
      signed_in: number;
    }> = await manager.query(
      `SELECT coalesce(i.organisation_id, s.organisation_id) AS organisation_id,
              coalesce(i.organisation_name, m.name, '') AS name,
              coalesce(i.district_code, s.district_code, m.district_code, '') AS district_code,
              i.organisation_id IS NOT NULL AS invited, i.answer, i.attendees,
              coalesce(s.signed_in, 0)::int AS signed_in
         FROM (SELECT * FROM meeting_invitation WHERE meeting_id = $1) i
         FULL JOIN (SELECT organisation_id, max(district_code) AS district_code, count(*) AS signed_in
                      FROM meeting_sign_in WHERE meeting_id = $1 AND organisation_id IS NOT NULL
                     GROUP BY organisation_id) s ON s.organisation_id = i.organisation_id
         LEFT JOIN member_organisation m ON m.organisation_id = s.organisation_id
        ORDER BY 3, 2`,
      [id],
    );
    const districts = new Map<string, { organisations: number; signedIn: number }>();
    for (const o of organisations) {
      if (!o.signed_in) continue;
      const d = districts.get(o.district_code) ?? { organisations: 0, signedIn: 0 };
      d.organisations += 1;
      d.signedIn += o.signed_in;
      districts.set(o.district_code, d);
    }
    return {
      meetingId: id,
      signedIn: accounts.length,
      organisations: organisations.map((o) => ({
        organisationId: o.organisation_id,
        name: o.name,
        districtCode: o.district_code,
        invited: o.invited,
        answer: o.answer,
        attendeesExpected: o.attendees,
        signedIn: o.signed_in,
      })),
      districts: [...districts].map(([districtCode, d]) => ({ districtCode, ...d })),
      accounts: accounts.map((a) => ({
        accountId: a.account_id,
        username: a.username,
        organisationId: a.organisation_id,
        signedInAt: a.signed_in_at.toISOString(),
      })),
    };
  }

  /** The minutes, once the meeting has started; each action item goes to an admitted member. */
  async publishMinutes(dto: PublishMinutesDto, ctx: RequestContext): Promise<MeetingView> {
    await inTransaction(this.dataSource, async (manager) => {
      await requireOrganiser(manager, ctx.caller);
      const meeting = await lockVersioned(manager, MeetingEntity, dto.id, dto.expectedVersion, 'meeting');
      if (meeting.status !== 'scheduled') throw illegal(`meeting ${meeting.id} is ${meeting.status}`);
      const now = new Date();
      if (meeting.startsAt > now) throw illegal(`meeting ${meeting.id} has not started: no minutes yet`);
      const inserted: unknown[] = await manager.query(
        `INSERT INTO meeting_minutes (meeting_id, summary, decisions, published_at, published_by)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT ON CONSTRAINT meeting_minutes_pkey DO NOTHING RETURNING meeting_id`,
        [
          meeting.id,
          dto.summary,
          JSON.stringify(dto.decisions.map((d) => d.trim())),
          now,
          actorId(ctx.caller),
        ],
      );
      if (!inserted.length) throw illegal(`the minutes of meeting ${meeting.id} are already published`);
      const owners = new Map(
        (await projectedOrganisations(manager))
          .filter((o) => o.status === 'admitted')
          .map((o) => [o.organisationId, o]),
      );
      const meta = eventMeta(ctx);
      const items: ActionItemEntity[] = dto.actionItems.map((item, i) => {
        const owner = owners.get(item.ownerOrganisationId);
        if (!owner) {
          throw ruleError(`actionItems.${i}.ownerOrganisationId`, 'not an admitted member of the alliance');
        }
        return {
          id: randomUUID(),
          meetingId: meeting.id,
          position: i + 1,
          title: item.title.trim(),
          ownerOrganisationId: owner.organisationId,
          ownerName: owner.name,
          dueDate: item.dueDate,
          status: 'open',
          doneAt: null,
          doneBy: null,
          note: null,
          overdueAt: null,
          releasedAt: null,
          version: 1,
          eventVersion: 1,
          createdAt: now,
          updatedAt: now,
        };
      });
      Object.assign(meeting, {
        version: meeting.version + 1,
        eventVersion: meeting.eventVersion + 1,
        updatedAt: now,
      });
      await manager.save(MeetingEntity, meeting);
      const data: MeetingMinutesPublishedData = {
        meetingId: meeting.id,
        title: meeting.title,
        decisions: dto.decisions.map((d) => d.trim()),
        actionItemIds: items.map((i) => i.id),
        publishedAt: now.toISOString(),
      };
      await this.append(
        manager,
        meeting.id,
        meeting.eventVersion,
        CoordinationEvent.meetingMinutesPublished,
        data,
        meta,
      );
      for (const item of items) {
        await manager.insert(ActionItemEntity, item);
        await this.emitItem(manager, item, CoordinationEvent.actionItemAssigned, meta);
      }
    });
    return this.get(dto.id, ctx);
  }

  async listActionItems(dto: ListActionItemsDto, ctx: RequestContext): Promise<ActionItemPage> {
    const params: unknown[] = [];
    const where: string[] = ['true'];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    const caller = ctx.caller;
    if (!isAdmin(caller) && caller?.role === Role.MemberRep) {
      if (dto.ownerOrganisationId && dto.ownerOrganisationId !== caller.organisationId) {
        throw forbidden("a member representative reads its own organisation's action items");
      }
      add('x.owner_organisation_id = ?', caller.organisationId ?? null);
    } else if (dto.ownerOrganisationId) add('x.owner_organisation_id = ?', dto.ownerOrganisationId);
    if (dto.meetingId) add('x.meeting_id = ?', dto.meetingId);
    if (dto.open) where.push(`x.status = 'open' AND x.released_at IS NULL`);
    if (dto.cursor) {
      const { key, id } = decodePageCursor(dto.cursor, isDateKey);
      params.push(key, id);
      where.push(`(x.due_date, x.id) > ($${params.length - 1}::date, $${params.length}::uuid)`);
    }
    const limit = dto.limit ?? 50;
    params.push(limit + 1);
    const rows = await this.actionItems(
      this.dataSource.manager,
      where.join(' AND '),
      params,
      `ORDER BY x.due_date, x.id LIMIT $${params.length}`,
    );
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return {
      items,
      nextCursor: rows.length > limit && last ? encodePageCursor({ key: last.dueDate, id: last.id }) : null,
    };
  }

  /** open → done, by an organiser or the owner organisation's representative. */
  async completeActionItem(dto: CompleteActionItemDto, ctx: RequestContext): Promise<ActionItemView> {
    await inTransaction(this.dataSource, async (manager) => {
      const item = await lockVersioned(manager, ActionItemEntity, dto.id, dto.expectedVersion, 'action item');
      const caller = ctx.caller;
      const owner = caller?.role === Role.MemberRep && caller.organisationId === item.ownerOrganisationId;
      if (!owner) await requireOrganiser(manager, caller);
      if (item.status !== 'open') throw illegal(`action item ${item.id} is already ${item.status}`);
      if (item.releasedAt)
        throw illegal(`action item ${item.id} is no longer owed: its owner left the alliance`);
      const now = new Date();
      Object.assign(item, {
        status: 'done',
        doneAt: now,
        doneBy: actorId(caller),
        note: dto.note?.trim() || null,
        version: item.version + 1,
        eventVersion: item.eventVersion + 1,
        updatedAt: now,
      });
      await manager.save(ActionItemEntity, item);
      await this.emitItem(manager, item, CoordinationEvent.actionItemDone, eventMeta(ctx));
    });
    const [view] = await this.actionItems(this.dataSource.manager, 'x.id = $1', [dto.id], '');
    return view;
  }

  /**
   * Marks every open item past its due date overdue and announces it — once, whichever instance runs the
   * check: rows are claimed `FOR UPDATE SKIP LOCKED` and marked `overdue_at` with their events.
   */
  async runOverdueCheck(dto: RunActionItemOverdueCheckDto, ctx: RequestContext): Promise<OverdueItemsResult> {
    const asOf = dto.asOf ?? allianceDate(new Date());
    const meta = eventMeta(ctx);
    const marked = await inTransaction(this.dataSource, async (manager) => {
      const [rows]: [Array<{ id: string }>] = await manager.query(
        `WITH due AS (
           SELECT id FROM action_item
            WHERE status = 'open' AND overdue_at IS NULL AND released_at IS NULL AND due_date < $1
            ORDER BY id FOR UPDATE SKIP LOCKED)
         UPDATE action_item x SET overdue_at = now(), event_version = x.event_version + 1, updated_at = now()
           FROM due WHERE x.id = due.id
         RETURNING x.id`,
        [asOf],
      );
      for (const { id } of rows) {
        const item = await manager.findOneByOrFail(ActionItemEntity, { id });
        await this.emitItem(manager, item, CoordinationEvent.actionItemOverdue, meta);
      }
      return rows.length;
    });
    return { asOf, markedOverdue: marked };
  }

  /** An organisation left the alliance: its open action items and pending invitations are no longer owed. */
  async releaseOrganisation(manager: EntityManager, organisationId: string, meta: EventMeta): Promise<void> {
    const [items]: [Array<{ id: string }>] = await manager.query(
      `UPDATE action_item SET released_at = now(), event_version = event_version + 1, updated_at = now()
        WHERE owner_organisation_id = $1 AND status = 'open' AND released_at IS NULL
        RETURNING id`,
      [organisationId],
    );
    for (const { id } of items.sort((a, b) => a.id.localeCompare(b.id))) {
      const item = await manager.findOneByOrFail(ActionItemEntity, { id });
      await this.emitItem(manager, item, CoordinationEvent.actionItemReleased, meta);
    }
    await manager.query(
      `UPDATE meeting_invitation i SET released_at = now()
         FROM meeting m
        WHERE m.id = i.meeting_id AND i.organisation_id = $1 AND i.released_at IS NULL
          AND m.status = 'scheduled' AND m.starts_at > now()`,
      [organisationId],
    );
  }

  async get(id: string, ctx: RequestContext): Promise<MeetingView> {
    const [summary] = await this.summaries(ctx.caller, 'm.id = $1', [id], '');
    if (!summary) throw notFound('meeting', id);
    const manager = this.dataSource.manager;
    const meeting = await manager.findOneByOrFail(MeetingEntity, { id });
    const invitations: Array<Record<string, unknown>> = await manager.query(
      `SELECT * FROM meeting_invitation WHERE meeting_id = $1 ORDER BY district_code, organisation_name`,
      [id],
    );
    const [minutes] = await manager.query(`SELECT * FROM meeting_minutes WHERE meeting_id = $1`, [id]);
    return {
      ...summary,
      venue: await this.venues.view(manager, id),
      agenda: meeting.agenda,
      invitees: meeting.invitees,
      cancelReason: meeting.cancelReason,
      invitations: invitations.map(toInvitation),
      minutes: minutes
        ? {
            summary: minutes.summary,
            decisions: minutes.decisions,
            publishedAt: minutes.published_at.toISOString(),
            publishedBy: minutes.published_by,
          }
        : null,
      actionItems: await this.actionItems(manager, 'x.meeting_id = $1', [id], 'ORDER BY x.position'),
      createdBy: meeting.createdBy,
      createdAt: meeting.createdAt.toISOString(),
    };
  }

  async list(dto: ListMeetingsDto, ctx: RequestContext): Promise<MeetingPage> {
    const params: unknown[] = [];
    const where: string[] = ['true'];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (dto.status) add('m.status = ?', dto.status);
    if (dto.kind) add('m.kind = ?', dto.kind);
    if (dto.cursor) {
      const { key, id } = decodePageCursor(dto.cursor, isInstant);
      params.push(key, id);
      where.push(`(m.starts_at, m.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    const limit = dto.limit ?? 50;
    params.push(limit + 1);
    const rows = await this.summaries(
      ctx.caller,
      where.join(' AND '),
      params,
      `ORDER BY m.starts_at DESC, m.id DESC LIMIT $${params.length}`,
    );
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return {
      items,
      nextCursor: rows.length > limit && last ? encodePageCursor({ key: last.startsAt, id: last.id }) : null,
    };
  }

  private requireSignInOpen(meeting: MeetingEntity, now: Date): void {
    if (meeting.status !== 'scheduled') throw illegal(`meeting ${meeting.id} is ${meeting.status}`);
    const t = now.getTime();
    if (
      t < meeting.startsAt.getTime() - SIGN_IN_MARGIN_MS ||
      t > meeting.endsAt.getTime() + SIGN_IN_MARGIN_MS
    ) {
      throw illegal('sign-in is open from two hours before the meeting until two hours after it');
    }
  }

  /** Meetings as the caller may read them: organisers all, others those inviting the whole alliance or them. */
  private async summaries(
    caller: RpcCaller | null,
    where: string,
    params: unknown[],
    tail: string,
  ): Promise<MeetingSummary[]> {
    const org = caller?.organisationId ?? null;
    params = [...params, org];
    const orgParam = `$${params.length}::uuid`;
    const visible = isAdmin(caller)
      ? 'true'
      : `(m.invitees->>'kind' = 'alliance' OR mi.organisation_id IS NOT NULL
          OR EXISTS (SELECT 1 FROM organiser_grant g WHERE g.organisation_id = ${orgParam}))`;
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT m.*,
              (SELECT count(*)::int FROM meeting_invitation i WHERE i.meeting_id = m.id AND i.released_at IS NULL) AS invited_count,
              (SELECT count(*)::int FROM meeting_invitation i WHERE i.meeting_id = m.id AND i.answer = 'attending') AS attending_count,
              EXISTS (SELECT 1 FROM meeting_minutes x WHERE x.meeting_id = m.id) AS minutes_published,
              to_jsonb(mi) AS mine
         FROM meeting m
         LEFT JOIN meeting_invitation mi ON mi.meeting_id = m.id AND mi.organisation_id = ${orgParam}
        WHERE (${where}) AND ${visible}
        ${tail}`,
      params,
    );
    return rows.map((r) => ({
      id: r.id as string,
      kind: r.kind as MeetingSummary['kind'],
      title: r.title as string,
      startsAt: (r.starts_at as Date).toISOString(),
      endsAt: (r.ends_at as Date).toISOString(),
      place: {
        kind: r.place_kind as MeetingSummary['place']['kind'],
        address: (r.address as string | null) ?? null,
        url: (r.url as string | null) ?? null,
        resourceId: (r.resource_id as string | null) ?? null,
      },
      status: r.status as MeetingSummary['status'],
      invitedCount: r.invited_count as number,
      attendingCount: r.attending_count as number,
      minutesPublished: r.minutes_published as boolean,
      mine: r.mine ? toInvitation(r.mine as Record<string, unknown>) : null,
      version: r.version as number,
    }));
  }

  private async actionItems(
    manager: EntityManager,
    where: string,
    params: unknown[],
    tail: string,
  ): Promise<ActionItemView[]> {
    const rows: Array<Record<string, unknown>> = await manager.query(
      `SELECT x.*, to_char(x.due_date, 'YYYY-MM-DD') AS due, m.title AS meeting_title
         FROM action_item x JOIN meeting m ON m.id = x.meeting_id
        WHERE ${where} ${tail}`,
      params,
    );
    return rows.map((r) => ({
      id: r.id as string,
      meetingId: r.meeting_id as string,
      meetingTitle: r.meeting_title as string,
      title: r.title as string,
      ownerOrganisationId: r.owner_organisation_id as string,
      ownerName: r.owner_name as string,
      dueDate: r.due as string,
      status: r.status as ActionItemView['status'],
      doneAt: (r.done_at as Date | null)?.toISOString() ?? null,
      doneBy: (r.done_by as string | null) ?? null,
      note: (r.note as string | null) ?? null,
      overdueAt: (r.overdue_at as Date | null)?.toISOString() ?? null,
      releasedAt: (r.released_at as Date | null)?.toISOString() ?? null,
      version: r.version as number,
    }));
  }

  private emitItem(manager: EntityManager, item: ActionItemEntity, type: string, meta: EventMeta) {
    const data: ActionItemEventData = {
      actionItemId: item.id,
      meetingId: item.meetingId,
      title: item.title,
      ownerOrganisationId: item.ownerOrganisationId,
      dueDate: item.dueDate,
      status: item.status,
      note: item.note,
    };
    return this.append(manager, item.id, item.eventVersion, type, data, meta);
  }

  private async append(
    manager: EntityManager,
    aggregateId: string,
    version: number,
    type: string,
    data: object,
    meta: EventMeta,
  ): Promise<void> {
    await this.outbox.append(manager, { type, aggregateId, aggregateVersion: version, data, meta });
  }

  /** An event of the meeting that is not a change of its row (an answer, a sign-in): the next event version. */
  private async appendNext(
    manager: EntityManager,
    meetingId: string,
    type: string,
    data: object,
    meta: EventMeta,
  ) {
    const [[row]]: [[{ event_version: number }]] = await manager.query(
      `UPDATE meeting SET event_version = event_version + 1 WHERE id = $1 RETURNING event_version`,
      [meetingId],
    );
    await this.append(manager, meetingId, row.event_version, type, data, meta);
  }
}

function toInvitation(r: Record<string, unknown>): InvitationView {
  const when = (v: unknown) => (v ? new Date(v as string).toISOString() : null);
  return {
    organisationId: r.organisation_id as string,
    name: r.organisation_name as string,
    districtCode: r.district_code as string,
    answer: (r.answer as InvitationView['answer']) ?? null,
    attendees: (r.attendees as number | null) ?? null,
    note: (r.note as string | null) ?? null,
    answeredAt: when(r.answered_at),
    releasedAt: when(r.released_at),
  };
}
