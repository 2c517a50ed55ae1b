import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Training certificates as evidence of a corrective action: a link evidence (the public verification page)
 * that also names the certificate. `evidence_action_certificate_key` records a certificate once per action,
 * however often training's event is delivered; revocation is noted on the row, never erases it.
 */
export class CertificateEvidence1765100200000 implements MigrationInterface {
  name = 'CertificateEvidence1765100200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE evidence
        ADD COLUMN certificate_id                 uuid,
        ADD COLUMN certificate_number             text,
        ADD COLUMN certificate_staff_id           uuid,
        ADD COLUMN certificate_course_code        text,
        ADD COLUMN certificate_issued_at          timestamptz,
        ADD COLUMN certificate_revoked_at         timestamptz,
        ADD COLUMN certificate_revocation_reason  text,
        ADD CONSTRAINT evidence_certificate_complete CHECK (
          certificate_id IS NULL OR (kind = 'link' AND action_id IS NOT NULL AND certificate_number IS NOT NULL
                                     AND certificate_staff_id IS NOT NULL AND certificate_course_code IS NOT NULL
                                     AND certificate_issued_at IS NOT NULL))`);
    await q.query(
      `CREATE UNIQUE INDEX evidence_action_certificate_key ON evidence (action_id, certificate_id) WHERE certificate_id IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX evidence_certificate_idx ON evidence (certificate_id) WHERE certificate_id IS NOT NULL`,
    );
    // Open actions of an organisation's findings in a training category, as a certificate is matched to them.
    await q.query(
      `CREATE INDEX finding_training_idx ON finding (organisation_id, training_category, raised_at) WHERE training_category IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX finding_training_idx`);
    await q.query(`DROP INDEX evidence_certificate_idx`);
    await q.query(`DROP INDEX evidence_action_certificate_key`);
    await q.query(`
      ALTER TABLE evidence
        DROP CONSTRAINT evidence_certificate_complete,
        DROP COLUMN certificate_id, DROP COLUMN certificate_number, DROP COLUMN certificate_staff_id,
        DROP COLUMN certificate_course_code, DROP COLUMN certificate_issued_at, DROP COLUMN certificate_revoked_at,
        DROP COLUMN certificate_revocation_reason`);
  }
}
