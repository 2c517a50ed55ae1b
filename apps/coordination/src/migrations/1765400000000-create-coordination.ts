import { addSearchTermsColumn } from '@alliance/persistence';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(',');
const CATEGORIES = list(['policy', 'notice', 'meeting_notice', 'standard_update']);
const NOTICE_STATUSES = list(['draft', 'published', 'withdrawn', 'superseded']);
const MEETING_KINDS = list(['alliance_meeting', 'working_group_meeting', 'site_visit', 'forum']);
const PLACE_KINDS = list(['address', 'online', 'venue']);
const PRACTICE_KINDS = list(['case', 'report', 'research']);

/**
 * The coordination schema. The rules concurrent requests (or two instances) could break live here:
 * - an organisation acknowledges a notice once: `notice_acknowledgement_pkey (notice_id, organisation_id)`;
 * - the audience and the invitees are rows written once, at publication or scheduling
 *   (`notice_recipient`, `meeting_invitation`), so a member admitted later never appears in them;
 * - a reminder, an overdue item are claimed by a conditional UPDATE of `reminded_at` / `overdue_at`, so
 *   whichever instance gets there first announces it and no other does;
 * - an account signs in to a meeting once: `meeting_sign_in_pkey (meeting_id, account_id)`;
 * - minutes are published once per meeting: `meeting_minutes_pkey`.
 */
