import type { PlaceRequestStatus } from '@alliance/contracts/resources';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A request for materials (items) or spare places (children) over whole months. */
@Entity({ name: 'place_request' })
export class PlaceRequestEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'resource_id', type: 'uuid' })
  resourceId!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'integer' })
  quantity!: number;

  /** First day of the first month. */
  @Column({ name: 'from_month', type: 'date' })
  fromMonth!: string;

  /** First day of the last month (inclusive). */
  @Column({ name: 'to_month', type: 'date' })
  toMonth!: string;

  @Column({ type: 'text' })
  purpose!: string;

  @Column({ type: 'text' })
  status!: PlaceRequestStatus;

  @Column({ name: 'decision_note', type: 'text', nullable: true })
  decisionNote!: string | null;

  @Column({ name: 'cancellation_reason', type: 'text', nullable: true })
  cancellationReason!: string | null;

  @Column({ name: 'requested_by', type: 'text', nullable: true })
  requestedBy!: string | null;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
