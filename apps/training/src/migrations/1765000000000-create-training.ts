import { addSearchTermsColumn } from '@alliance/persistence';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const list = (values: string[]) => values.map((v) => `'${v}'`).join(',');
const STAFF_ROLES = list([
  'caregiver',
  'infant_care_specialist',
  'health_staff',
  'teacher',
  'director',
  'cook',
  'security',
  'other',
]);
const CATEGORIES = list([
  'care_and_feeding',
  'health_and_hygiene',
  'safety_and_first_aid',
  'early_development',
  'parenting_guidance',
  'medical_childcare_integration',
  'management',
]);

/**
 * The training schema. Every rule two requests could break together is the database's:
 * - a trainer's meetings never overlap: `trainer_booking_no_overlap` (EXCLUDE over trainer and tstzrange,
 *   btree_gist for the equality on text);
 * - never more confirmed than capacity: `session_within_capacity` over counts kept by a trigger on enrolment
 *   (the service also locks the session row to decide confirmed / waitlisted and number the requests);
 * - one live enrolment per person and session: `enrolment_staff_session_key` (partial unique);
 * - a resident ID once among active staff: `staff_active_resident_id_key` (partial unique);
 * - one certificate per person and session, unique verification codes, each due item announced once.
 */
export class CreateTraining1765000000000 implements MigrationInterface {
  name = 'CreateTraining1765000000000';

