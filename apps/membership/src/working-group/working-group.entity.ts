import type { WorkingGroupMemberRole, WorkingGroupStatus } from '@alliance/contracts/membership';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A working group (工作小组) of admitted member organisations, led by a chair organisation. */
@Entity({ name: 'working_group' })
export class WorkingGroupEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  /** Null while the chair is vacant: the chair organisation left the alliance and none is named yet. */
  @Column({ name: 'chair_member_id', type: 'uuid', nullable: true })
  chairMemberId!: string | null;

  @Column({ type: 'text' })
  status!: WorkingGroupStatus;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ name: 'formed_at', type: 'timestamptz' })
  formedAt!: Date;

  @Column({ name: 'dissolved_at', type: 'timestamptz', nullable: true })
  dissolvedAt!: Date | null;

  @Column({ name: 'dissolution_reason', type: 'text', nullable: true })
  dissolutionReason!: string | null;
}

@Entity({ name: 'working_group_member' })
export class WorkingGroupMemberEntity {
  @PrimaryColumn({ name: 'working_group_id', type: 'uuid' })
  workingGroupId!: string;

  @PrimaryColumn({ name: 'member_id', type: 'uuid' })
  memberId!: string;

  @Column({ type: 'text' })
  role!: WorkingGroupMemberRole;

  @Column({ name: 'added_at', type: 'timestamptz' })
  addedAt!: Date;
}
