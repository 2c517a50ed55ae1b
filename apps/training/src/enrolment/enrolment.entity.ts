import type { EnrolmentStatus } from '@alliance/contracts/training';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'enrolment' })
export class EnrolmentEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  @Column({ name: 'staff_id', type: 'uuid' })
  staffId!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'text' })
  status!: EnrolmentStatus;

  /** Order of request within the session, assigned under the session's row lock. */
  @Column({ name: 'request_number', type: 'integer' })
  requestNumber!: number;

  @Column({ name: 'requested_at', type: 'timestamptz' })
  requestedAt!: Date;

  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt!: Date | null;

  @Column({ type: 'boolean' })
  promoted!: boolean;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;

  @Column({ name: 'cancellation_reason', type: 'text', nullable: true })
  cancellationReason!: string | null;

  @Column({ type: 'integer' })
  version!: number;
}
