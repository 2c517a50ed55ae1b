import type { ActionStatus } from '@alliance/contracts/compliance';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'corrective_action' })
export class CorrectiveActionEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'finding_id' }) findingId!: string;
  @Column('uuid', { name: 'audit_id' }) auditId!: string;
  @Column('uuid', { name: 'organisation_id' }) organisationId!: string;
  @Column('text') status!: ActionStatus;
  @Column('date', { name: 'due_date' }) dueDate!: string;
  @Column('text', { nullable: true }) plan!: string | null;
  @Column('timestamptz', { name: 'responded_at', nullable: true }) respondedAt!: Date | null;
  @Column('text', { name: 'responded_by', nullable: true }) respondedBy!: string | null;
  @Column('timestamptz', { name: 'closed_at', nullable: true }) closedAt!: Date | null;
  @Column('text', { name: 'closed_by', nullable: true }) closedBy!: string | null;
  @Column('text', { name: 'close_note', nullable: true }) closeNote!: string | null;
  @Column('text', { name: 'reopen_reason', nullable: true }) reopenReason!: string | null;
  @Column('timestamptz', { name: 'overdue_at', nullable: true }) overdueAt!: Date | null;
  @Column('integer') version!: number;
  @Column('integer', { name: 'event_version' }) eventVersion!: number;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}
