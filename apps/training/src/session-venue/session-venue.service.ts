import { randomUUID } from 'node:crypto';
import type { BookingStatus, OnBehalfOutcomeView } from '@alliance/contracts/resources';
import {
  LocationKind,
  SessionStatus,
  SessionVenueState,
  TrainingEvent,
  VenueBookingState,
  type SessionVenueEventData,
  type SessionVenueView,
  type VenueBookingView,
} from '@alliance/contracts/training';
import { OutboxWriter, type EventMeta } from '@alliance/messaging';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { SessionEntity, SessionMeetingEntity } from '../session/session.entity';
import { allianceTimeRange } from '../shared/time';

/** The keys training gives its on-behalf requests; events with other keys are not this saga's. */
export const VENUE_KEY_PREFIX = 'training:venue:';

interface VenueRow {
  id: string;
  session_id: string;
  meeting_id: string | null;
  resource_id: string;
  organisation_id: string;
  starts_at: Date;
  ends_at: Date;
  state: VenueBookingState;
  request_key: string;
  booking_id: string | null;
  booking_version: number;
  reason: string | null;
}

const LIVE: VenueBookingState[] = [
  VenueBookingState.Requested,
  VenueBookingState.Pending,
  VenueBookingState.Confirmed,
];

/** What a booking's status at resource sharing means for the session's meeting. */
function stateOfBooking(status: BookingStatus): VenueBookingState {
  switch (status) {
    case 'requested':
      return VenueBookingState.Pending;
    case 'approved':
    case 'completed':
    case 'no_show':
      return VenueBookingState.Confirmed;
    default:
      return VenueBookingState.Flagged;
  }
}

const WHY: Partial<Record<BookingStatus, string>> = {
  rejected: '场地方拒绝 rejected by the venue',
  cancelled: '预约被取消 booking cancelled',
  expired: '场地方未及时处理 expired undecided',
};

/** Sessions at a venue scheduled before venues were booked name no organisation: they have no saga. */
const bookedAtVenue = (session: SessionEntity) =>
  session.location.kind === LocationKind.Venue && !!session.location.organisationId;

const toView = (r: VenueRow): VenueBookingView => ({
  meetingId: r.meeting_id,
  startsAt: r.starts_at.toISOString(),
  endsAt: r.ends_at.toISOString(),
  state: r.state,
  bookingId: r.booking_id,
  reason: r.reason,
});

/**
 * The session venue saga: a session at a shared venue books it at resource sharing, one booking per
 * meeting. Per meeting, because a booking at resource sharing is one continuous slot (its rules — opening
 * hours, longest booking, quota, overlap — are per slot) and the meetings of a session may be days apart;
 * the session's venue state is derived from all of them: flagged if any is, pending while any is undecided,
 * confirmed when all are approved. Each change here is made in the caller's transaction together with the
 * session change and the saga's outgoing command (`venue_step`), which the worker sends until answered.
 * The answers — the RPC's and resource sharing's events — are applied in booking version order, whichever
 * arrives first.
 */
@Injectable()
export class SessionVenueService {
  constructor(@Inject(OutboxWriter) private readonly outbox: OutboxWriter) {}

  /** A newly scheduled session: a request for each meeting. */
  async requestForMeetings(
    manager: EntityManager,
    session: SessionEntity,
    meetings: SessionMeetingEntity[],
    meta: EventMeta,
  ): Promise<void> {
    if (!bookedAtVenue(session)) return;
    for (const meeting of meetings) await this.newRequest(manager, session, meeting);
    await this.refresh(manager, session.id, meta);
  }

  /**
   * Moved meetings (the old ones are gone: their bookings have no meeting now). A live booking whose slot a
   * new meeting keeps exactly stays with it — moving one meeting does not put the others' approved bookings
   * back to pending; the others are released and each new slot is requested afresh (a new key). Releasing
   * before requesting lets a new slot overlap the old one, and the trainer retries a flagged meeting by
   * rescheduling to the same times.
   */
  async moveToMeetings(
    manager: EntityManager,
    session: SessionEntity,
    meetings: SessionMeetingEntity[],
    meta: EventMeta,
  ): Promise<void> {
    if (!bookedAtVenue(session)) return;
    const orphans = await this.rows(
      manager,
      `session_id = $1 AND meeting_id IS NULL AND state <> 'released' FOR UPDATE`,
      [session.id],
    );
    const fresh: SessionMeetingEntity[] = [];
    for (const meeting of meetings) {
      const at = orphans.findIndex(
        (r) =>
          LIVE.includes(r.state) &&
          r.starts_at.getTime() === meeting.startsAt.getTime() &&
          r.ends_at.getTime() === meeting.endsAt.getTime(),
      );
      if (at < 0) {
        fresh.push(meeting);
        continue;
      }
      const [kept] = orphans.splice(at, 1);
      await manager.query(`UPDATE venue_booking SET meeting_id = $2, updated_at = now() WHERE id = $1`, [
        kept.id,
        meeting.id,
      ]);
    }
    for (const row of orphans) await this.release(manager, row, '班次改期 session rescheduled');
    for (const meeting of fresh) await this.newRequest(manager, session, meeting);
    await this.refresh(manager, session.id, meta);
  }

