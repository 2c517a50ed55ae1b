import type { PracticeKind, PracticeStatus } from '@alliance/contracts/coordination';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'practice' })
export class PracticeEntity {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ type: 'text' }) kind!: PracticeKind;
  @Column({ type: 'text' }) title!: string;
  @Column({ type: 'text' }) summary!: string;
  @Column({ type: 'text' }) body!: string;
  @Column({ type: 'text', array: true }) tags!: string[];
  @Column({ name: 'contributor_organisation_id', type: 'uuid', nullable: true })
  contributorOrganisationId!: string | null;
  @Column({ name: 'contributor_name', type: 'text', nullable: true }) contributorName!: string | null;
  @Column({ name: 'standard_codes', type: 'text', array: true }) standardCodes!: string[];
  @Column({ name: 'training_categories', type: 'text', array: true }) trainingCategories!: string[];
  @Column({ type: 'text' }) status!: PracticeStatus;
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true }) publishedAt!: Date | null;
  @Column({ name: 'created_by', type: 'text' }) createdBy!: string;
  @Column({ type: 'integer' }) version!: number;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
