import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Training requirements, one per compliance finding linked to a training category (from compliance's events
 * only). `training_requirement_finding_key` makes a redelivered finding.raised a no-op even past the inbox.
 */
export class CreateTrainingRequirement1765000200000 implements MigrationInterface {
  name = 'CreateTrainingRequirement1765000200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE training_requirement (
        id               uuid PRIMARY KEY,
        finding_id       uuid NOT NULL CONSTRAINT training_requirement_finding_key UNIQUE,
        action_id        uuid NOT NULL CONSTRAINT training_requirement_action_key UNIQUE,
        audit_id         uuid NOT NULL,
        organisation_id  uuid NOT NULL,
        category         text NOT NULL,
        criterion_code   text NOT NULL,
        severity         text NOT NULL,
        raised_at        timestamptz NOT NULL,
        due_date         date NOT NULL,
        status           text NOT NULL CONSTRAINT training_requirement_status_known
                         CHECK (status IN ('open', 'met', 'closed', 'withdrawn')),
        status_reason    text,
        certificate_ids  uuid[] NOT NULL DEFAULT '{}',
        created_at       timestamptz NOT NULL,
        updated_at       timestamptz NOT NULL
      )`);
    await q.query(
      `CREATE INDEX training_requirement_organisation_idx ON training_requirement (organisation_id, raised_at DESC, id DESC)`,
    );
    await q.query(
      `CREATE INDEX training_requirement_list_idx ON training_requirement (raised_at DESC, id DESC)`,
    );
    // The matching courses are looked up by category at read time.
    await q.query(
      `CREATE INDEX course_category_published_idx ON course (category) WHERE status = 'published'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX course_category_published_idx`);
    await q.query(`DROP TABLE training_requirement`);
  }
}