  /** A cancelled session gives every booking back. */
  async releaseAll(
    manager: EntityManager,
    sessionId: string,
    reason: string,
    meta: EventMeta,
  ): Promise<void> {
    const rows = await this.rows(manager, `session_id = $1 AND state <> 'released' FOR UPDATE`, [sessionId]);
    for (const row of rows) await this.release(manager, row, reason);
    if (rows.length) await this.refresh(manager, sessionId, meta);
  }

  // ---- answers -------------------------------------------------------------------------------------

  /** Resource sharing's answer to a request (the RPC's, or a repetition of it). */
  async applyOutcome(manager: EntityManager, outcome: OnBehalfOutcomeView, meta: EventMeta): Promise<void> {
    if (outcome.booking) {
      const b = outcome.booking;
      await this.applyBooking(
        manager,
        outcome.idempotencyKey,
        { id: b.id, status: b.status, version: b.version, reason: b.cancellationReason ?? b.decisionNote },
        meta,
      );
    } else if (outcome.refusal) {
      await this.applyRefusal(manager, outcome.idempotencyKey, outcome.refusal, meta);
    }
  }

  /** A booking's state, applied only if newer than what the row reflects (the RPC's answer races its events). */
  async applyBooking(
    manager: EntityManager,
    key: string,
    booking: { id: string; status: BookingStatus; version: number; reason: string | null },
    meta: EventMeta,
  ): Promise<void> {
    const row = await this.lockByKey(manager, key);
    if (!row || booking.version <= row.booking_version) return;
    if (row.state === VenueBookingState.Released) {
      await manager.query(
        `UPDATE venue_booking SET booking_id = $2, booking_version = $3, updated_at = now() WHERE id = $1`,
        [row.id, booking.id, booking.version],
      );
      return;
    }
    const state = stateOfBooking(booking.status);
    const why = WHY[booking.status] ?? booking.status;
    const reason =
      state === VenueBookingState.Flagged ? (booking.reason ? `${why}: ${booking.reason}` : why) : null;
    await manager.query(
      `UPDATE venue_booking SET state = $2, booking_id = $3, booking_version = $4, reason = $5, updated_at = now()
        WHERE id = $1`,
      [row.id, state, booking.id, booking.version, reason],
    );
    await this.refresh(manager, row.session_id, meta);
  }

  /** No booking was made (slot taken, closed, over quota, …): the meeting is flagged with the reason. */
  async applyRefusal(
    manager: EntityManager,
    key: string,
    refusal: { reason: string; message: string },
    meta: EventMeta,
  ): Promise<void> {
    const row = await this.lockByKey(manager, key);
    if (!row || row.state !== VenueBookingState.Requested) return;
    await manager.query(
      `UPDATE venue_booking SET state = 'flagged', reason = $2, updated_at = now() WHERE id = $1`,
      [row.id, `${refusal.reason}: ${refusal.message}`],
    );
    await this.refresh(manager, row.session_id, meta);
  }

  // ---- views ---------------------------------------------------------------------------------------

  /** The venue of each session at a shared venue: the bookings of its current meetings. */
  async views(manager: EntityManager, sessions: SessionEntity[]): Promise<Map<string, SessionVenueView>> {
    const atVenue = sessions.filter((s) => s.venueState);
    if (!atVenue.length) return new Map();
    const rows = await this.rows(
      manager,
      `session_id = ANY($1::uuid[]) AND meeting_id IS NOT NULL ORDER BY starts_at`,
      [atVenue.map((s) => s.id)],
    );
    return new Map(
      atVenue.map((s) => [
        s.id,
        {
          state: s.venueState as SessionVenueState,
          reason: s.venueReason,
          bookings: rows.filter((r) => r.session_id === s.id).map(toView),
        },
      ]),
    );
  }

  async view(manager: EntityManager, session: SessionEntity): Promise<SessionVenueView | null> {
    return (await this.views(manager, [session])).get(session.id) ?? null;
  }

  // ---- the saga's own steps ------------------------------------------------------------------------

  private async newRequest(
    manager: EntityManager,
    session: SessionEntity,
    meeting: SessionMeetingEntity,
  ): Promise<void> {
    const id = randomUUID();
    const key = `${VENUE_KEY_PREFIX}${id}`;
    await manager.query(
      `INSERT INTO venue_booking (id, session_id, meeting_id, resource_id, organisation_id, starts_at, ends_at,
         state, request_key, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'requested', $8, now(), now())`,
      [
        id,
        session.id,
        meeting.id,
        session.location.resourceId,
        session.location.organisationId,
        meeting.startsAt,
        meeting.endsAt,
        key,
      ],
    );
    await this.addStep(manager, id, 'request', key);
  }

