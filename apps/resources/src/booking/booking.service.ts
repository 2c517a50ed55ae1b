import { randomUUID } from 'node:crypto';
import { DomainError, ErrorCode, Role, type RpcCaller } from '@alliance/contracts';
import {
  BookingRefusal,
  BookingStatus,
  isTimedKind,
  LIVE_BOOKING_STATUSES,
  RESOURCES_LIST_DEFAULT_LIMIT,
  ResourceKind,
  ResourcesEvent,
  ResourceStatus,
  Visibility,
  type ApproveBookingDto,
  type BookingPage,
  type BookingView,
  type CancelBookingDto,
  type CancelSeriesDto,
  type CompleteBookingDto,
  type GetBookingDto,
  type ListBookingsDto,
  type MarkNoShowDto,
  type OnBehalfOutcomeView,
  type OnBehalfReleaseView,
  type RejectBookingDto,
  type ReleaseOnBehalfDto,
  type RequestBookingDto,
  type RequestOnBehalfDto,
  type RequestSeriesDto,
  type SeriesCancellationView,
  type SeriesSkippedDate,
  type SeriesView,
} from '@alliance/contracts/resources';
import {
  eventMeta,
  isMemberRep,
  OutboxWriter,
  type EventMeta,
  type RequestContext,
} from '@alliance/messaging';
import {
  decodePageCursor,
  inTransaction,
  lockVersioned,
  encodePageCursor,
  PgErrorCode,
  violatedConstraint,
} from '@alliance/persistence';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { MemberOrganisationEntity } from '../member-projection/member-organisation.entity';
import { ResourceEntity } from '../resource/resource.entity';
import { isAdmin, listScope, ownOrganisationOf, requireCancelSide, requireOwnerSide } from '../shared/access';
import { SqlParams } from '../shared/sql-params';
import { found } from '../shared/found';
import { BookingRefused } from '../shared/refusal';
import { formatRange, localDate, localMonth, monthStart } from '../shared/shanghai-time';
import { fieldError } from '../shared/validation-error';
import { checkSlot, type Slot } from './booking-rules';
import { toBookingEventData, toBookingView } from './booking-view';
import { BookingEntity, BookingSeriesEntity } from './booking.entity';

const WEEK_DAYS = 7;
const MAX_OCCURRENCES = 52;
const LIVE = LIVE_BOOKING_STATUSES as string[];

interface NewBooking {
  organisation: MemberOrganisationEntity;
  slot: Slot;
  purpose: string;
  headcount: number;
  seriesId: string | null;
  onBehalfKey: string | null;
}

const isOverlap = (error: unknown) =>
  violatedConstraint(error, PgErrorCode.ExclusionViolation) === 'booking_no_overlap';

