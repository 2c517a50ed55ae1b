import type { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS = `'childcare_centre','kindergarten','hospital','maternal_child_health_institute','university','government_bureau','enterprise','other'`;
const OWNERSHIPS = `'state_owned','university_run','public_institution','private','other'`;
const ROLES = `'lead_unit','guidance_centre','member'`;
const STATUSES = `'applied','admitted','rejected','suspended','withdrawn','expelled'`;
const HISTORY_ACTIONS = `'applied','admitted','rejected','suspended','reinstated','withdrawn','expelled','profile-updated'`;

export class CreateMembers1764400100000 implements MigrationInterface {
  name = 'CreateMembers1764400100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE member (
        id                 uuid PRIMARY KEY,
        name               text NOT NULL CONSTRAINT member_name_not_blank CHECK (btrim(name) <> ''),
        name_en            text,
        credit_code        text NOT NULL
                           CONSTRAINT member_credit_code_format CHECK (credit_code ~ '^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$'),
        kind               text NOT NULL CONSTRAINT member_kind_known CHECK (kind IN (${KINDS})),
        ownership          text NOT NULL CONSTRAINT member_ownership_known CHECK (ownership IN (${OWNERSHIPS})),
        district_code      text NOT NULL CONSTRAINT member_district_fk REFERENCES district (code),
        address            text NOT NULL,
        contacts           jsonb NOT NULL DEFAULT '[]'
                           CONSTRAINT member_contacts_array CHECK (jsonb_typeof(contacts) = 'array'),
        licensed_places    integer NOT NULL CONSTRAINT member_licensed_places_non_negative CHECK (licensed_places >= 0),
        affordable_places  integer NOT NULL CONSTRAINT member_affordable_places_non_negative CHECK (affordable_places >= 0),
        alliance_role      text NOT NULL DEFAULT 'member' CONSTRAINT member_alliance_role_known CHECK (alliance_role IN (${ROLES})),
        status             text NOT NULL DEFAULT 'applied' CONSTRAINT member_status_known CHECK (status IN (${STATUSES})),
        version            integer NOT NULL CONSTRAINT member_version_positive CHECK (version >= 1),
        -- Millisecond precision so that a keyset cursor (carried through JSON) names a row exactly.
        applied_at         timestamptz NOT NULL
                           CONSTRAINT member_applied_at_ms CHECK (applied_at = date_trunc('milliseconds', applied_at)),
        status_changed_at  timestamptz,
        updated_at         timestamptz NOT NULL,
        CONSTRAINT member_credit_code_key UNIQUE (credit_code),
        CONSTRAINT member_affordable_within_licensed CHECK (affordable_places <= licensed_places)
      )`);

    // Keyset pagination: one index per sort key, alone and behind each equality filter of the list.
    await q.query(`CREATE INDEX member_name_idx ON member (name, id)`);
    await q.query(`CREATE INDEX member_applied_at_idx ON member (applied_at, id)`);
    await q.query(`CREATE INDEX member_status_name_idx ON member (status, name, id)`);
    await q.query(`CREATE INDEX member_status_applied_at_idx ON member (status, applied_at, id)`);
    await q.query(`CREATE INDEX member_district_status_idx ON member (district_code, status, name, id)`);
    await q.query(`CREATE INDEX member_kind_status_idx ON member (kind, status, name, id)`);
    await q.query(`CREATE INDEX member_alliance_role_idx ON member (alliance_role, status)`);

    // Text search matches inside Chinese names, so a prefix index cannot serve it; trigrams can.
    await q.query(`
      DO $$ BEGIN
        CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;
      EXCEPTION WHEN OTHERS THEN
        RAISE NOTICE 'pg_trgm not available (%), member text search uses a plain index', SQLERRM;
      END $$`);
    const [trgm] = (await q.query(
      `SELECT extnamespace::regnamespace::text AS schema FROM pg_extension WHERE extname = 'pg_trgm'`,
    )) as Array<{ schema: string }>;
    const searchText = `(name || ' ' || coalesce(name_en, '') || ' ' || credit_code)`;
    if (trgm) {
      await q.query(
        `CREATE INDEX member_search_trgm_idx ON member USING gin (${searchText} ${trgm.schema}.gin_trgm_ops)`,
      );
    } else {
      await q.query(`CREATE INDEX member_search_idx ON member (lower(${searchText}))`);
    }

    await q.query(`
      CREATE TABLE member_history (
        id              bigserial PRIMARY KEY,
        member_id       uuid NOT NULL CONSTRAINT member_history_member_fk REFERENCES member (id) ON DELETE CASCADE,
        version         integer NOT NULL,
        action          text NOT NULL CONSTRAINT member_history_action_known CHECK (action IN (${HISTORY_ACTIONS})),
        from_status     text CONSTRAINT member_history_from_known CHECK (from_status IN (${STATUSES})),
        to_status       text NOT NULL CONSTRAINT member_history_to_known CHECK (to_status IN (${STATUSES})),
        reason          text,
        actor_id        text NOT NULL,
        actor_role      text,
        correlation_id  text NOT NULL,
        occurred_at     timestamptz NOT NULL,
        CONSTRAINT member_history_version_key UNIQUE (member_id, version),
        CONSTRAINT member_history_reason_required CHECK (
          action NOT IN ('rejected', 'suspended', 'expelled') OR btrim(coalesce(reason, '')) <> ''
        )
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE member_history`);
    await q.query(`DROP TABLE member`);
  }
}
