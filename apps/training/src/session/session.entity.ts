import type { LocationView, SessionStatus, SessionVenueState } from '@alliance/contracts/training';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { numeric } from '../shared/numeric';

/** A scheduled run of a course (班次). Seat counts are kept by the enrolment trigger; never written here. */
@Entity({ name: 'session' })
export class SessionEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'course_id', type: 'uuid' })
  courseId!: string;

  @Column({ name: 'trainer_ids', type: 'text', array: true })
  trainerIds!: string[];

  @Column({ type: 'jsonb' })
  location!: LocationView;

  @Column({ type: 'integer' })
  capacity!: number;

  @Column({ name: 'confirmed_count', type: 'integer', insert: false, update: false })
  confirmedCount!: number;

  @Column({ name: 'waitlist_count', type: 'integer', insert: false, update: false })
  waitlistCount!: number;

  @Column({ name: 'last_request_number', type: 'integer' })
  lastRequestNumber!: number;

  @Column({ name: 'enrolment_opens_at', type: 'timestamptz' })
  enrolmentOpensAt!: Date;

  @Column({ name: 'enrolment_closes_at', type: 'timestamptz' })
  enrolmentClosesAt!: Date;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt!: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt!: Date;

  @Column({ type: 'numeric', transformer: numeric })
  hours!: number;

  @Column({ type: 'text' })
  status!: SessionStatus;

  @Column({ name: 'cancellation_reason', type: 'text', nullable: true })
  cancellationReason!: string | null;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  /** A session at a shared venue: its bookings as a whole (the venue saga's; never written from here). */
  @Column({ name: 'venue_state', type: 'text', nullable: true, insert: false, update: false })
  venueState!: SessionVenueState | null;

  @Column({ name: 'venue_reason', type: 'text', nullable: true, insert: false, update: false })
  venueReason!: string | null;

  @Column({ type: 'integer' })
  version!: number;

  /** Versions of this session's `attendance.recorded` events (their own aggregate). */
  @Column({ name: 'attendance_version', type: 'integer' })
  attendanceVersion!: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

@Entity({ name: 'session_meeting' })
export class SessionMeetingEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt!: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt!: Date;
}