@Injectable()
export class BookingService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(OutboxWriter) private readonly outbox: OutboxWriter,
  ) {}

  // ---- requests ----------------------------------------------------------------------------------

  async request(dto: RequestBookingDto, ctx: RequestContext): Promise<BookingView> {
    const slot = slotOf(dto.startsAt, dto.endsAt);
    try {
      return await inTransaction(this.dataSource, async (manager) => {
        const { organisation, resource } = await this.lockParties(manager, dto, ctx.caller);
        const booking = await this.book(
          manager,
          resource,
          {
            organisation,
            slot,
            purpose: dto.purpose.trim(),
            headcount: dto.headcount,
            seriesId: null,
            onBehalfKey: null,
          },
          ctx,
        );
        return toBookingView(booking, resource, organisation.name);
      });
    } catch (error) {
      if (isOverlap(error))
        throw await this.slotTaken(this.dataSource.manager, dto.resourceId, slot, ctx.caller);
      throw error;
    }
  }

  /**
   * A weekly series: each occurrence is tried in its own savepoint, so a taken, closed or over-quota date is
   * reported with its reason and the free ones are booked, in one transaction.
   */
  async requestSeries(dto: RequestSeriesDto, ctx: RequestContext): Promise<SeriesView> {
    const first = slotOf(dto.startsAt, dto.endsAt);
    const slots = occurrences(first, dto);
    return inTransaction(this.dataSource, async (manager) => {
      const { organisation, resource } = await this.lockParties(manager, dto, ctx.caller);
      const series = manager.create(BookingSeriesEntity, {
        id: randomUUID(),
        resourceId: resource.id,
        organisationId: organisation.organisationId,
        requestedBy: ctx.caller?.userId ?? null,
        createdAt: new Date(),
      });
      await manager.insert(BookingSeriesEntity, series);
      const booked: BookingView[] = [];
      const skipped: SeriesSkippedDate[] = [];
      for (const slot of slots) {
        await manager.query('SAVEPOINT occurrence');
        try {
          const booking = await this.book(
            manager,
            resource,
            {
              organisation,
              slot,
              purpose: dto.purpose.trim(),
              headcount: dto.headcount,
              seriesId: series.id,
              onBehalfKey: null,
            },
            ctx,
          );
          await manager.query('RELEASE SAVEPOINT occurrence');
          booked.push(toBookingView(booking, resource, organisation.name));
        } catch (error) {
          await manager.query('ROLLBACK TO SAVEPOINT occurrence');
          const refusal = isOverlap(error)
            ? await this.slotTaken(manager, resource.id, slot, ctx.caller)
            : error;
          if (!(refusal instanceof BookingRefused)) throw error;
          skipped.push({
            date: localDate(slot.startsAt),
            startsAt: slot.startsAt.toISOString(),
            endsAt: slot.endsAt.toISOString(),
            reason: refusal.reason,
            message: refusal.message,
          });
        }
      }
      return { seriesId: series.id, booked, skipped };
    });
  }

  /**
   * A booking another service makes for an organisation (training for a session's venue). The key makes it
   * idempotent: the first outcome — booked, or refused with its reason — is recorded and answered to every
   * repetition, and published (booking events carry the key; a refusal is on-behalf-request.refused).
   */
  async requestOnBehalf(dto: RequestOnBehalfDto, ctx: RequestContext): Promise<OnBehalfOutcomeView> {
    const slot = slotOf(dto.startsAt, dto.endsAt);
    const key = dto.idempotencyKey;
    let refusal!: DomainError;
    try {
      return await inTransaction(this.dataSource, async (manager) => {
        const earlier = await this.onBehalfOutcome(manager, key, true);
        if (earlier) return earlier;
        const { organisation, resource } = await this.lockParties(manager, dto, ctx.caller);
        if (resource.kind !== ResourceKind.Venue) {
          throw new BookingRefused(
            BookingRefusal.NotTimed,
            'resourceId',
            `resource ${resource.id} is not a venue`,
          );
        }
        const booking = await this.book(
          manager,
          resource,
          {
            organisation,
            slot,
            purpose: dto.purpose.trim(),
            headcount: dto.headcount,
            seriesId: null,
            onBehalfKey: key,
          },
          ctx,
        );
        await manager.query(
          `INSERT INTO on_behalf_request (idempotency_key, id, resource_id, organisation_id, starts_at, ends_at,
             booking_id, outcome, requested_by, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, 'booked', $8, now())`,
          [
            key,
            randomUUID(),
            resource.id,
            organisation.organisationId,
            slot.startsAt,
            slot.endsAt,
            booking.id,
            ctx.caller?.userId ?? null,
          ],
        );
        return {
          idempotencyKey: key,
          outcome: 'booked',
          booking: toBookingView(booking, resource, organisation.name),
          refusal: null,
        };
      });
    } catch (error) {
      if (isOverlap(error))
        refusal = await this.slotTaken(this.dataSource.manager, dto.resourceId, slot, null);
      else if (
        error instanceof DomainError &&
        error.code !== ErrorCode.Forbidden &&
        error.code !== ErrorCode.NotFound
      )
        refusal = error;
      else throw error;
    }
    const reason = (refusal.details?.reason as string | undefined) ?? refusal.code;
    return inTransaction(this.dataSource, async (manager) => {
      const earlier = await this.onBehalfOutcome(manager, key, true);
      if (earlier) return earlier;
      const id = randomUUID();
      await manager.query(
        `INSERT INTO on_behalf_request (idempotency_key, id, resource_id, organisation_id, starts_at, ends_at,
           outcome, refusal_reason, refusal_message, requested_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, 'refused', $7, $8, $9, now())`,
        [
          key,
          id,
          dto.resourceId,
          dto.organisationId,
          slot.startsAt,
          slot.endsAt,
          reason,
          refusal.message,
          ctx.caller?.userId ?? null,
        ],
      );
      await this.outbox.append(manager, {
        type: ResourcesEvent.onBehalfRefused,
        aggregateId: id,
        aggregateVersion: 1,
        data: {
          idempotencyKey: key,
          resourceId: dto.resourceId,
          organisationId: dto.organisationId,
          startsAt: slot.startsAt.toISOString(),
          endsAt: slot.endsAt.toISOString(),
          reason,
          message: refusal.message,
        },
        meta: eventMeta(ctx),
      });
      return {
        idempotencyKey: key,
        outcome: 'refused',
        booking: null,
        refusal: { reason, message: refusal.message },
      };
    });
  }

  /**
   * The requesting service gives back what it booked on an organisation's behalf. RPC only and without a user
   * caller (the gateway always names one), named by the request's key that only the requester knows. Under the
   * key's lock, so it is ordered with the request itself: a booking still live is cancelled (booking.cancelled
   * with the reason, the slot free again); a refused or already ended one is answered as it is; a key not
   * seen yet is recorded as released, so that the request, if it is still on its way, books nothing.
   */
  async releaseOnBehalf(dto: ReleaseOnBehalfDto, ctx: RequestContext): Promise<OnBehalfReleaseView> {
    if (ctx.caller) {
      throw new DomainError(
        ErrorCode.Forbidden,
        'only the service that requested a booking on behalf releases it',
      );
    }
    const key = dto.idempotencyKey;
    const reason = dto.reason.trim();
    return inTransaction(this.dataSource, async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 42))`, [key]);
      const [row] = (await manager.query(
        `SELECT booking_id, outcome FROM on_behalf_request WHERE idempotency_key = $1`,
        [key],
      )) as Array<{ booking_id: string | null; outcome: 'booked' | 'refused' | 'released' }>;
      if (!row) {
        await manager.query(
          `INSERT INTO on_behalf_request (idempotency_key, id, outcome, released_at, release_reason, created_at)
           VALUES ($1, $2, 'released', now(), $3, now())`,
          [key, randomUUID(), reason],
        );
        return { idempotencyKey: key, outcome: 'released', booking: null };
      }
      if (row.outcome !== 'booked') return { idempotencyKey: key, outcome: row.outcome, booking: null };
      const booking = await manager.findOneOrFail(BookingEntity, {
        where: { id: String(row.booking_id) },
        lock: { mode: 'pessimistic_write' },
      });
      const resource = await manager.findOneByOrFail(ResourceEntity, { id: booking.resourceId });
      const now = new Date();
      if (LIVE.includes(booking.status) && booking.endsAt > now) {
        await this.cancelWith(manager, booking, resource, reason, eventMeta(ctx));
        await manager.query(
          `UPDATE on_behalf_request SET released_at = now(), release_reason = $2 WHERE idempotency_key = $1`,
          [key, reason],
        );
      }
      return { idempotencyKey: key, outcome: 'booked', booking: await this.view(manager, booking, resource) };
    });
  }

  /** The recorded outcome of a key; `lock` first serialises requests with the same key. */
  private async onBehalfOutcome(
    manager: EntityManager,
    key: string,
    lock: boolean,
  ): Promise<OnBehalfOutcomeView | null> {
    if (lock) await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 42))`, [key]);
    const [row] = (await manager.query(
      `SELECT booking_id, outcome, refusal_reason, refusal_message FROM on_behalf_request WHERE idempotency_key = $1`,
      [key],
    )) as Array<{
      booking_id: string | null;
      outcome: 'booked' | 'refused' | 'released';
      refusal_reason: string | null;
      refusal_message: string | null;
    }>;
    if (!row) return null;
    if (row.outcome === 'released') {
      return {
        idempotencyKey: key,
        outcome: 'refused',
        booking: null,
        refusal: {
          reason: 'released',
          message: 'the requester released this request before it arrived; nothing was booked',
        },
      };
    }
    if (row.outcome === 'refused') {
      return {
        idempotencyKey: key,
        outcome: 'refused',
        booking: null,
        refusal: { reason: row.refusal_reason ?? '', message: row.refusal_message ?? '' },
      };
    }
    const booking = await manager.findOneByOrFail(BookingEntity, { id: String(row.booking_id) });
    return {
      idempotencyKey: key,
      outcome: 'booked',
      booking: await this.view(manager, booking),
      refusal: null,
    };
  }

  /**
   * The requesting organisation (admitted, FOR SHARE: a concurrent suspension waits for this booking and
   * then cancels it) and the resource (FOR SHARE: a withdrawal waits likewise), with the rules of who books what.
   */
  private async lockParties(
    manager: EntityManager,
    dto: { resourceId: string; organisationId: string },
    caller: RpcCaller | null,
  ): Promise<{ organisation: MemberOrganisationEntity; resource: ResourceEntity }> {
    if (isMemberRep(caller) && caller.organisationId !== dto.organisationId) {
      throw new DomainError(
        ErrorCode.Forbidden,
        'a member representative books for its own organisation only',
      );
    }
    if (caller && !([Role.AllianceAdmin, Role.MemberRep, Role.Trainer] as string[]).includes(caller.role)) {
      throw new DomainError(ErrorCode.Forbidden, `the role ${caller.role} does not book resources`);
    }
    const organisation = await manager.findOne(MemberOrganisationEntity, {
      where: { organisationId: dto.organisationId },
      lock: { mode: 'pessimistic_read' },
    });
    if (!organisation || organisation.status !== 'admitted') {
      throw new BookingRefused(
        BookingRefusal.OrganisationNotAdmitted,
        'organisationId',
        `organisation ${dto.organisationId} is ${organisation?.status ?? 'not known'}: only admitted members book resources`,
      );
    }
    const resource = await manager.findOne(ResourceEntity, {
      where: { id: dto.resourceId },
      lock: { mode: 'pessimistic_read' },
    });
    if (!resource) throw new DomainError(ErrorCode.NotFound, `resource ${dto.resourceId} not found`);
    if (resource.status !== ResourceStatus.Listed) {
      throw new BookingRefused(
        BookingRefusal.ResourceWithdrawn,
        'resourceId',
        `resource ${resource.id} is withdrawn`,
      );
    }
    if (!isTimedKind(resource.kind)) {
      throw new BookingRefused(
        BookingRefusal.NotTimed,
        'resourceId',
        `a ${resource.kind} offer is requested by quantity and month, not booked for a time`,
      );
    }
    if (caller?.role === Role.Trainer && resource.kind !== ResourceKind.Venue) {
      throw new DomainError(ErrorCode.Forbidden, 'trainers book venues only');
    }
    if (
      resource.visibility === Visibility.Districts &&
      resource.ownerOrganisationId !== organisation.organisationId &&
      resource.districtCode !== organisation.districtCode &&
      !resource.visibleDistricts.includes(organisation.districtCode)
    ) {
      throw new BookingRefused(
        BookingRefusal.NotVisible,
        'resourceId',
        `resource ${resource.id} is offered to ${resource.visibleDistricts.join(', ')} only`,
      );
    }
    // New bookings of one resource queue here. The exclusion constraint alone keeps them apart, but two
    // inserts that each find the other's uncommitted row wait on each other (a deadlock PostgreSQL breaks
    // after deadlock_timeout); in turn, each insert meets only committed rows and is refused at once.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 7))`, [resource.id]);
    return { organisation, resource };
  }

  /** One booking: the slot's rules, the monthly quota under its lock, the insert (the exclusion constraint), events. */
  private async book(
    manager: EntityManager,
    resource: ResourceEntity,
    b: NewBooking,
    ctx: RequestContext,
  ): Promise<BookingEntity> {
    const now = new Date();
    checkSlot(resource, b.slot, b.headcount, now);
    if (resource.monthlyQuota)
      await this.checkQuota(manager, resource, b.organisation.organisationId, b.slot);
    const auto = resource.approvalMode === 'auto';
    const booking = manager.create(BookingEntity, {
      id: randomUUID(),
      resourceId: resource.id,
      organisationId: b.organisation.organisationId,
      seriesId: b.seriesId,
      startsAt: b.slot.startsAt,
      endsAt: b.slot.endsAt,
      purpose: b.purpose,
      headcount: b.headcount,
      status: BookingStatus.Requested,
      decisionNote: null,
      cancellationReason: null,
      onBehalfKey: b.onBehalfKey,
      requestedBy: ctx.caller?.userId ?? null,
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    await manager.insert(BookingEntity, booking);
    const meta = eventMeta(ctx);
    await this.outbox.append(manager, {
      type: ResourcesEvent.bookingRequested,
      aggregateId: booking.id,
      aggregateVersion: 1,
      data: toBookingEventData(booking, resource),
      meta,
    });
    if (auto) {
      booking.status = BookingStatus.Approved;
      booking.decisionNote = '自动批准 approved automatically';
      booking.version = 2;
      await manager.update(
        BookingEntity,
        { id: booking.id },
        { status: booking.status, decisionNote: booking.decisionNote, version: 2 },
      );
      await this.outbox.append(manager, {
        type: ResourcesEvent.bookingApproved,
        aggregateId: booking.id,
        aggregateVersion: 2,
        data: toBookingEventData(booking, resource),
        meta,
      });
    }
    return booking;
  }

  /**
   * The monthly quota (per resource, requesting organisation and calendar month in Asia/Shanghai): the
   * (resource, organisation, month) row is locked first, so concurrent requests count one after another.
   */
  private async checkQuota(
    manager: EntityManager,
    resource: ResourceEntity,
    organisationId: string,
    slot: Slot,
  ) {
    const month = localMonth(slot.startsAt);
    await manager.query(
      `INSERT INTO booking_quota_lock (resource_id, organisation_id, month) VALUES ($1, $2, $3)
       ON CONFLICT (resource_id, organisation_id, month) DO UPDATE SET month = EXCLUDED.month`,
      [resource.id, organisationId, `${month}-01`],
    );
    const [{ n }] = (await manager.query(
      `SELECT count(*)::int AS n FROM booking
        WHERE resource_id = $1 AND organisation_id = $2 AND status IN ('requested', 'approved', 'completed', 'no_show')
          AND starts_at >= $3 AND starts_at < $4`,
      [resource.id, organisationId, monthStart(month), monthStart(nextMonth(month))],
    )) as Array<{ n: number }>;
    if (n >= (resource.monthlyQuota ?? Infinity)) {
      throw new BookingRefused(
        BookingRefusal.OverQuota,
        'startsAt',
        `the organisation already has ${n} bookings of this resource in ${month}: the quota is ${resource.monthlyQuota} a month`,
        { month, quota: resource.monthlyQuota },
      );
    }
  }

  /** The 409 of an overlap: the clashing booking's time; who booked it only to admins. */
  private async slotTaken(
    manager: EntityManager,
    resourceId: string,
    slot: Slot,
    caller: RpcCaller | null,
  ): Promise<BookingRefused> {
    const [clash] = (await manager.query(
      `SELECT id, organisation_id, starts_at, ends_at FROM booking
        WHERE resource_id = $1 AND status IN ('requested', 'approved') AND period && tstzrange($2, $3, '[)')
        ORDER BY starts_at LIMIT 1`,
      [resourceId, slot.startsAt, slot.endsAt],
    )) as Array<{ id: string; organisation_id: string; starts_at: Date; ends_at: Date }>;
    const taken = clash ? formatRange(clash.starts_at, clash.ends_at) : 'an overlapping time';
    return new BookingRefused(
      BookingRefusal.SlotTaken,
      'startsAt',
      `the slot ${formatRange(slot.startsAt, slot.endsAt)} clashes with a booking of ${taken}`,
      clash
        ? {
            clash: {
              startsAt: clash.starts_at.toISOString(),
              endsAt: clash.ends_at.toISOString(),
              ...(isAdmin(caller) ? { bookingId: clash.id, organisationId: clash.organisation_id } : {}),
            },
          }
        : {},
      ErrorCode.Conflict,
    );
  }

  // ---- decisions -------------------------------------------------------------------------------------

  approve(dto: ApproveBookingDto, ctx: RequestContext): Promise<BookingView> {
    return this.decide(dto, ctx, 'approve', (booking, resource, now) => {
      requireOwnerSide(ctx.caller, resource.ownerOrganisationId, 'approve a booking');
      if (booking.status !== BookingStatus.Requested) throw illegal(booking, 'approved');
      if (booking.startsAt <= now) throw illegal(booking, 'approved: it has begun');
      booking.status = BookingStatus.Approved;
      booking.decisionNote = dto.note?.trim() || null;
      return { type: ResourcesEvent.bookingApproved, reason: booking.decisionNote };
    });
  }

  reject(dto: RejectBookingDto, ctx: RequestContext): Promise<BookingView> {
    return this.decide(dto, ctx, 'reject', (booking, resource) => {
      requireOwnerSide(ctx.caller, resource.ownerOrganisationId, 'reject a booking');
      if (booking.status !== BookingStatus.Requested) throw illegal(booking, 'rejected');
      booking.status = BookingStatus.Rejected;
      booking.decisionNote = dto.reason.trim();
      return { type: ResourcesEvent.bookingRejected, reason: booking.decisionNote };
    });
  }

  /** Either side cancels (the booking organisation, the owner, an admin, the trainer who booked it). */
  cancel(dto: CancelBookingDto, ctx: RequestContext): Promise<BookingView> {
    return this.decide(dto, ctx, 'cancel', (booking, resource, now) => {
      requireCancelSide(
        ctx.caller,
        { ...booking, ownerOrganisationId: resource.ownerOrganisationId },
        'cancel a booking',
      );
      if (!LIVE.includes(booking.status)) throw illegal(booking, 'cancelled');
      if (booking.endsAt <= now) throw illegal(booking, 'cancelled: it is over');
      booking.status = BookingStatus.Cancelled;
      booking.cancellationReason = dto.reason.trim();
      return { type: ResourcesEvent.bookingCancelled, reason: booking.cancellationReason };
    });
  }

  complete(dto: CompleteBookingDto, ctx: RequestContext): Promise<BookingView> {
    return this.decide(dto, ctx, 'complete', (booking, resource, now) => {
      requireOwnerSide(ctx.caller, resource.ownerOrganisationId, 'record a booking as completed');
      if (booking.status !== BookingStatus.Approved) throw illegal(booking, 'completed');
      if (booking.startsAt > now) throw illegal(booking, 'completed before it begins');
      booking.status = BookingStatus.Completed;
      return { type: ResourcesEvent.bookingCompleted, reason: null };
    });
  }

  noShow(dto: MarkNoShowDto, ctx: RequestContext): Promise<BookingView> {
    return this.decide(dto, ctx, 'no-show', (booking, resource, now) => {
      requireOwnerSide(ctx.caller, resource.ownerOrganisationId, 'record a no-show');
      if (booking.status !== BookingStatus.Approved) throw illegal(booking, 'recorded as a no-show');
      if (booking.startsAt > now) throw illegal(booking, 'recorded as a no-show before it begins');
      booking.status = BookingStatus.NoShow;
      return { type: ResourcesEvent.bookingNoShow, reason: null };
    });
  }

  private decide(
    dto: { id: string; expectedVersion: number },
    ctx: RequestContext,
    _what: string,
    change: (
      booking: BookingEntity,
      resource: ResourceEntity,
      now: Date,
    ) => { type: string; reason: string | null },
  ): Promise<BookingView> {
    return inTransaction(this.dataSource, async (manager) => {
      const booking = await lockVersioned(manager, BookingEntity, dto.id, dto.expectedVersion, 'booking');
      const resource = await manager.findOneByOrFail(ResourceEntity, { id: booking.resourceId });
      const now = new Date();
      const { type, reason } = change(booking, resource, now);
      await this.saveWithEvent(manager, booking, resource, type, reason, eventMeta(ctx), now);
      return this.view(manager, booking, resource);
    });
  }

  private async saveWithEvent(
    manager: EntityManager,
    booking: BookingEntity,
    resource: ResourceEntity,
    type: string,
    reason: string | null,
    meta: EventMeta,
    now: Date,
  ): Promise<void> {
    booking.version += 1;
    booking.updatedAt = now;
    await manager.save(BookingEntity, booking);
    await this.outbox.append(manager, {
      type,
      aggregateId: booking.id,
      aggregateVersion: booking.version,
      data: toBookingEventData(booking, resource, reason),
      meta,
    });
  }

  /** Cancels every booking of a series that has not begun (date by date: cancel the booking itself). */
  async cancelSeries(dto: CancelSeriesDto, ctx: RequestContext): Promise<SeriesCancellationView> {
    return inTransaction(this.dataSource, async (manager) => {
      const series = await manager.findOneBy(BookingSeriesEntity, { id: dto.seriesId });
      if (!series) throw new DomainError(ErrorCode.NotFound, `booking series ${dto.seriesId} not found`);
      const resource = await manager.findOneByOrFail(ResourceEntity, { id: series.resourceId });
      requireCancelSide(
        ctx.caller,
        { ...series, ownerOrganisationId: resource.ownerOrganisationId },
        'cancel a series',
      );
      const now = new Date();
      const bookings = await manager
        .createQueryBuilder(BookingEntity, 'b')
        .setLock('pessimistic_write')
        .where('b.series_id = :id AND b.status IN (:...live) AND b.starts_at > :now', {
          id: series.id,
          live: LIVE,
          now,
        })
        .orderBy('b.starts_at')
        .getMany();
      const meta = eventMeta(ctx);
      const reason = dto.reason.trim();
      const cancelled: BookingView[] = [];
      for (const booking of bookings) {
        booking.status = BookingStatus.Cancelled;
        booking.cancellationReason = reason;
        await this.saveWithEvent(
          manager,
          booking,
          resource,
          ResourcesEvent.bookingCancelled,
          reason,
          meta,
          now,
        );
        cancelled.push(await this.view(manager, booking, resource));
      }
      return { seriesId: series.id, cancelled };
    });
  }

  // ---- reactions ---------------------------------------------------------------------------------

  /** Others' (and the owner's own) bookings of a withdrawn resource that have not begun. */
  async cancelFutureOfResource(
    manager: EntityManager,
    resource: ResourceEntity,
    reason: string,
    meta: EventMeta,
  ) {
    const bookings = await this.futureLive(manager, 'b.resource_id = :id', resource.id);
    for (const booking of bookings) await this.cancelWith(manager, booking, resource, reason, meta);
  }

  /** An organisation's own bookings that have not begun. */
  async cancelFutureOfOrganisation(
    manager: EntityManager,
    organisationId: string,
    reason: string,
    meta: EventMeta,
  ) {
    const bookings = await this.futureLive(manager, 'b.organisation_id = :id', organisationId);
    const resources = await this.resourcesOf(
      manager,
      bookings.map((b) => b.resourceId),
    );
    for (const booking of bookings)
      await this.cancelWith(manager, booking, found(resources, booking.resourceId, 'resource'), reason, meta);
  }

  private futureLive(manager: EntityManager, condition: string, id: string): Promise<BookingEntity[]> {
    return manager
      .createQueryBuilder(BookingEntity, 'b')
      .setLock('pessimistic_write')
      .where(`${condition} AND b.status IN (:...live) AND b.starts_at > :now`, {
        id,
        live: LIVE,
        now: new Date(),
      })
      .orderBy('b.id')
      .getMany();
  }

  private async cancelWith(
    manager: EntityManager,
    booking: BookingEntity,
    resource: ResourceEntity,
    reason: string,
    meta: EventMeta,
  ) {
    booking.status = BookingStatus.Cancelled;
    booking.cancellationReason = reason;
    await this.saveWithEvent(
      manager,
      booking,
      resource,
      ResourcesEvent.bookingCancelled,
      reason,
      meta,
      new Date(),
    );
  }

  /** Requests nobody decided before they began expire, each announced once (the status changes once). */
  async expireUndecided(now = new Date()): Promise<number> {
    return inTransaction(this.dataSource, async (manager) => {
      const bookings = await manager
        .createQueryBuilder(BookingEntity, 'b')
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .where('b.status = :status AND b.starts_at <= :now', { status: BookingStatus.Requested, now })
        .orderBy('b.starts_at')
        .limit(500)
        .getMany();
      const resources = await this.resourcesOf(
        manager,
        bookings.map((b) => b.resourceId),
      );
      const meta: EventMeta = {
        correlationId: `expiry-${now.toISOString()}`,
        causationId: null,
        actor: { id: 'resources', kind: 'service' },
      };
      for (const booking of bookings) {
        booking.status = BookingStatus.Expired;
        booking.decisionNote = '未在开始前处理 not decided before it began';
        await this.saveWithEvent(
          manager,
          booking,
          found(resources, booking.resourceId, 'resource'),
          ResourcesEvent.bookingExpired,
          booking.decisionNote,
          meta,
          now,
        );
      }
      return bookings.length;
    });
  }

  // ---- queries -----------------------------------------------------------------------------------

  async get(dto: GetBookingDto, caller: RpcCaller | null): Promise<BookingView> {
    const booking = await this.dataSource.manager.findOneBy(BookingEntity, { id: dto.id });
    if (!booking) throw new DomainError(ErrorCode.NotFound, `booking ${dto.id} not found`);
    const resource = await this.dataSource.manager.findOneByOrFail(ResourceEntity, {
      id: booking.resourceId,
    });
    const own = ownOrganisationOf(caller);
    if (own && own !== booking.organisationId && own !== resource.ownerOrganisationId) {
      throw new DomainError(
        ErrorCode.Forbidden,
        "a member representative reads its own organisation's bookings and those of its resources",
      );
    }
    return this.view(this.dataSource.manager, booking, resource);
  }

  /** Bookings by start time. A representative reads its organisation's bookings and those of its resources. */
  async list(dto: ListBookingsDto, caller: RpcCaller | null): Promise<BookingPage> {
    const limit = dto.limit ?? RESOURCES_LIST_DEFAULT_LIMIT;
    const sql = new SqlParams();
    const param = sql.add;
    const where: string[] = [];
    const organisationId = listScope(caller, dto.organisationId, dto.ownerOrganisationId, 'bookings');
    if (organisationId) where.push(`b.organisation_id = ${param(organisationId)}`);
    if (dto.ownerOrganisationId) where.push(`r.owner_organisation_id = ${param(dto.ownerOrganisationId)}`);
    if (dto.resourceId) where.push(`b.resource_id = ${param(dto.resourceId)}`);
    if (dto.seriesId) where.push(`b.series_id = ${param(dto.seriesId)}`);
    if (dto.status) where.push(`b.status = ${param(dto.status)}`);
    if (dto.from) where.push(`b.ends_at > ${param(new Date(dto.from))}`);
    if (dto.to) where.push(`b.starts_at < ${param(new Date(dto.to))}`);
    const after = decodePageCursor(dto.cursor);
    if (after)
      where.push(`(b.starts_at, b.id) > (${param(after.key)}::timestamptz, ${param(after.id)}::uuid)`);
    const rows = (await this.dataSource.query(
      `SELECT b.id FROM booking b JOIN resource r ON r.id = b.resource_id
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY b.starts_at, b.id LIMIT ${param(limit + 1)}`,
      sql.values,
    )) as Array<{ id: string }>;
    const ids = rows.slice(0, limit).map((r) => r.id);
    const bookings = ids.length
      ? await this.dataSource.manager.find(BookingEntity, {
          where: { id: In(ids) },
          order: { startsAt: 'ASC', id: 'ASC' },
        })
      : [];
    const manager = this.dataSource.manager;
    const resources = await this.resourcesOf(
      manager,
      bookings.map((b) => b.resourceId),
    );
    const names = await organisationNames(
      manager,
      bookings.map((b) => b.organisationId),
    );
    const last = bookings[bookings.length - 1];
    return {
      items: bookings.map((b) =>
        toBookingView(b, found(resources, b.resourceId, 'resource'), names.get(b.organisationId) ?? null),
      ),
      nextCursor:
        rows.length > limit && last
          ? encodePageCursor({ key: last.startsAt.toISOString(), id: last.id })
          : null,
    };
  }

  private async view(
    manager: EntityManager,
    booking: BookingEntity,
    resource?: ResourceEntity,
  ): Promise<BookingView> {
    const r = resource ?? (await manager.findOneByOrFail(ResourceEntity, { id: booking.resourceId }));
    const names = await organisationNames(manager, [booking.organisationId]);
    return toBookingView(booking, r, names.get(booking.organisationId) ?? null);
  }

  private async resourcesOf(manager: EntityManager, ids: string[]): Promise<Map<string, ResourceEntity>> {
    if (!ids.length) return new Map();
    const rows = await manager.findBy(ResourceEntity, { id: In([...new Set(ids)]) });
    return new Map(rows.map((r) => [r.id, r]));
  }
}

export async function organisationNames(manager: EntityManager, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = (await manager.query(
    `SELECT organisation_id, name FROM member_organisation WHERE organisation_id = ANY ($1::uuid[])`,
    [[...new Set(ids)]],
  )) as Array<{ organisation_id: string; name: string }>;
  return new Map(rows.map((r) => [r.organisation_id, r.name]));
}

function illegal(booking: BookingEntity, what: string): DomainError {
  return new DomainError(
    ErrorCode.IllegalTransition,
    `booking ${booking.id} is ${booking.status} and cannot be ${what}`,
    {
      status: booking.status,
    },
  );
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

function slotOf(startsAt: string, endsAt: string): Slot {
  const slot = { startsAt: new Date(startsAt), endsAt: new Date(endsAt) };
  if (slot.endsAt <= slot.startsAt) throw fieldError('endsAt', 'endsAt must be after startsAt');
  return slot;
}

/** The weekly occurrences of a series: `count` of them, or every week until `until` (a local date). */
function occurrences(first: Slot, dto: RequestSeriesDto): Slot[] {
  if ((dto.until === undefined) === (dto.count === undefined)) {
    throw fieldError('until', 'give either until (a date) or count, not both and not neither');
  }
  const slots: Slot[] = [];
  for (let i = 0; i < MAX_OCCURRENCES + 1; i++) {
    const shift = i * WEEK_DAYS * 86_400_000;
    const slot = {
      startsAt: new Date(first.startsAt.getTime() + shift),
      endsAt: new Date(first.endsAt.getTime() + shift),
    };
    if (dto.count !== undefined ? i >= dto.count : localDate(slot.startsAt) > String(dto.until)) break;
    slots.push(slot);
  }
  if (slots.length === 0) throw fieldError('until', 'until is before the first occurrence');
  if (slots.length > MAX_OCCURRENCES) {
    throw fieldError(
      'until',
      `a series has at most ${MAX_OCCURRENCES} occurrences; until ${dto.until} makes more`,
    );
  }
  return slots;
}
