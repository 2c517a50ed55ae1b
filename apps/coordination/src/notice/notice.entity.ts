import type { AudienceView, NoticeCategory, NoticeStatus } from '@alliance/contracts/coordination';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'notice' })
export class NoticeEntity {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ type: 'text' }) title!: string;
  @Column({ type: 'text' }) body!: string;
  @Column({ type: 'text' }) category!: NoticeCategory;
  @Column({ type: 'text' }) issuer!: string;
  @Column({ type: 'jsonb' }) audience!: AudienceView;
  @Column({ name: 'requires_ack', type: 'boolean' }) requiresAck!: boolean;
  @Column({ name: 'acknowledge_by', type: 'timestamptz', nullable: true }) acknowledgeBy!: Date | null;
  @Column({ name: 'reminder_days_before', type: 'integer', nullable: true }) reminderDaysBefore!:
    number | null;
  @Column({ name: 'remind_at', type: 'timestamptz', nullable: true }) remindAt!: Date | null;
  @Column({ type: 'text' }) status!: NoticeStatus;
  @Column({ name: 'supersedes_id', type: 'uuid', nullable: true }) supersedesId!: string | null;
  @Column({ name: 'superseded_by_id', type: 'uuid', nullable: true }) supersededById!: string | null;
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true }) publishedAt!: Date | null;
  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true }) withdrawnAt!: Date | null;
  @Column({ name: 'withdraw_reason', type: 'text', nullable: true }) withdrawReason!: string | null;
  @Column({ name: 'created_by', type: 'text' }) createdBy!: string;
  @Column({ name: 'created_by_organisation_id', type: 'uuid', nullable: true })
  createdByOrganisationId!: string | null;
  @Column({ type: 'integer' }) version!: number;
  /** The aggregateVersion of the notice's last event (acknowledgements and reminders are events too). */
  @Column({ name: 'event_version', type: 'integer' }) eventVersion!: number;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
