import type { MemberHistoryAction, MemberStatus } from '@alliance/contracts/membership';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One recorded change of a member organisation: who, why, when, from which request. */
@Entity({ name: 'member_history' })
export class MemberHistoryEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId!: string;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'text' })
  action!: MemberHistoryAction;

  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus!: MemberStatus | null;

  @Column({ name: 'to_status', type: 'text' })
  toStatus!: MemberStatus;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ name: 'actor_id', type: 'text' })
  actorId!: string;

  @Column({ name: 'actor_role', type: 'text', nullable: true })
  actorRole!: string | null;

  @Column({ name: 'correlation_id', type: 'text' })
  correlationId!: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;
}
