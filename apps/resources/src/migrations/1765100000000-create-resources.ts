import { addSearchTermsColumn } from '@alliance/persistence';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The resources schema. Every rule two requests could break together is the database's:
 * - no two live (requested or approved) bookings of one resource overlap: `booking_no_overlap`
 *   (EXCLUDE USING gist over resource_id and a tstzrange; btree_gist for the uuid equality);
 * - a monthly quota per requesting organisation is counted under a row lock on
 *   `booking_quota_lock` (resource, organisation, month), so concurrent requests count one after another;
 * - approved place/material requests never exceed the offer in any month: approvals lock the resource row
 *   and sum the approved quantities per month under it;
 * - a caller's key of a request-on-behalf is used once: `on_behalf_request` primary key.
 */
export class CreateResources1765100000000 implements MigrationInterface {
  name = 'CreateResources1765100000000';

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
        district_code    text NOT NULL,
        status           text NOT NULL,
        version          integer NOT NULL CONSTRAINT member_organisation_version_positive CHECK (version >= 1),
        updated_at       timestamptz NOT NULL
      )`);

    await q.query(`
      CREATE TABLE resource (
        id                     uuid PRIMARY KEY,
        kind                   text NOT NULL CONSTRAINT resource_kind_known
                               CHECK (kind IN ('venue', 'expert', 'equipment', 'material', 'places')),
        title                  text NOT NULL CONSTRAINT resource_title_not_blank CHECK (btrim(title) <> ''),
        description            text,
        owner_organisation_id  uuid NOT NULL CONSTRAINT resource_owner_fk REFERENCES member_organisation (organisation_id),
        district_code          text NOT NULL,
        address                text,
        capacity               integer NOT NULL CONSTRAINT resource_capacity_positive CHECK (capacity > 0),
        visibility             text NOT NULL CONSTRAINT resource_visibility_known CHECK (visibility IN ('alliance', 'districts')),
        visible_districts      text[] NOT NULL DEFAULT '{}',
        opening_hours          jsonb NOT NULL DEFAULT '[]' CONSTRAINT resource_hours_array CHECK (jsonb_typeof(opening_hours) = 'array'),
        blackouts              jsonb NOT NULL DEFAULT '[]' CONSTRAINT resource_blackouts_array CHECK (jsonb_typeof(blackouts) = 'array'),
        approval_mode          text NOT NULL CONSTRAINT resource_approval_known CHECK (approval_mode IN ('auto', 'owner')),
        min_notice_minutes     integer CONSTRAINT resource_notice_non_negative CHECK (min_notice_minutes >= 0),
        max_duration_minutes   integer CONSTRAINT resource_duration_positive CHECK (max_duration_minutes > 0),
        monthly_quota          integer CONSTRAINT resource_quota_positive CHECK (monthly_quota > 0),
        available_from         date,
        available_until        date,
        status                 text NOT NULL CONSTRAINT resource_status_known CHECK (status IN ('listed', 'withdrawn')),
        withdrawal_reason      text,
        withdrawn_at           timestamptz,
        version                integer NOT NULL CONSTRAINT resource_version_positive CHECK (version >= 1),
        created_at             timestamptz NOT NULL,
        updated_at             timestamptz NOT NULL,
        CONSTRAINT resource_offer_ordered CHECK (available_until IS NULL OR available_from IS NULL OR available_from <= available_until),
        CONSTRAINT resource_withdrawn_at_iff_withdrawn CHECK ((status = 'withdrawn') = (withdrawn_at IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX resource_list_idx ON resource (status, created_at DESC, id DESC)`);
    await q.query(
      `CREATE INDEX resource_owner_idx ON resource (owner_organisation_id, created_at DESC, id DESC)`,
    );
    await q.query(`CREATE INDEX resource_kind_idx ON resource (kind, status, created_at DESC, id DESC)`);
    await q.query(
      `CREATE INDEX resource_district_idx ON resource (district_code, status, created_at DESC, id DESC)`,
    );
    await addSearchTermsColumn(q, { table: 'resource', source: 'title', index: 'resource_search_terms_idx' });

    await q.query(`
      CREATE TABLE booking_series (
        id               uuid PRIMARY KEY,
        resource_id      uuid NOT NULL CONSTRAINT booking_series_resource_fk REFERENCES resource (id),
        organisation_id  uuid NOT NULL CONSTRAINT booking_series_organisation_fk REFERENCES member_organisation (organisation_id),
        requested_by     text,
        created_at       timestamptz NOT NULL
      )`);

    await q.query(`
      CREATE TABLE booking (
        id                   uuid PRIMARY KEY,
        resource_id          uuid NOT NULL CONSTRAINT booking_resource_fk REFERENCES resource (id),
        organisation_id      uuid NOT NULL CONSTRAINT booking_organisation_fk REFERENCES member_organisation (organisation_id),
        series_id            uuid CONSTRAINT booking_series_fk REFERENCES booking_series (id),
        starts_at            timestamptz NOT NULL,
        ends_at              timestamptz NOT NULL,
        period               tstzrange GENERATED ALWAYS AS (tstzrange(starts_at, ends_at, '[)')) STORED,
        purpose              text NOT NULL,
        headcount            integer NOT NULL CONSTRAINT booking_headcount_positive CHECK (headcount > 0),
        status               text NOT NULL CONSTRAINT booking_status_known
                             CHECK (status IN ('requested', 'approved', 'rejected', 'cancelled', 'expired', 'completed', 'no_show')),
        decision_note        text,
        cancellation_reason  text,
        on_behalf_key        text CONSTRAINT booking_on_behalf_key UNIQUE,
        requested_by         text,
        version              integer NOT NULL CONSTRAINT booking_version_positive CHECK (version >= 1),
        created_at           timestamptz NOT NULL,
        updated_at           timestamptz NOT NULL,
        CONSTRAINT booking_ends_after_start CHECK (ends_at > starts_at),
        CONSTRAINT booking_no_overlap EXCLUDE USING gist (resource_id WITH =, period WITH &&)
          WHERE (status IN ('requested', 'approved'))
      )`);
    await q.query(`CREATE INDEX booking_resource_idx ON booking (resource_id, starts_at, id)`);
    await q.query(`CREATE INDEX booking_organisation_idx ON booking (organisation_id, starts_at, id)`);
    await q.query(
      `CREATE INDEX booking_series_idx ON booking (series_id, starts_at) WHERE series_id IS NOT NULL`,
    );
    await q.query(`CREATE INDEX booking_starts_idx ON booking (starts_at, id)`);
    // The expiry check: requests nobody decided, by start.
    await q.query(`CREATE INDEX booking_pending_idx ON booking (starts_at) WHERE status = 'requested'`);

    // One row per (resource, requesting organisation, month): the lock under which the quota is counted.
    await q.query(`
      CREATE TABLE booking_quota_lock (
        resource_id      uuid NOT NULL,
        organisation_id  uuid NOT NULL,
        month            date NOT NULL,
        PRIMARY KEY (resource_id, organisation_id, month)
      )`);

    await q.query(`
      CREATE TABLE on_behalf_request (
        idempotency_key  text PRIMARY KEY,
        id               uuid NOT NULL CONSTRAINT on_behalf_request_id_key UNIQUE,
        resource_id      uuid NOT NULL,
        organisation_id  uuid NOT NULL,
        starts_at        timestamptz NOT NULL,
        ends_at          timestamptz NOT NULL,
        booking_id       uuid CONSTRAINT on_behalf_request_booking_fk REFERENCES booking (id),
        outcome          text NOT NULL CONSTRAINT on_behalf_outcome_known CHECK (outcome IN ('booked', 'refused')),
        refusal_reason   text,
        refusal_message  text,
        requested_by     text,
        created_at       timestamptz NOT NULL,
        CONSTRAINT on_behalf_booked_has_booking CHECK ((outcome = 'booked') = (booking_id IS NOT NULL))
      )`);

    await q.query(`
      CREATE TABLE place_request (
        id                   uuid PRIMARY KEY,
        resource_id          uuid NOT NULL CONSTRAINT place_request_resource_fk REFERENCES resource (id),
        organisation_id      uuid NOT NULL CONSTRAINT place_request_organisation_fk REFERENCES member_organisation (organisation_id),
        quantity             integer NOT NULL CONSTRAINT place_request_quantity_positive CHECK (quantity > 0),
        from_month           date NOT NULL CONSTRAINT place_request_from_first_of_month CHECK (extract(day FROM from_month) = 1),
        to_month             date NOT NULL CONSTRAINT place_request_to_first_of_month CHECK (extract(day FROM to_month) = 1),
        purpose              text NOT NULL,
        status               text NOT NULL CONSTRAINT place_request_status_known
                             CHECK (status IN ('requested', 'approved', 'rejected', 'cancelled', 'expired')),
        decision_note        text,
        cancellation_reason  text,
        requested_by         text,
        version              integer NOT NULL CONSTRAINT place_request_version_positive CHECK (version >= 1),
        created_at           timestamptz NOT NULL,
        updated_at           timestamptz NOT NULL,
        CONSTRAINT place_request_months_ordered CHECK (from_month <= to_month)
      )`);
    await q.query(
      `CREATE INDEX place_request_resource_idx ON place_request (resource_id, status, from_month)`,
    );
    await q.query(
      `CREATE INDEX place_request_organisation_idx ON place_request (organisation_id, created_at DESC, id DESC)`,
    );
    await q.query(`CREATE INDEX place_request_list_idx ON place_request (created_at DESC, id DESC)`);
    await q.query(
      `CREATE INDEX place_request_pending_idx ON place_request (from_month) WHERE status = 'requested'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'place_request',
      'on_behalf_request',
      'booking_quota_lock',
      'booking',
      'booking_series',
      'resource',
      'member_organisation',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
