import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Who replayed or discarded a dead letter: the gateway's caller, or the platform itself. */
export interface DeadLetterActor {
  id: string;
  kind: 'user' | 'service';
  username?: string;
  role?: string;
}

@Entity({ name: 'dead_letter' })
export class DeadLetter {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'text' })
  consumer!: string;

  @Column({ type: 'text' })
  stream!: string;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ name: 'stream_seq', type: 'bigint' })
  streamSeq!: string;

  @Column({ name: 'event_id', type: 'uuid', nullable: true })
  eventId!: string | null;

  @Column({ name: 'event_type', type: 'text', nullable: true })
  eventType!: string | null;

  /** The message exactly as it arrived (it may not even be JSON). */
  @Column({ type: 'bytea' })
  payload!: Buffer;

  @Column({ type: 'text' })
  error!: string;

  @Column({ type: 'integer' })
  deliveries!: number;

  @Column({ name: 'failed_at', type: 'timestamptz', default: () => 'now()' })
  failedAt!: Date;

  @Column({ name: 'replayed_at', type: 'timestamptz', nullable: true })
  replayedAt!: Date | null;

  @Column({ name: 'replay_error', type: 'text', nullable: true })
  replayError!: string | null;

  @Column({ name: 'replayed_by', type: 'jsonb', nullable: true })
  replayedBy!: DeadLetterActor | null;

  /** Discarded letters are kept, with who discarded them, when and why. */
  @Column({ name: 'discarded_at', type: 'timestamptz', nullable: true })
  discardedAt!: Date | null;

  @Column({ name: 'discard_reason', type: 'text', nullable: true })
  discardReason!: string | null;

  @Column({ name: 'discarded_by', type: 'jsonb', nullable: true })
  discardedBy!: DeadLetterActor | null;
}
