import type { MigrationInterface, QueryRunner } from 'typeorm';

const HISTORY_ACTIONS_BEFORE = `'applied','admitted','rejected','suspended','reinstated','withdrawn','expelled','profile-updated'`;
const HISTORY_ACTIONS = `${HISTORY_ACTIONS_BEFORE},'affordable-designation-review-opened','affordable-designation-kept','affordable-designation-revoked'`;

/**
 * Compliance grades on the organisation's profile and the review of its affordable-place (普惠) designation.
 *
 * `member.affordable_designation` is what the alliance decided (designated, under review, revoked); the
 * status the API shows and the list filters by is `affordable_designation_status`, computed by PostgreSQL
 * from it and the places (designated with 0 places is `none`), so that every writer — this version, an
 * older instance during a rolling deploy that knows neither column, a bulk load — leaves the two in step.
 * The column's default keeps such older inserts valid. The checks hold the decision to the places: a review
 * concerns places that exist, a revocation leaves none.
 *
 * The designation filter gets the list's index pair (status, sort key, id) like the alliance-role filter:
 * `under_review` and `revoked` are a handful of rows, `designated` most of them; combined with another
 * filter the planner reads whichever index is rarer and checks the other on its rows.
 */
export class AffordableDesignation1764401000000 implements MigrationInterface {
  name = 'AffordableDesignation1764401000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE member
        ADD COLUMN affordable_designation text NOT NULL DEFAULT 'designated'
          CONSTRAINT member_affordable_designation_known
          CHECK (affordable_designation IN ('designated', 'under_review', 'revoked')),
        ADD CONSTRAINT member_affordable_review_has_places
          CHECK (affordable_designation <> 'under_review' OR affordable_places > 0),
        ADD CONSTRAINT member_affordable_revoked_has_none
          CHECK (affordable_designation <> 'revoked' OR affordable_places = 0)`);
    await q.query(`
      ALTER TABLE member
        ADD COLUMN affordable_designation_status text NOT NULL GENERATED ALWAYS AS (
          CASE WHEN affordable_designation = 'designated' AND affordable_places = 0 THEN 'none'
               ELSE affordable_designation END) STORED`);
    await q.query(
      `CREATE INDEX member_affordable_designation_name_idx
         ON member (affordable_designation_status, name COLLATE alliance_zh, id)`,
    );
    await q.query(
      `CREATE INDEX member_affordable_designation_applied_at_idx
         ON member (affordable_designation_status, applied_at, id)`,
    );

    // One row per organisation and standard: the latest grade, and the version of compliance's event
    // sequence for the organisation that gave it (an older event never overwrites a newer one).
    await q.query(`
      CREATE TABLE member_grade (
        member_id      uuid NOT NULL CONSTRAINT member_grade_member_fk REFERENCES member (id) ON DELETE CASCADE,
        standard_code  text NOT NULL,
        standard_id    uuid NOT NULL,
        grade          text NOT NULL CONSTRAINT member_grade_known CHECK (grade IN ('A', 'B', 'C', 'D', 'fail')),
        score          text NOT NULL,
        audit_id       uuid NOT NULL,
        graded_at      timestamptz NOT NULL,
        event_version  integer NOT NULL,
        PRIMARY KEY (member_id, standard_code)
      )`);

    await q.query(`
      CREATE TABLE member_affordable_review (
        id                 bigserial PRIMARY KEY,
        member_id          uuid NOT NULL CONSTRAINT member_affordable_review_member_fk REFERENCES member (id) ON DELETE CASCADE,
        audit_id           uuid NOT NULL,
        standard_code      text NOT NULL,
        grade              text NOT NULL,
        affordable_places  integer NOT NULL,
        opened_at          timestamptz NOT NULL,
        decision           text CONSTRAINT member_affordable_review_decision_known CHECK (decision IN ('keep', 'revoke')),
        reason             text,
        decided_at         timestamptz,
        decided_by         text,
        CONSTRAINT member_affordable_review_decided CHECK (
          (decision IS NULL AND decided_at IS NULL AND reason IS NULL)
          OR (decision IS NOT NULL AND decided_at IS NOT NULL AND btrim(coalesce(reason, '')) <> '')
        )
      )`);
    // At most one review waiting for the admins per organisation; the latest one is read by member.
    await q.query(
      `CREATE UNIQUE INDEX member_affordable_review_open_key ON member_affordable_review (member_id)
         WHERE decision IS NULL`,
    );
    await q.query(
      `CREATE INDEX member_affordable_review_member_idx ON member_affordable_review (member_id, opened_at, id)`,
    );

    await q.query(`ALTER TABLE member_history DROP CONSTRAINT member_history_action_known`);
    await q.query(`
      ALTER TABLE member_history ADD CONSTRAINT member_history_action_known
        CHECK (action IN (${HISTORY_ACTIONS}))`);
    await q.query(`
      ALTER TABLE member_history ADD CONSTRAINT member_history_designation_reason_required CHECK (
        action NOT IN ('affordable-designation-kept', 'affordable-designation-revoked')
        OR btrim(coalesce(reason, '')) <> ''
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE member_history DROP CONSTRAINT member_history_designation_reason_required`);
    await q.query(`
      DELETE FROM member_history WHERE action IN
        ('affordable-designation-review-opened', 'affordable-designation-kept', 'affordable-designation-revoked')`);
    await q.query(`ALTER TABLE member_history DROP CONSTRAINT member_history_action_known`);
    await q.query(`
      ALTER TABLE member_history ADD CONSTRAINT member_history_action_known
        CHECK (action IN (${HISTORY_ACTIONS_BEFORE}))`);
    await q.query(`DROP TABLE member_affordable_review`);
    await q.query(`DROP TABLE member_grade`);
    await q.query(`DROP INDEX member_affordable_designation_applied_at_idx`);
    await q.query(`DROP INDEX member_affordable_designation_name_idx`);
    await q.query(`
      ALTER TABLE member
        DROP COLUMN affordable_designation_status,
        DROP CONSTRAINT member_affordable_revoked_has_none,
        DROP CONSTRAINT member_affordable_review_has_places,
        DROP COLUMN affordable_designation`);
  }
}
