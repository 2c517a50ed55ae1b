import type { GradeBandView, StandardStatus } from '@alliance/contracts/compliance';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One edition of a standard; its areas and criteria are rows of their own (read with SQL). */
@Entity({ name: 'standard' })
export class StandardEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('text') code!: string;
  @Column('integer') edition!: number;
  @Column('text') title!: string;
  @Column('text') issuer!: string;
  @Column('date', { name: 'effective_from' }) effectiveFrom!: string;
  @Column('text') status!: StandardStatus;
  @Column('integer', { name: 'total_points' }) totalPoints!: number;
  @Column('jsonb', { name: 'grade_bands' }) gradeBands!: GradeBandView[];
  @Column('uuid', { name: 'supersedes_id', nullable: true }) supersedesId!: string | null;
  @Column('uuid', { name: 'superseded_by_id', nullable: true }) supersededById!: string | null;
  @Column('timestamptz', { name: 'published_at', nullable: true }) publishedAt!: Date | null;
  @Column('timestamptz', { name: 'retired_at', nullable: true }) retiredAt!: Date | null;
  @Column('text', { name: 'retire_reason', nullable: true }) retireReason!: string | null;
  @Column('integer') version!: number;
  /** Events published about this edition so far (their aggregateVersion runs 1, 2, … without gaps). */
  @Column('integer', { name: 'event_version' }) eventVersion!: number;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}
