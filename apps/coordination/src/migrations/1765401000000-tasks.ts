import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A person's to-do list, projected from the services' events: one row per thing to do and for whom (an
 * organisation's representative, or one account). Done tasks are kept closed rather than deleted, so that a
 * corrective action sent back (reopened) comes back with the title its finding gave it.
 */
export class Tasks1765401000000 implements MigrationInterface {
  name = 'Tasks1765401000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE task (
        id              uuid PRIMARY KEY,
        kind            text NOT NULL,
        subject_id      uuid NOT NULL,
        -- 'organisation:<id>' or 'account:<id>': one thing may wait on several organisations (a notice).
        audience        text NOT NULL,
        organisation_id uuid,
        account_id      text,
        -- The role that does it for the organisation (its representative).
        role            text,
        -- What it belongs to (the meeting of an action item, the audit of a corrective action, the session of
        -- an enrolment): closing that closes it.
        parent_id       uuid,
        title           text NOT NULL,
        link            text NOT NULL,
        due_at          timestamptz,
        -- No longer doable after this moment (a meeting invitation once the meeting started).
        expires_at      timestamptz,
        open            boolean NOT NULL,
        created_at      timestamptz NOT NULL,
        closed_at       timestamptz,
        updated_at      timestamptz NOT NULL,
        CONSTRAINT task_subject_audience UNIQUE (kind, subject_id, audience),
        CONSTRAINT task_has_audience CHECK (organisation_id IS NOT NULL OR account_id IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX task_open_organisation ON task (organisation_id, role) WHERE open`);
    await q.query(`CREATE INDEX task_open_account ON task (account_id) WHERE open`);
    await q.query(`CREATE INDEX task_parent ON task (parent_id) WHERE parent_id IS NOT NULL`);
    await q.query(`CREATE INDEX task_subject ON task (subject_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE task`);
  }
}