  async up(q: QueryRunner): Promise<void> {
    // Several schemas (test runs) may create it at once: the loser of that race finds it made.
    await q.query(`
      DO $$ BEGIN
        CREATE EXTENSION IF NOT EXISTS btree_gist SCHEMA public;
      EXCEPTION WHEN unique_violation OR duplicate_object THEN NULL;
      END $$`);

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
      CREATE TABLE staff (
        id                            uuid PRIMARY KEY,
        organisation_id               uuid NOT NULL CONSTRAINT staff_organisation_fk REFERENCES member_organisation (organisation_id),
        name                          text NOT NULL CONSTRAINT staff_name_not_blank CHECK (btrim(name) <> ''),
        role                          text NOT NULL CONSTRAINT staff_role_known CHECK (role IN (${STAFF_ROLES})),
        hired_on                      date NOT NULL,
        status                        text NOT NULL CONSTRAINT staff_status_known CHECK (status IN ('active', 'left')),
        left_on                       date,
        resident_id                   text CONSTRAINT staff_resident_id_format CHECK (resident_id ~ '^[1-9][0-9]{16}[0-9X]$'),
        qualifications                jsonb NOT NULL DEFAULT '[]'
                                      CONSTRAINT staff_qualifications_array CHECK (jsonb_typeof(qualifications) = 'array'),
        health_certificate_expires_on date,
        background_checked_on         date,
        version                       integer NOT NULL CONSTRAINT staff_version_positive CHECK (version >= 1),
        created_at                    timestamptz NOT NULL,
        updated_at                    timestamptz NOT NULL,
        CONSTRAINT staff_left_on_iff_left CHECK ((status = 'left') = (left_on IS NOT NULL))
      )`);
    await q.query(
      `CREATE UNIQUE INDEX staff_active_resident_id_key ON staff (resident_id) WHERE status = 'active' AND resident_id IS NOT NULL`,
    );
    await q.query(`CREATE INDEX staff_organisation_name_idx ON staff (organisation_id, name, id)`);
    await q.query(`CREATE INDEX staff_name_idx ON staff (name, id)`);
    await q.query(
      `CREATE INDEX staff_health_certificate_idx ON staff (health_certificate_expires_on) WHERE status = 'active'`,
    );
    await addSearchTermsColumn(q, { table: 'staff', source: 'name', index: 'staff_search_terms_idx' });

    await q.query(`
      CREATE TABLE course (
        id                            uuid PRIMARY KEY,
        code                          text NOT NULL CONSTRAINT course_code_key UNIQUE,
        title                         text NOT NULL CONSTRAINT course_title_not_blank CHECK (btrim(title) <> ''),
        description                   text,
        category                      text NOT NULL CONSTRAINT course_category_known CHECK (category IN (${CATEGORIES})),
        credit_hours                  numeric(5,1) NOT NULL CONSTRAINT course_credit_hours_positive CHECK (credit_hours > 0),
        target_roles                  text[] NOT NULL DEFAULT '{}',
        prerequisite_course_ids       uuid[] NOT NULL DEFAULT '{}',
        certificate_validity_months   integer CONSTRAINT course_validity_positive CHECK (certificate_validity_months > 0),
        completion_threshold_percent  integer NOT NULL DEFAULT 80
                                      CONSTRAINT course_threshold_range CHECK (completion_threshold_percent BETWEEN 1 AND 100),
        status                        text NOT NULL CONSTRAINT course_status_known CHECK (status IN ('draft', 'published', 'retired')),
        version                       integer NOT NULL,
        created_at                    timestamptz NOT NULL,
        updated_at                    timestamptz NOT NULL,
        CONSTRAINT course_roles_known CHECK (target_roles <@ ARRAY[${STAFF_ROLES}]::text[]),
        CONSTRAINT course_not_own_prerequisite CHECK (NOT (id = ANY (prerequisite_course_ids)))
      )`);
    await q.query(`CREATE INDEX course_list_idx ON course (created_at, id)`);

    await q.query(`
      CREATE TABLE session (
        id                   uuid PRIMARY KEY,
        course_id            uuid NOT NULL CONSTRAINT session_course_fk REFERENCES course (id),
        trainer_ids          text[] NOT NULL CONSTRAINT session_has_trainer CHECK (cardinality(trainer_ids) > 0),
        location             jsonb NOT NULL,
        capacity             integer NOT NULL CONSTRAINT session_capacity_positive CHECK (capacity > 0),
        confirmed_count      integer NOT NULL DEFAULT 0,
        waitlist_count       integer NOT NULL DEFAULT 0,
        last_request_number  integer NOT NULL DEFAULT 0,
        enrolment_opens_at   timestamptz NOT NULL,
        enrolment_closes_at  timestamptz NOT NULL,
        starts_at            timestamptz NOT NULL,
        ends_at              timestamptz NOT NULL,
        hours                numeric(7,2) NOT NULL,
        status               text NOT NULL CONSTRAINT session_status_known CHECK (status IN ('scheduled', 'cancelled', 'completed')),
        cancellation_reason  text,
        completed_at         timestamptz,
        version              integer NOT NULL,
        attendance_version   integer NOT NULL DEFAULT 0,
        created_at           timestamptz NOT NULL,
        updated_at           timestamptz NOT NULL,
        CONSTRAINT session_within_capacity CHECK (confirmed_count <= capacity),
        CONSTRAINT session_counts_non_negative CHECK (confirmed_count >= 0 AND waitlist_count >= 0),
        CONSTRAINT session_window_ordered CHECK (enrolment_opens_at < enrolment_closes_at),
        CONSTRAINT session_meetings_ordered CHECK (starts_at < ends_at)
      )`);
    await q.query(`CREATE INDEX session_starts_idx ON session (starts_at, id)`);
    await q.query(`CREATE INDEX session_course_idx ON session (course_id, starts_at, id)`);

    await q.query(`
      CREATE TABLE session_meeting (
        id          uuid PRIMARY KEY,
        session_id  uuid NOT NULL CONSTRAINT session_meeting_session_fk REFERENCES session (id) ON DELETE CASCADE,
        starts_at   timestamptz NOT NULL,
        ends_at     timestamptz NOT NULL,
        CONSTRAINT session_meeting_ends_after_start CHECK (ends_at > starts_at)
      )`);
    await q.query(`CREATE INDEX session_meeting_session_idx ON session_meeting (session_id, starts_at)`);

    // A trainer's time: one row per trainer and meeting of a scheduled session.
    await q.query(`
      CREATE TABLE trainer_booking (
        trainer_id  text NOT NULL,
        meeting_id  uuid NOT NULL CONSTRAINT trainer_booking_meeting_fk REFERENCES session_meeting (id) ON DELETE CASCADE,
        session_id  uuid NOT NULL CONSTRAINT trainer_booking_session_fk REFERENCES session (id) ON DELETE CASCADE,
        period      tstzrange NOT NULL,
        PRIMARY KEY (trainer_id, meeting_id),
        CONSTRAINT trainer_booking_no_overlap EXCLUDE USING gist (trainer_id WITH =, period WITH &&)
      )`);

    await q.query(`
      CREATE TABLE enrolment (
        id                   uuid PRIMARY KEY,
        session_id           uuid NOT NULL CONSTRAINT enrolment_session_fk REFERENCES session (id),
        staff_id             uuid NOT NULL CONSTRAINT enrolment_staff_fk REFERENCES staff (id),
        organisation_id      uuid NOT NULL,
        status               text NOT NULL CONSTRAINT enrolment_status_known CHECK (status IN ('confirmed', 'waitlisted', 'cancelled')),
        request_number       integer NOT NULL,
        requested_at         timestamptz NOT NULL,
        confirmed_at         timestamptz,
        promoted             boolean NOT NULL DEFAULT false,
        cancelled_at         timestamptz,
        cancellation_reason  text,
        version              integer NOT NULL,
        CONSTRAINT enrolment_request_number_key UNIQUE (session_id, request_number),
        CONSTRAINT enrolment_confirmed_at_iff_seated CHECK (status <> 'confirmed' OR confirmed_at IS NOT NULL)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX enrolment_staff_session_key ON enrolment (session_id, staff_id) WHERE status IN ('confirmed', 'waitlisted')`,
    );
    await q.query(
      `CREATE INDEX enrolment_waitlist_idx ON enrolment (session_id, request_number) WHERE status = 'waitlisted'`,
    );
    await q.query(`CREATE INDEX enrolment_staff_idx ON enrolment (staff_id, status)`);
    await q.query(
      `CREATE INDEX enrolment_organisation_live_idx ON enrolment (organisation_id) WHERE status IN ('confirmed', 'waitlisted')`,
    );

    // The seat counts follow the enrolments in the same statement, so session_within_capacity holds
    // whatever writes the rows.
    await q.query(`
      CREATE FUNCTION enrolment_counts() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          UPDATE session SET
            confirmed_count = confirmed_count - (OLD.status = 'confirmed')::int,
            waitlist_count = waitlist_count - (OLD.status = 'waitlisted')::int
          WHERE id = OLD.session_id;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          UPDATE session SET
            confirmed_count = confirmed_count + (NEW.status = 'confirmed')::int,
            waitlist_count = waitlist_count + (NEW.status = 'waitlisted')::int
          WHERE id = NEW.session_id;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER enrolment_counts AFTER INSERT OR DELETE OR UPDATE OF status ON enrolment
      FOR EACH ROW EXECUTE FUNCTION enrolment_counts()`);

    await q.query(`
      CREATE TABLE attendance (
        meeting_id    uuid NOT NULL CONSTRAINT attendance_meeting_fk REFERENCES session_meeting (id) ON DELETE CASCADE,
        enrolment_id  uuid NOT NULL CONSTRAINT attendance_enrolment_fk REFERENCES enrolment (id),
        session_id    uuid NOT NULL,
        staff_id      uuid NOT NULL,
        status        text NOT NULL CONSTRAINT attendance_status_known CHECK (status IN ('present', 'late', 'absent', 'excused')),
        recorded_at   timestamptz NOT NULL,
        recorded_by   text NOT NULL,
        PRIMARY KEY (meeting_id, enrolment_id)
      )`);
    await q.query(`CREATE INDEX attendance_session_idx ON attendance (session_id, staff_id)`);

    await q.query(`
      CREATE TABLE certificate (
        id                 uuid PRIMARY KEY,
        code               text NOT NULL CONSTRAINT certificate_code_format CHECK (code ~ '^[0-9A-HJKMNP-TV-Z]{20}$'),
        staff_id           uuid NOT NULL CONSTRAINT certificate_staff_fk REFERENCES staff (id),
        organisation_id    uuid NOT NULL,
        holder_name        text NOT NULL,
        course_id          uuid NOT NULL CONSTRAINT certificate_course_fk REFERENCES course (id),
        session_id         uuid NOT NULL CONSTRAINT certificate_session_fk REFERENCES session (id),
        hours              numeric(5,1) NOT NULL,
        issued_at          timestamptz NOT NULL,
        expires_on         date,
        revoked_at         timestamptz,
        revocation_reason  text,
        version            integer NOT NULL,
        CONSTRAINT certificate_code_key UNIQUE (code),
        CONSTRAINT certificate_session_staff_key UNIQUE (session_id, staff_id),
        CONSTRAINT certificate_revocation_reason CHECK ((revoked_at IS NULL) = (revocation_reason IS NULL))
      )`);
    await q.query(`CREATE INDEX certificate_staff_idx ON certificate (staff_id, issued_at)`);
    await q.query(`CREATE INDEX certificate_organisation_idx ON certificate (organisation_id, issued_at)`);
    await q.query(`CREATE INDEX certificate_list_idx ON certificate (issued_at, id)`);
    await q.query(
      `CREATE INDEX certificate_expiry_idx ON certificate (expires_on) WHERE revoked_at IS NULL AND expires_on IS NOT NULL`,
    );

    // What the daily check announced: each item and expiry date once, however often the check runs.
    await q.query(`
      CREATE TABLE due_notice (
        id            uuid PRIMARY KEY,
        kind          text NOT NULL CONSTRAINT due_notice_kind_known CHECK (kind IN ('certificate', 'qualification', 'health_certificate')),
        item_id       text NOT NULL,
        expires_on    date NOT NULL,
        staff_id      uuid NOT NULL,
        announced_at  timestamptz NOT NULL,
        CONSTRAINT due_notice_item_key UNIQUE (kind, item_id, expires_on)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'due_notice',
      'certificate',
      'attendance',
      'enrolment',
      'trainer_booking',
      'session_meeting',
      'session',
      'course',
      'staff',
      'member_organisation',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query(`DROP FUNCTION enrolment_counts()`);
  }
}
