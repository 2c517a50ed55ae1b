import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const ACCOUNT_ACTIONS = [
  'created',
  'role_changed',
  'organisation_changed',
  'disabled',
  'enabled',
  'password_reset',
  'password_changed',
] as const;
export type AccountAction = (typeof ACCOUNT_ACTIONS)[number];

/** Flat facts about a change, e.g. `{ from, to }` of a role change. */
export type AccountEventDetails = Record<string, string | number | boolean | null>;

/** One change of an account, written in the same transaction as the change itself. */
@Entity({ name: 'account_events' })
export class AccountEventEntity {
  /** bigserial: a string, as JavaScript numbers cannot hold every bigint. */
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column('uuid', { name: 'account_id' })
  accountId!: string;

  @Column('text')
  username!: string;

  @Column('text')
  action!: AccountAction;

  /** Null when the gateway itself made the change (the first admin from configuration). */
  @Column('uuid', { name: 'actor_id', nullable: true })
  actorId!: string | null;

  @Column('text', { name: 'actor_username', nullable: true })
  actorUsername!: string | null;

  @Column('jsonb')
  details!: AccountEventDetails;

  @Column('timestamptz')
  at!: Date;
}
