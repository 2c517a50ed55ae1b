import type { MeetingVenueView } from '@alliance/contracts/coordination';
import type { BookingStatus, OnBehalfOutcomeView } from '@alliance/contracts/resources';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';

/** The keys coordination gives its on-behalf requests; events with other keys are not its meetings'. */
export const MEETING_VENUE_KEY_PREFIX = 'coordination:venue:';

type VenueState = 'requested' | MeetingVenueView['state'];

interface VenueRow {
  meeting_id: string;
  resource_id: string;
  organisation_id: string;
  state: VenueState;
  request_key: string;
  booking_id: string | null;
  booking_version: number;
  reason: string | null;
}

/** What a booking's status at resource sharing means for the meeting. */
function stateOfBooking(status: BookingStatus): VenueState {
  switch (status) {
    case 'requested':
      return 'pending';
    case 'approved':
    case 'completed':
    case 'no_show':
      return 'confirmed';
    default:
      return 'flagged';
  }
}

const WHY: Partial<Record<BookingStatus, string>> = {
  rejected: '场地方拒绝 rejected by the venue',
  cancelled: '预约被取消 booking cancelled',
  expired: '场地方未及时处理 expired undecided',
};

/**
 * A meeting at a venue of resource sharing books it there, on behalf of an organisation — as training's
 * session venue saga does, for one slot (a meeting is one continuous time). Each change is made in the
 * transaction of the meeting change that needs it, together with the command to send (`meeting_venue_step`),
 * which MeetingVenueWorker sends until answered; answers (the RPC's and resources' events) apply in booking
 * version order, whichever arrives first. Meetings are never moved (there is no rescheduling): a cancelled
 * meeting gives the venue back.
 */
@Injectable()
export class MeetingVenueService {
  async request(
    manager: EntityManager,
    meeting: { id: string; resourceId: string; organisationId: string },
  ): Promise<void> {
    const key = `${MEETING_VENUE_KEY_PREFIX}${randomUUID()}`;
    await manager.query(
      `INSERT INTO meeting_venue (meeting_id, resource_id, organisation_id, state, request_key, updated_at)
       VALUES ($1, $2, $3, 'requested', $4, now())`,
      [meeting.id, meeting.resourceId, meeting.organisationId, key],
    );
    await this.addStep(manager, meeting.id, 'request', key);
  }

  /**
   * The venue is given back. A request never sent (no worker claimed it: the step is locked here, so a claim in
   * progress is waited for) is simply not sent; any other is released by key — resource sharing cancels the
   * booking, or, if the request is still on its way, spends the key.
   */
  async release(manager: EntityManager, meetingId: string, reason: string): Promise<void> {
    const [row] = await this.rows(manager, `meeting_id = $1 AND state <> 'released' FOR UPDATE`, [meetingId]);
    if (!row) return;
    await manager.query(
      `UPDATE meeting_venue SET state = 'released', reason = $2, updated_at = now() WHERE meeting_id = $1`,
      [meetingId, reason],
    );
    const [request] = (await manager.query(
      `SELECT id, attempts, done_at FROM meeting_venue_step WHERE meeting_id = $1 AND kind = 'request' FOR UPDATE`,
      [meetingId],
    )) as Array<{ id: string; attempts: number; done_at: Date | null }>;
    if (request && !request.done_at && request.attempts === 0) {
      await manager.query(
        `UPDATE meeting_venue_step SET done_at = now(), last_error = 'not sent: released first' WHERE id = $1`,
        [request.id],
      );
      return;
    }
    await this.addStep(manager, meetingId, 'release', `release:${row.request_key}`);
  }

  /** Resource sharing's answer to a request (the RPC's, or a repetition of it). */
  async applyOutcome(manager: EntityManager, outcome: OnBehalfOutcomeView): Promise<void> {
    if (outcome.booking) {
      const b = outcome.booking;
      await this.applyBooking(manager, outcome.idempotencyKey, {
        id: b.id,
        status: b.status,
        version: b.version,
        reason: b.cancellationReason ?? b.decisionNote,
      });
    } else if (outcome.refusal) {
      await this.applyRefusal(manager, outcome.idempotencyKey, outcome.refusal);
    }
  }

  /** A booking's state, applied only if newer than what the row reflects (the RPC's answer races its events). */
  async applyBooking(
    manager: EntityManager,
    key: string,
    booking: { id: string; status: BookingStatus; version: number; reason: string | null },
  ): Promise<void> {
    const [row] = await this.rows(manager, `request_key = $1 FOR UPDATE`, [key]);
    if (!row || booking.version <= row.booking_version) return;
    if (row.state === 'released') {
      await manager.query(
        `UPDATE meeting_venue SET booking_id = $2, booking_version = $3, updated_at = now() WHERE meeting_id = $1`,
        [row.meeting_id, booking.id, booking.version],
      );
      return;
    }
    const state = stateOfBooking(booking.status);
    const why = WHY[booking.status] ?? booking.status;
    const reason = state === 'flagged' ? (booking.reason ? `${why}: ${booking.reason}` : why) : null;
    await manager.query(
      `UPDATE meeting_venue SET state = $2, booking_id = $3, booking_version = $4, reason = $5, updated_at = now()
        WHERE meeting_id = $1`,
      [row.meeting_id, state, booking.id, booking.version, reason],
    );
  }

  /** No booking was made (slot taken, closed, over quota, an unknown venue …): flagged with the reason. */
  async applyRefusal(
    manager: EntityManager,
    key: string,
    refusal: { reason: string; message: string },
  ): Promise<void> {
    const [row] = await this.rows(manager, `request_key = $1 FOR UPDATE`, [key]);
    if (!row || row.state !== 'requested') return;
    await manager.query(
      `UPDATE meeting_venue SET state = 'flagged', reason = $2, updated_at = now() WHERE meeting_id = $1`,
      [row.meeting_id, `${refusal.reason}: ${refusal.message}`],
    );
  }

  async view(manager: EntityManager, meetingId: string): Promise<MeetingVenueView | null> {
    const [row] = await this.rows(manager, `meeting_id = $1`, [meetingId]);
    if (!row) return null;
    return {
      resourceId: row.resource_id,
      organisationId: row.organisation_id,
      // Sent or about to be: to the reader it is pending either way.
      state: row.state === 'requested' ? 'pending' : row.state,
      bookingId: row.booking_id,
      reason: row.reason,
    };
  }

  private async addStep(
    manager: EntityManager,
    meetingId: string,
    kind: 'request' | 'release',
    key: string,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO meeting_venue_step (id, meeting_id, kind, idempotency_key, due_at, created_at)
       VALUES ($1, $2, $3, $4, now(), now())
       ON CONFLICT (idempotency_key) DO NOTHING`,
      [randomUUID(), meetingId, kind, key],
    );
  }

  private rows(manager: EntityManager, where: string, params: unknown[]): Promise<VenueRow[]> {
    return manager.query(
      `SELECT meeting_id, resource_id, organisation_id, state, request_key, booking_id, booking_version, reason
         FROM meeting_venue WHERE ${where}`,
      params,
    ) as Promise<VenueRow[]>;
  }
}
