import type { AudienceView, MeetingKind, MeetingStatus, PlaceKind } from '@alliance/contracts/coordination';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'meeting' })
export class MeetingEntity {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ type: 'text' }) kind!: MeetingKind;
  @Column({ type: 'text' }) title!: string;
  @Column({ name: 'starts_at', type: 'timestamptz' }) startsAt!: Date;
  @Column({ name: 'ends_at', type: 'timestamptz' }) endsAt!: Date;
  @Column({ name: 'place_kind', type: 'text' }) placeKind!: PlaceKind;
  @Column({ type: 'text', nullable: true }) address!: string | null;
  @Column({ type: 'text', nullable: true }) url!: string | null;
  @Column({ name: 'resource_id', type: 'uuid', nullable: true }) resourceId!: string | null;
  @Column({ type: 'jsonb' }) agenda!: string[];
  @Column({ type: 'jsonb' }) invitees!: AudienceView;
  @Column({ type: 'text' }) status!: MeetingStatus;
  @Column({ name: 'cancel_reason', type: 'text', nullable: true }) cancelReason!: string | null;
  @Column({ name: 'created_by', type: 'text' }) createdBy!: string;
  @Column({ type: 'integer' }) version!: number;
  @Column({ name: 'event_version', type: 'integer' }) eventVersion!: number;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
