import { Column, Entity, PrimaryColumn } from 'typeorm';
import { numeric } from '../shared/numeric';

@Entity({ name: 'certificate' })
export class CertificateEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** The unguessable verification code (100 random bits). */
  @Column({ type: 'text' })
  code!: string;

  @Column({ name: 'staff_id', type: 'uuid' })
  staffId!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ name: 'holder_name', type: 'text' })
  holderName!: string;

  @Column({ name: 'course_id', type: 'uuid' })
  courseId!: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  @Column({ type: 'numeric', transformer: numeric })
  hours!: number;

  @Column({ name: 'issued_at', type: 'timestamptz' })
  issuedAt!: Date;

  @Column({ name: 'expires_on', type: 'date', nullable: true })
  expiresOn!: string | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ name: 'revocation_reason', type: 'text', nullable: true })
  revocationReason!: string | null;

  @Column({ type: 'integer' })
  version!: number;
}
