import type { AuditKind, AuditStatus, Grade } from '@alliance/contracts/compliance';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'audit' })
export class AuditEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'organisation_id' }) organisationId!: string;
  @Column('text', { name: 'organisation_name' }) organisationName!: string;
  @Column('uuid', { name: 'standard_id' }) standardId!: string;
  @Column('text') kind!: AuditKind;
  @Column('text') status!: AuditStatus;
  @Column('date', { name: 'planned_date' }) plannedDate!: string;
  @Column('text', { nullable: true }) notes!: string | null;
  @Column('text', { nullable: true }) summary!: string | null;
  @Column('uuid', { name: 'follow_up_of', nullable: true }) followUpOf!: string | null;
  /** numeric(12,2): PostgreSQL hands it over as text, exact. */
  @Column('numeric', { precision: 12, scale: 2, nullable: true }) score!: string | null;
  @Column('text', { nullable: true }) grade!: Grade | null;
  @Column('numeric', { name: 'original_score', precision: 12, scale: 2, nullable: true }) originalScore!:
    string | null;
  @Column('text', { name: 'original_grade', nullable: true }) originalGrade!: Grade | null;
  @Column('timestamptz', { name: 'started_at', nullable: true }) startedAt!: Date | null;
  @Column('timestamptz', { name: 'submitted_at', nullable: true }) submittedAt!: Date | null;
  @Column('timestamptz', { name: 'closed_at', nullable: true }) closedAt!: Date | null;
  @Column('timestamptz', { name: 'cancelled_at', nullable: true }) cancelledAt!: Date | null;
  @Column('text', { name: 'cancellation_reason', nullable: true }) cancellationReason!: string | null;
  @Column('integer') version!: number;
  @Column('integer', { name: 'event_version' }) eventVersion!: number;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}