export class CreateCoordination1765400000000 implements MigrationInterface {
  name = 'CreateCoordination1765400000000';

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
      CREATE TABLE working_group (
        id          uuid PRIMARY KEY,
        name        text NOT NULL,
        active      boolean NOT NULL,
        version     integer NOT NULL CONSTRAINT working_group_version_positive CHECK (version >= 1),
        updated_at  timestamptz NOT NULL
      )`);
    await q.query(`
      CREATE TABLE working_group_member (
        working_group_id  uuid NOT NULL CONSTRAINT working_group_member_group_fk REFERENCES working_group (id),
        organisation_id   uuid NOT NULL,
        PRIMARY KEY (working_group_id, organisation_id)
      )`);

    await q.query(`
      CREATE TABLE organiser_grant (
        organisation_id  uuid PRIMARY KEY,
        granted_at       timestamptz NOT NULL,
        granted_by       text NOT NULL
      )`);

    await q.query(`
      CREATE TABLE notice (
        id                     uuid PRIMARY KEY,
        title                  text NOT NULL,
        body                   text NOT NULL,
        category               text NOT NULL CONSTRAINT notice_category_known CHECK (category IN (${CATEGORIES})),
        issuer                 text NOT NULL,
        audience               jsonb NOT NULL,
        requires_ack           boolean NOT NULL,
        acknowledge_by         timestamptz,
        reminder_days_before   integer CONSTRAINT notice_reminder_days_range CHECK (reminder_days_before BETWEEN 0 AND 60),
        -- acknowledge_by minus the reminder days, fixed at publication; the reminder check reads it.
        remind_at              timestamptz,
        status                 text NOT NULL CONSTRAINT notice_status_known CHECK (status IN (${NOTICE_STATUSES})),
        supersedes_id          uuid CONSTRAINT notice_supersedes_fk REFERENCES notice (id),
        superseded_by_id       uuid CONSTRAINT notice_superseded_by_fk REFERENCES notice (id),
        published_at           timestamptz,
        withdrawn_at           timestamptz,
        withdraw_reason        text,
        created_by             text NOT NULL,
        created_by_organisation_id uuid,
        version                integer NOT NULL CONSTRAINT notice_version_positive CHECK (version >= 1),
        event_version          integer NOT NULL DEFAULT 0,
        created_at             timestamptz NOT NULL,
        updated_at             timestamptz NOT NULL,
        CONSTRAINT notice_ack_deadline_iff CHECK (requires_ack = (acknowledge_by IS NOT NULL)),
        CONSTRAINT notice_published_at_iff CHECK ((status = 'draft') = (published_at IS NULL))
      )`);
    // A notice is replaced by one newer notice at most.
    await q.query(
      `CREATE UNIQUE INDEX notice_supersedes_once ON notice (supersedes_id) WHERE status <> 'draft'`,
    );
    await q.query(`CREATE INDEX notice_published_idx ON notice (published_at DESC, id DESC)`);
    await q.query(
      `CREATE INDEX notice_remind_idx ON notice (remind_at) WHERE status = 'published' AND remind_at IS NOT NULL`,
    );

    await q.query(`
      CREATE TABLE notice_recipient (
        notice_id          uuid NOT NULL CONSTRAINT notice_recipient_notice_fk REFERENCES notice (id),
        organisation_id    uuid NOT NULL,
        organisation_name  text NOT NULL,
        district_code      text NOT NULL,
        kind               text NOT NULL,
        reminded_at        timestamptz,
        released_at        timestamptz,
        released_reason    text,
        PRIMARY KEY (notice_id, organisation_id)
      )`);
    await q.query(`CREATE INDEX notice_recipient_organisation_idx ON notice_recipient (organisation_id)`);
    await q.query(`
      CREATE TABLE notice_acknowledgement (
        notice_id        uuid NOT NULL,
        organisation_id  uuid NOT NULL,
        acknowledged_at  timestamptz NOT NULL,
        acknowledged_by  text NOT NULL,
        reply            text,
        late             boolean NOT NULL,
        CONSTRAINT notice_acknowledgement_pkey PRIMARY KEY (notice_id, organisation_id),
        CONSTRAINT notice_acknowledgement_recipient_fk FOREIGN KEY (notice_id, organisation_id)
          REFERENCES notice_recipient (notice_id, organisation_id)
      )`);

    await q.query(`
      CREATE TABLE meeting (
        id              uuid PRIMARY KEY,
        kind            text NOT NULL CONSTRAINT meeting_kind_known CHECK (kind IN (${MEETING_KINDS})),
        title           text NOT NULL,
        starts_at       timestamptz NOT NULL,
        ends_at         timestamptz NOT NULL,
        place_kind      text NOT NULL CONSTRAINT meeting_place_kind_known CHECK (place_kind IN (${PLACE_KINDS})),
        address         text,
        url             text,
        resource_id     uuid,
        agenda          jsonb NOT NULL,
        invitees        jsonb NOT NULL,
        status          text NOT NULL CONSTRAINT meeting_status_known CHECK (status IN ('scheduled', 'cancelled')),
        cancel_reason   text,
        created_by      text NOT NULL,
        version         integer NOT NULL CONSTRAINT meeting_version_positive CHECK (version >= 1),
        event_version   integer NOT NULL DEFAULT 0,
        created_at      timestamptz NOT NULL,
        updated_at      timestamptz NOT NULL,
        CONSTRAINT meeting_ends_after_start CHECK (ends_at > starts_at)
      )`);
    await q.query(`CREATE INDEX meeting_starts_idx ON meeting (starts_at DESC, id DESC)`);
    await q.query(`
      CREATE TABLE meeting_invitation (
        meeting_id         uuid NOT NULL CONSTRAINT meeting_invitation_meeting_fk REFERENCES meeting (id),
        organisation_id    uuid NOT NULL,
        organisation_name  text NOT NULL,
        district_code      text NOT NULL,
        answer             text CONSTRAINT meeting_invitation_answer_known CHECK (answer IN ('attending', 'declined')),
        attendees          integer CONSTRAINT meeting_invitation_attendees_iff CHECK ((answer = 'attending') = (attendees IS NOT NULL AND attendees >= 1)),
        note               text,
        answered_at        timestamptz,
        answered_by        text,
        released_at        timestamptz,
        PRIMARY KEY (meeting_id, organisation_id)
      )`);
    await q.query(`CREATE INDEX meeting_invitation_organisation_idx ON meeting_invitation (organisation_id)`);
    await q.query(`
      CREATE TABLE meeting_sign_in (
        meeting_id       uuid NOT NULL CONSTRAINT meeting_sign_in_meeting_fk REFERENCES meeting (id),
        account_id       text NOT NULL,
        username         text NOT NULL,
        organisation_id  uuid,
        district_code    text,
        signed_in_at     timestamptz NOT NULL,
        CONSTRAINT meeting_sign_in_pkey PRIMARY KEY (meeting_id, account_id)
      )`);
    await q.query(`
      CREATE TABLE meeting_minutes (
        meeting_id    uuid CONSTRAINT meeting_minutes_pkey PRIMARY KEY CONSTRAINT meeting_minutes_meeting_fk REFERENCES meeting (id),
        summary       text NOT NULL,
        decisions     jsonb NOT NULL,
        published_at  timestamptz NOT NULL,
        published_by  text NOT NULL
      )`);
    await q.query(`
      CREATE TABLE action_item (
        id                     uuid PRIMARY KEY,
        meeting_id             uuid NOT NULL CONSTRAINT action_item_meeting_fk REFERENCES meeting_minutes (meeting_id),
        position               integer NOT NULL,
        title                  text NOT NULL,
        owner_organisation_id  uuid NOT NULL,
        owner_name             text NOT NULL,
        due_date               date NOT NULL,
        status                 text NOT NULL CONSTRAINT action_item_status_known CHECK (status IN ('open', 'done')),
        done_at                timestamptz,
        done_by                text,
        note                   text,
        overdue_at             timestamptz,
        released_at            timestamptz,
        version                integer NOT NULL CONSTRAINT action_item_version_positive CHECK (version >= 1),
        event_version          integer NOT NULL,
        created_at             timestamptz NOT NULL,
        updated_at             timestamptz NOT NULL,
        CONSTRAINT action_item_done_iff CHECK ((status = 'done') = (done_at IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX action_item_owner_idx ON action_item (owner_organisation_id, due_date)`);
    await q.query(
      `CREATE INDEX action_item_open_due_idx ON action_item (due_date) WHERE status = 'open' AND overdue_at IS NULL AND released_at IS NULL`,
    );

    await q.query(`
      CREATE TABLE practice (
        id                           uuid PRIMARY KEY,
        kind                         text NOT NULL CONSTRAINT practice_kind_known CHECK (kind IN (${PRACTICE_KINDS})),
        title                        text NOT NULL,
        summary                      text NOT NULL,
        body                         text NOT NULL,
        tags                         text[] NOT NULL,
        contributor_organisation_id  uuid,
        contributor_name             text,
        standard_codes               text[] NOT NULL,
        training_categories          text[] NOT NULL,
        status                       text NOT NULL CONSTRAINT practice_status_known CHECK (status IN ('draft', 'published')),
        published_at                 timestamptz,
        created_by                   text NOT NULL,
        version                      integer NOT NULL CONSTRAINT practice_version_positive CHECK (version >= 1),
        created_at                   timestamptz NOT NULL,
        updated_at                   timestamptz NOT NULL,
        CONSTRAINT practice_published_at_iff CHECK ((status = 'published') = (published_at IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX practice_tags_idx ON practice USING gin (tags)`);
    await q.query(`CREATE INDEX practice_created_idx ON practice (created_at DESC, id DESC)`);
    // array_to_string is only STABLE; the tags join the searched text through a helper PostgreSQL may use in a generated column.
    await q.query(`
      CREATE FUNCTION practice_search_text(title text, summary text, tags text[]) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        RETURN title || ' ' || summary || ' ' || array_to_string(tags, ' ')`);
    await addSearchTermsColumn(q, {
      table: 'practice',
      source: 'practice_search_text(title, summary, tags)',
      index: 'practice_search_terms_idx',
    });
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'practice',
      'action_item',
      'meeting_minutes',
      'meeting_sign_in',
      'meeting_invitation',
      'meeting',
      'notice_acknowledgement',
      'notice_recipient',
      'notice',
      'organiser_grant',
      'working_group_member',
      'working_group',
      'member_organisation',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query(`DROP FUNCTION practice_search_text(text, text, text[])`);
  }
}
