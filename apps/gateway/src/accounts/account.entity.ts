import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Role } from '@alliance/contracts';

@Entity({ name: 'accounts' })
export class AccountEntity {
  @PrimaryColumn('uuid')
  id!: string;

  /** Stored lower-case; unique (a unique index in the migration). */
  @Column('text')
  username!: string;

  /** argon2id hash in PHC format (algorithm, parameters and salt travel with it). */
  @Column('text', { name: 'password_hash' })
  passwordHash!: string;

  @Column('text')
  role!: Role;

  /** The member organisation a `member_rep` represents, or an `inspector` works at; null for every other role. */
  @Column('uuid', { name: 'organisation_id', nullable: true })
  organisationId!: string | null;

  /** Set when an admin disables the account; its tokens stop working at once. */
  @Column('timestamptz', { name: 'disabled_at', nullable: true })
  disabledAt!: Date | null;

  /** The password was set by an admin (creation or reset): the owner must replace it before anything else. */
  @Column('boolean', { name: 'must_change_password' })
  mustChangePassword!: boolean;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}
