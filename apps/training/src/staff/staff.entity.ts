import type { EmploymentStatus, QualificationView, StaffRole } from '@alliance/contracts/training';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A person working for a member organisation (人才档案). */
@Entity({ name: 'staff' })
export class StaffEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  role!: StaffRole;

  @Column({ name: 'hired_on', type: 'date' })
  hiredOn!: string;

  @Column({ type: 'text' })
  status!: EmploymentStatus;

  @Column({ name: 'left_on', type: 'date', nullable: true })
  leftOn!: string | null;

  @Column({ name: 'resident_id', type: 'text', nullable: true })
  residentId!: string | null;

  @Column({ type: 'jsonb' })
  qualifications!: QualificationView[];

  @Column({ name: 'health_certificate_expires_on', type: 'date', nullable: true })
  healthCertificateExpiresOn!: string | null;

  @Column({ name: 'background_checked_on', type: 'date', nullable: true })
  backgroundCheckedOn!: string | null;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
