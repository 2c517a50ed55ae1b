import type {
  ApprovalMode,
  BlackoutView,
  OpeningHoursView,
  ResourceKind,
  ResourceStatus,
  Visibility,
} from '@alliance/contracts/resources';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'resource' })
export class ResourceEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  kind!: ResourceKind;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ name: 'owner_organisation_id', type: 'uuid' })
  ownerOrganisationId!: string;

  @Column({ name: 'district_code', type: 'text' })
  districtCode!: string;

  @Column({ type: 'text', nullable: true })
  address!: string | null;

  @Column({ type: 'integer' })
  capacity!: number;

  @Column({ type: 'text' })
  visibility!: Visibility;

  @Column({ name: 'visible_districts', type: 'text', array: true })
  visibleDistricts!: string[];

  @Column({ name: 'opening_hours', type: 'jsonb' })
  openingHours!: OpeningHoursView[];

  @Column({ type: 'jsonb' })
  blackouts!: BlackoutView[];

  @Column({ name: 'approval_mode', type: 'text' })
  approvalMode!: ApprovalMode;

  @Column({ name: 'min_notice_minutes', type: 'integer', nullable: true })
  minNoticeMinutes!: number | null;

  @Column({ name: 'max_duration_minutes', type: 'integer', nullable: true })
  maxDurationMinutes!: number | null;

  @Column({ name: 'monthly_quota', type: 'integer', nullable: true })
  monthlyQuota!: number | null;

  /** First day of the first month offered (materials, places). */
  @Column({ name: 'available_from', type: 'date', nullable: true })
  availableFrom!: string | null;

  @Column({ name: 'available_until', type: 'date', nullable: true })
  availableUntil!: string | null;

  @Column({ type: 'text' })
  status!: ResourceStatus;

  @Column({ name: 'withdrawal_reason', type: 'text', nullable: true })
  withdrawalReason!: string | null;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
