import type { MigrationInterface, QueryRunner } from 'typeorm';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(',');
const KINDS = list(['onboarding', 'routine', 'follow_up', 'complaint']);
const AUDIT_STATUSES = list(['planned', 'in_progress', 'submitted', 'closed', 'cancelled']);
const RESULTS = list(['met', 'partly_met', 'not_met', 'not_applicable']);
const GRADES = list(['A', 'B', 'C', 'D', 'fail']);
const SEVERITIES = list(['critical', 'major', 'minor']);

/**
 * The compliance schema. The rules two requests (or a careless script) could break live here:
 * - a published or retired edition never changes: `standard_frozen` and `standard_content_frozen` triggers
 *   refuse any change to its content, areas and criteria (only its retirement is written);
 * - one draft and one published edition per code (partial uniques);
 * - an inspector has at most one audit a day: `audit_inspector_one_audit_a_day` (partial unique over the
 *   live assignments);
 * - a submitted audit's answers are never rewritten: `audit_answer_frozen` lets an amendment add a revision
 *   and refuses any other change once the audit left `in_progress`;
 * - one finding per (audit, criterion) and one corrective action per finding (uniques).
 */
export class CreateCompliance1765100000000 implements MigrationInterface {
  name = 'CreateCompliance1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE member_organisation (
        organisation_id  uuid PRIMARY KEY,
        name             text NOT NULL,
        kind             text NOT NULL,
        district_code    text NOT NULL,
        status           text NOT NULL,
        -- The last aggregateVersion of the organisation applied here.
        version          integer NOT NULL CONSTRAINT member_organisation_version_positive CHECK (version >= 1),
        updated_at       timestamptz NOT NULL
      )`);

    await q.query(`
      CREATE TABLE standard (
        id                uuid PRIMARY KEY,
        code              text NOT NULL,
        edition           integer NOT NULL CONSTRAINT standard_edition_positive CHECK (edition >= 1),
        title             text NOT NULL,
        issuer            text NOT NULL,
        effective_from    date NOT NULL,
        status            text NOT NULL CONSTRAINT standard_status_known CHECK (status IN ('draft', 'published', 'retired')),
        total_points      integer NOT NULL CONSTRAINT standard_total_positive CHECK (total_points > 0),
        grade_bands       jsonb NOT NULL,
        supersedes_id     uuid CONSTRAINT standard_supersedes_fk REFERENCES standard (id),
        superseded_by_id  uuid CONSTRAINT standard_superseded_by_fk REFERENCES standard (id),
        published_at      timestamptz,
        retired_at        timestamptz,
        retire_reason     text,
        version           integer NOT NULL CONSTRAINT standard_version_positive CHECK (version >= 1),
        event_version     integer NOT NULL DEFAULT 0,
        created_at        timestamptz NOT NULL,
        updated_at        timestamptz NOT NULL,
        CONSTRAINT standard_code_edition_key UNIQUE (code, edition),
        CONSTRAINT standard_published_at_iff CHECK ((status = 'draft') = (published_at IS NULL))
      )`);
    await q.query(
      `CREATE UNIQUE INDEX standard_one_draft_per_code ON standard (code) WHERE status = 'draft'`,
    );
    await q.query(
      `CREATE UNIQUE INDEX standard_one_published_per_code ON standard (code) WHERE status = 'published'`,
    );

    await q.query(`
      CREATE TABLE standard_area (
        id           uuid PRIMARY KEY,
        standard_id  uuid NOT NULL CONSTRAINT standard_area_standard_fk REFERENCES standard (id),
        position     integer NOT NULL,
        code         text NOT NULL,
        title        text NOT NULL,
        max_points   integer NOT NULL CONSTRAINT standard_area_max_positive CHECK (max_points > 0),
        CONSTRAINT standard_area_code_key UNIQUE (standard_id, code)
      )`);
    await q.query(`
      CREATE TABLE standard_criterion (
        id                 uuid PRIMARY KEY,
        standard_id        uuid NOT NULL CONSTRAINT standard_criterion_standard_fk REFERENCES standard (id),
        area_id            uuid NOT NULL CONSTRAINT standard_criterion_area_fk REFERENCES standard_area (id),
        position           integer NOT NULL,
        code               text NOT NULL,
        text               text NOT NULL,
        points             integer NOT NULL CONSTRAINT standard_criterion_points_positive CHECK (points > 0),
        evidence_required  boolean NOT NULL,
        veto               boolean NOT NULL,
        applies_to         text[] NOT NULL,
        training_category  text,
        CONSTRAINT standard_criterion_code_key UNIQUE (standard_id, code)
      )`);
    await q.query(`CREATE INDEX standard_criterion_area_idx ON standard_criterion (area_id, position)`);

    // A published or retired edition is frozen: its content, areas and criteria never change again.
    await q.query(`
      CREATE FUNCTION standard_content_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status <> 'draft' AND (
             NEW.code, NEW.edition, NEW.title, NEW.issuer, NEW.effective_from, NEW.total_points, NEW.grade_bands
           ) IS DISTINCT FROM (
             OLD.code, OLD.edition, OLD.title, OLD.issuer, OLD.effective_from, OLD.total_points, OLD.grade_bands
           ) THEN
          RAISE EXCEPTION 'standard % edition % is % and cannot be edited', OLD.code, OLD.edition, OLD.status
            USING ERRCODE = 'check_violation', CONSTRAINT = 'standard_published_immutable';
        END IF;
        IF OLD.status = 'retired' AND NEW.status <> 'retired' THEN
          RAISE EXCEPTION 'a retired standard stays retired'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'standard_published_immutable';
        END IF;
        IF TG_OP = 'DELETE' AND OLD.status <> 'draft' THEN
          RAISE EXCEPTION 'a published standard is never deleted'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'standard_published_immutable';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await q.query(`
      CREATE TRIGGER standard_content_frozen BEFORE UPDATE OR DELETE ON standard
        FOR EACH ROW EXECUTE FUNCTION standard_content_frozen()`);
    await q.query(`
      CREATE FUNCTION standard_parts_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        owner uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.standard_id ELSE NEW.standard_id END;
      BEGIN
        IF (SELECT status FROM standard WHERE id = owner) <> 'draft' THEN
          RAISE EXCEPTION 'standard % is published: its areas and criteria cannot be edited', owner
            USING ERRCODE = 'check_violation', CONSTRAINT = 'standard_published_immutable';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    for (const table of ['standard_area', 'standard_criterion']) {
      await q.query(`
        CREATE TRIGGER ${table}_frozen BEFORE INSERT OR UPDATE OR DELETE ON ${table}
          FOR EACH ROW EXECUTE FUNCTION standard_parts_frozen()`);
    }

    await q.query(`
      CREATE TABLE audit (
        id                   uuid PRIMARY KEY,
        organisation_id      uuid NOT NULL CONSTRAINT audit_organisation_fk REFERENCES member_organisation (organisation_id),
        organisation_name    text NOT NULL,
        standard_id          uuid NOT NULL CONSTRAINT audit_standard_fk REFERENCES standard (id),
        kind                 text NOT NULL CONSTRAINT audit_kind_known CHECK (kind IN (${KINDS})),
        status               text NOT NULL CONSTRAINT audit_status_known CHECK (status IN (${AUDIT_STATUSES})),
        planned_date         date NOT NULL,
        notes                text,
        summary              text,
        follow_up_of         uuid CONSTRAINT audit_follow_up_fk REFERENCES audit (id),
        score                numeric(12, 2),
        grade                text CONSTRAINT audit_grade_known CHECK (grade IN (${GRADES})),
        original_score       numeric(12, 2),
        original_grade       text CONSTRAINT audit_original_grade_known CHECK (original_grade IN (${GRADES})),
        started_at           timestamptz,
        submitted_at         timestamptz,
        closed_at            timestamptz,
        cancelled_at         timestamptz,
        cancellation_reason  text,
        version              integer NOT NULL CONSTRAINT audit_version_positive CHECK (version >= 1),
        event_version        integer NOT NULL DEFAULT 0,
        created_at           timestamptz NOT NULL,
        updated_at           timestamptz NOT NULL,
        CONSTRAINT audit_scored_iff_submitted CHECK ((status IN ('submitted', 'closed')) = (score IS NOT NULL)),
        CONSTRAINT audit_cancel_reason CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX audit_organisation_idx ON audit (organisation_id, planned_date DESC, id)`);
    await q.query(`CREATE INDEX audit_list_idx ON audit (planned_date, id)`);
    await q.query(`CREATE INDEX audit_status_idx ON audit (status, planned_date, id)`);

    await q.query(`
      CREATE TABLE audit_inspector (
        audit_id        uuid NOT NULL CONSTRAINT audit_inspector_audit_fk REFERENCES audit (id),
        inspector_id    text NOT NULL,
        inspector_name  text NOT NULL,
        audit_date      date NOT NULL,
        -- Set when the audit is cancelled: the day is free again.
        released_at     timestamptz,
        PRIMARY KEY (audit_id, inspector_id)
      )`);
    await q.query(`
      CREATE UNIQUE INDEX audit_inspector_one_audit_a_day ON audit_inspector (inspector_id, audit_date)
        WHERE released_at IS NULL`);

    await q.query(`
      CREATE TABLE audit_answer (
        audit_id        uuid NOT NULL CONSTRAINT audit_answer_audit_fk REFERENCES audit (id),
        criterion_id    uuid NOT NULL CONSTRAINT audit_answer_criterion_fk REFERENCES standard_criterion (id),
        -- 0: the answer as submitted; n: what amendment n set.
        revision        integer NOT NULL CONSTRAINT audit_answer_revision_non_negative CHECK (revision >= 0),
        result          text NOT NULL CONSTRAINT audit_answer_result_known CHECK (result IN (${RESULTS})),
        points_awarded  integer NOT NULL CONSTRAINT audit_answer_points_non_negative CHECK (points_awarded >= 0),
        reason          text,
        notes           text,
        answered_by     text NOT NULL,
        answered_at     timestamptz NOT NULL,
        PRIMARY KEY (audit_id, criterion_id, revision),
        CONSTRAINT audit_answer_na_reason CHECK (result <> 'not_applicable' OR reason IS NOT NULL)
      )`);
    await q.query(`
      CREATE FUNCTION audit_answer_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        owner uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.audit_id ELSE NEW.audit_id END;
        audit_status text := (SELECT status FROM audit WHERE id = owner);
      BEGIN
        IF TG_OP = 'INSERT' AND NEW.revision > 0 AND audit_status IN ('submitted', 'closed') THEN
          RETURN NEW; -- an amendment adds a revision; the earlier ones stay as they are
        END IF;
        IF audit_status <> 'in_progress' OR (TG_OP <> 'DELETE' AND NEW.revision > 0) THEN
          RAISE EXCEPTION 'the answers of audit % (%) cannot be changed; amend it', owner, audit_status
            USING ERRCODE = 'check_violation', CONSTRAINT = 'audit_answer_frozen';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_answer_frozen BEFORE INSERT OR UPDATE OR DELETE ON audit_answer
        FOR EACH ROW EXECUTE FUNCTION audit_answer_frozen()`);

    await q.query(`
      CREATE TABLE audit_amendment (
        audit_id        uuid NOT NULL CONSTRAINT audit_amendment_audit_fk REFERENCES audit (id),
        sequence        integer NOT NULL CONSTRAINT audit_amendment_sequence_positive CHECK (sequence >= 1),
        reason          text NOT NULL,
        previous_score  numeric(12, 2) NOT NULL,
        previous_grade  text NOT NULL,
        score           numeric(12, 2) NOT NULL,
        grade           text NOT NULL,
        amended_by      text NOT NULL,
        amended_at      timestamptz NOT NULL,
        PRIMARY KEY (audit_id, sequence)
      )`);

    await q.query(`
      CREATE TABLE finding (
        id                 uuid PRIMARY KEY,
        audit_id           uuid NOT NULL CONSTRAINT finding_audit_fk REFERENCES audit (id),
        organisation_id    uuid NOT NULL,
        criterion_id       uuid NOT NULL CONSTRAINT finding_criterion_fk REFERENCES standard_criterion (id),
        criterion_code     text NOT NULL,
        criterion_text     text NOT NULL,
        result             text NOT NULL CONSTRAINT finding_result_failed CHECK (result IN ('partly_met', 'not_met')),
        severity           text NOT NULL CONSTRAINT finding_severity_known CHECK (severity IN (${SEVERITIES})),
        points_lost        integer NOT NULL CONSTRAINT finding_points_lost_non_negative CHECK (points_lost >= 0),
        veto               boolean NOT NULL,
        training_category  text,
        raised_at          timestamptz NOT NULL,
        CONSTRAINT finding_audit_criterion_key UNIQUE (audit_id, criterion_id)
      )`);
    await q.query(`CREATE INDEX finding_organisation_idx ON finding (organisation_id, raised_at DESC, id)`);
    await q.query(`CREATE INDEX finding_list_idx ON finding (raised_at DESC, id)`);

    await q.query(`
      CREATE TABLE corrective_action (
        id               uuid PRIMARY KEY,
        finding_id       uuid NOT NULL CONSTRAINT corrective_action_finding_fk REFERENCES finding (id),
        audit_id         uuid NOT NULL,
        organisation_id  uuid NOT NULL,
        status           text NOT NULL CONSTRAINT corrective_action_status_known CHECK (status IN ('open', 'submitted', 'closed')),
        due_date         date NOT NULL,
        plan             text,
        responded_at     timestamptz,
        responded_by     text,
        closed_at        timestamptz,
        closed_by        text,
        close_note       text,
        reopen_reason    text,
        -- Set once, by the overdue check that announced it (whichever instance ran it).
        overdue_at       timestamptz,
        version          integer NOT NULL CONSTRAINT corrective_action_version_positive CHECK (version >= 1),
        event_version    integer NOT NULL DEFAULT 0,
        created_at       timestamptz NOT NULL,
        updated_at       timestamptz NOT NULL,
        CONSTRAINT corrective_action_finding_key UNIQUE (finding_id),
        CONSTRAINT corrective_action_closed_iff CHECK ((status = 'closed') = (closed_at IS NOT NULL))
      )`);
    await q.query(
      `CREATE INDEX corrective_action_due_idx ON corrective_action (due_date) WHERE status <> 'closed' AND overdue_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX corrective_action_organisation_idx ON corrective_action (organisation_id, status)`,
    );

    await q.query(`
      CREATE TABLE evidence (
        id            uuid PRIMARY KEY,
        audit_id      uuid CONSTRAINT evidence_audit_fk REFERENCES audit (id),
        criterion_id  uuid CONSTRAINT evidence_criterion_fk REFERENCES standard_criterion (id),
        action_id     uuid CONSTRAINT evidence_action_fk REFERENCES corrective_action (id),
        kind          text NOT NULL CONSTRAINT evidence_kind_known CHECK (kind IN ('file', 'link')),
        file_name     text,
        content_type  text,
        size_bytes    integer,
        sha256        text CONSTRAINT evidence_sha256_hex CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        storage_key   text,
        url           text,
        title         text,
        added_by      text NOT NULL,
        added_at      timestamptz NOT NULL,
        CONSTRAINT evidence_one_target CHECK (
          (audit_id IS NOT NULL AND criterion_id IS NOT NULL AND action_id IS NULL)
          OR (action_id IS NOT NULL AND audit_id IS NULL AND criterion_id IS NULL)),
        CONSTRAINT evidence_file_complete CHECK (
          kind <> 'file' OR (file_name IS NOT NULL AND content_type IS NOT NULL AND size_bytes IS NOT NULL
                             AND sha256 IS NOT NULL AND storage_key IS NOT NULL)),
        CONSTRAINT evidence_link_complete CHECK (kind <> 'link' OR (url IS NOT NULL AND title IS NOT NULL))
      )`);
    await q.query(
      `CREATE INDEX evidence_audit_idx ON evidence (audit_id, criterion_id) WHERE audit_id IS NOT NULL`,
    );
    await q.query(`CREATE INDEX evidence_action_idx ON evidence (action_id) WHERE action_id IS NOT NULL`);

    // Latest grade per organisation and standard code, and the organisation's grade-change event counter.
    await q.query(`
      CREATE TABLE organisation_grade (
        organisation_id  uuid NOT NULL,
        standard_code    text NOT NULL,
        standard_id      uuid NOT NULL CONSTRAINT organisation_grade_standard_fk REFERENCES standard (id),
        audit_id         uuid NOT NULL CONSTRAINT organisation_grade_audit_fk REFERENCES audit (id),
        grade            text NOT NULL CONSTRAINT organisation_grade_known CHECK (grade IN (${GRADES})),
        score            numeric(12, 2) NOT NULL,
        submitted_at     timestamptz NOT NULL,
        PRIMARY KEY (organisation_id, standard_code)
      )`);
    await q.query(`
      CREATE TABLE organisation_compliance (
        organisation_id  uuid PRIMARY KEY,
        event_version    integer NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'organisation_compliance',
      'organisation_grade',
      'evidence',
      'corrective_action',
      'finding',
      'audit_amendment',
      'audit_answer',
      'audit_inspector',
      'audit',
      'standard_criterion',
      'standard_area',
      'standard',
      'member_organisation',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
    for (const fn of ['audit_answer_frozen', 'standard_parts_frozen', 'standard_content_frozen']) {
      await q.query(`DROP FUNCTION ${fn}()`);
    }
  }
}
