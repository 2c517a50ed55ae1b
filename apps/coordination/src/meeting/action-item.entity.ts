import type { ActionItemStatus } from '@alliance/contracts/coordination';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'action_item' })
export class ActionItemEntity {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ name: 'meeting_id', type: 'uuid' }) meetingId!: string;
  @Column({ type: 'integer' }) position!: number;
  @Column({ type: 'text' }) title!: string;
  @Column({ name: 'owner_organisation_id', type: 'uuid' }) ownerOrganisationId!: string;
  @Column({ name: 'owner_name', type: 'text' }) ownerName!: string;
  @Column({ name: 'due_date', type: 'date' }) dueDate!: string;
  @Column({ type: 'text' }) status!: ActionItemStatus;
  @Column({ name: 'done_at', type: 'timestamptz', nullable: true }) doneAt!: Date | null;
  @Column({ name: 'done_by', type: 'text', nullable: true }) doneBy!: string | null;
  @Column({ type: 'text', nullable: true }) note!: string | null;
  @Column({ name: 'overdue_at', type: 'timestamptz', nullable: true }) overdueAt!: Date | null;
  @Column({ name: 'released_at', type: 'timestamptz', nullable: true }) releasedAt!: Date | null;
  @Column({ type: 'integer' }) version!: number;
  @Column({ name: 'event_version', type: 'integer' }) eventVersion!: number;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