  /**
   * The meeting's booking is given back. A request never sent (never claimed by a worker: the step row is
   * locked here, so a claim in progress is waited for) is simply not sent; any other is released by key —
   * resource sharing cancels the booking, or, if the request is still on its way, spends the key.
   */
  private async release(manager: EntityManager, row: VenueRow, reason: string): Promise<void> {
    await manager.query(
      `UPDATE venue_booking SET state = 'released', reason = $2, updated_at = now() WHERE id = $1`,
      [row.id, reason],
    );
    const [request] = (await manager.query(
      `SELECT id, attempts, done_at FROM venue_step WHERE venue_booking_id = $1 AND kind = 'request' FOR UPDATE`,
      [row.id],
    )) as Array<{ id: string; attempts: number; done_at: Date | null }>;
    if (request && !request.done_at && request.attempts === 0) {
      await manager.query(
        `UPDATE venue_step SET done_at = now(), last_error = 'not sent: released first' WHERE id = $1`,
        [request.id],
      );
      return;
    }
    await this.addStep(manager, row.id, 'release', `release:${row.request_key}`);
  }

  private async addStep(
    manager: EntityManager,
    venueBookingId: string,
    kind: 'request' | 'release',
    key: string,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO venue_step (id, venue_booking_id, kind, idempotency_key, due_at, created_at)
       VALUES ($1, $2, $3, $4, now(), now())
       ON CONFLICT (idempotency_key) DO NOTHING`,
      [randomUUID(), venueBookingId, kind, key],
    );
  }

  /**
   * The session's venue as a whole, after its bookings changed. The session row is locked by the caller (a
   * command) or by `lockByKey` (an answer): sessions, then their bookings, always in that order.
   */
  private async refresh(manager: EntityManager, sessionId: string, meta: EventMeta): Promise<void> {
    const [s] = (await manager.query(
      `SELECT status, course_id, trainer_ids, location, venue_state, venue_reason, venue_version
         FROM session WHERE id = $1`,
      [sessionId],
    )) as Array<{
      status: SessionStatus;
      course_id: string;
      trainer_ids: string[];
      location: { resourceId: string; organisationId: string };
      venue_state: SessionVenueState | null;
      venue_reason: string | null;
      venue_version: number;
    }>;
    const rows = await this.rows(manager, `session_id = $1 ORDER BY starts_at`, [sessionId]);
    const live = rows.filter((r) => r.state !== VenueBookingState.Released);
    const flagged = live.filter((r) => r.state === VenueBookingState.Flagged);
    let state: SessionVenueState;
    let reason: string | null = null;
    if (s.status === SessionStatus.Cancelled || live.length === 0) state = SessionVenueState.Released;
    else if (flagged.length) {
      state = SessionVenueState.Flagged;
      reason =
        live.length === 1
          ? flagged[0].reason
          : flagged.map((r) => `${allianceTimeRange(r.starts_at, r.ends_at)} ${r.reason}`).join('; ');
    } else if (live.some((r) => r.state !== VenueBookingState.Confirmed)) state = SessionVenueState.Pending;
    else state = SessionVenueState.Confirmed;
    if (state === s.venue_state && reason === s.venue_reason) return;
    // Announced: every new reason to flag the session, and its confirmation; the versions of this
    // aggregate count the announcements only, so that consumers see them without gaps.
    const type =
      state === SessionVenueState.Flagged
        ? TrainingEvent.sessionVenueFlagged
        : state === SessionVenueState.Confirmed
          ? TrainingEvent.sessionVenueConfirmed
          : null;
    const version = s.venue_version + (type ? 1 : 0);
    await manager.query(
      `UPDATE session SET venue_state = $2, venue_reason = $3, venue_version = $4 WHERE id = $1`,
      [sessionId, state, reason, version],
    );
    if (!type) return;
    const data: SessionVenueEventData = {
      sessionId,
      courseId: s.course_id,
      trainerIds: s.trainer_ids,
      resourceId: s.location.resourceId,
      organisationId: s.location.organisationId,
      state,
      reason,
      bookings: live.map((r) => ({ ...toView(r) })),
    };
    await this.outbox.append(manager, {
      type,
      aggregateId: sessionId,
      aggregateVersion: version,
      data,
      meta,
    });
  }

  /** The row of a request key, with its session locked first (the order commands lock in). */
  private async lockByKey(manager: EntityManager, key: string): Promise<VenueRow | undefined> {
    const [found] = (await manager.query(`SELECT session_id FROM venue_booking WHERE request_key = $1`, [
      key,
    ])) as Array<{ session_id: string }>;
    if (!found) return undefined;
    await manager.query(`SELECT 1 FROM session WHERE id = $1 FOR UPDATE`, [found.session_id]);
    const [row] = await this.rows(manager, `request_key = $1 FOR UPDATE`, [key]);
    return row;
  }

  private rows(manager: EntityManager, where: string, params: unknown[]): Promise<VenueRow[]> {
    return manager.query(
      `SELECT id, session_id, meeting_id, resource_id, organisation_id, starts_at, ends_at, state, request_key,
              booking_id, booking_version, reason
         FROM venue_booking WHERE ${where}`,
      params,
    ) as Promise<VenueRow[]>;
  }
}
