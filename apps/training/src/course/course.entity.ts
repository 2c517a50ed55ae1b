import type { CourseCategory, CourseStatus, StaffRole } from '@alliance/contracts/training';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { numeric } from '../shared/numeric';

/** A course of the catalogue. */
@Entity({ name: 'course' })
export class CourseEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'text' })
  category!: CourseCategory;

  @Column({ name: 'credit_hours', type: 'numeric', transformer: numeric })
  creditHours!: number;

  @Column({ name: 'target_roles', type: 'text', array: true })
  targetRoles!: StaffRole[];

  @Column({ name: 'prerequisite_course_ids', type: 'uuid', array: true })
  prerequisiteCourseIds!: string[];

  @Column({ name: 'certificate_validity_months', type: 'integer', nullable: true })
  certificateValidityMonths!: number | null;

  @Column({ name: 'completion_threshold_percent', type: 'integer' })
  completionThresholdPercent!: number;

  @Column({ type: 'text' })
  status!: CourseStatus;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
