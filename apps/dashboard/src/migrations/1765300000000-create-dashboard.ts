import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The dashboard's read model, built only from the four contexts' events.
 *
 * - One row per entity the figures depend on (organisation, staff, certificate, audit, corrective action,
 *   resource, booking, place request), holding its current state as the events told it; an event changes
 *   the row and adjusts the organisation's counters by the difference between the old and the new state,
 *   so a change of status (or a revocation, an amended grade) is exact.
 * - Counters are kept per organisation (`dash_org`, `dash_org_year`), not per district: a district's figure is
 *   the sum over its organisations when read (at most one row per organisation), so an organisation that moves
 *   between districts, or whose district becomes known only after its certificates or audits (the streams are
 *   not ordered with each other), moves every figure with it, exactly.
 * - Figures that depend on the day (certificates expiring within 90 days, overdue actions) are counted when
 *   read from the entity rows, through partial indexes. Those rows, and the per-year rows, carry their
 *   organisation's district (moved with it when it moves) and certificates whether their holder left, so a
 *   reading groups an index range without joins.
 * - `dash_aggregate_version` is the dashboard's own guard: an event applies only when its aggregateVersion is
 *   above the last one applied for that aggregate. The messaging inbox already skips redeliveries; this guard
 *   also makes a rebuild and the live consumer agree (an event the rebuild replayed is skipped when the live
 *   consumer delivers it afterwards).
 * - Counters carry no CHECK (>= 0): PostgreSQL checks the row an INSERT … ON CONFLICT proposes before it
 *   finds the conflict, so a negative delta upserted onto an existing row would be refused.
 * - `dash_district_population` is configuration (set by an admin), not projection: a rebuild keeps it.
 */
export class CreateDashboard1765300000000 implements MigrationInterface {
  name = 'CreateDashboard1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE dash_aggregate_version (
        aggregate text NOT NULL,
        aggregate_id text NOT NULL,
        version integer NOT NULL,
        PRIMARY KEY (aggregate, aggregate_id)
      )`);
    await q.query(`
      CREATE TABLE dash_org (
        organisation_id uuid PRIMARY KEY,
        name text,
        district_code text,
        district_name text,
        kind text,
        status text,
        licensed_places integer NOT NULL DEFAULT 0,
        affordable_places integer NOT NULL DEFAULT 0,
        audits_done integer NOT NULL DEFAULT 0,
        grade text,
        actions_open integer NOT NULL DEFAULT 0,
        resources_offered integer NOT NULL DEFAULT 0,
        resources_used integer NOT NULL DEFAULT 0
      )`);
    await q.query(`
      CREATE TABLE dash_org_year (
        organisation_id uuid NOT NULL,
        district_code text,
        year integer NOT NULL,
        staff_trained integer NOT NULL DEFAULT 0,
        training_hours numeric(14, 2) NOT NULL DEFAULT 0,
        PRIMARY KEY (year, organisation_id)
      )`);
    await q.query(`CREATE INDEX dash_org_year_org_idx ON dash_org_year (organisation_id)`);
    await q.query(
      `CREATE INDEX dash_org_year_district_idx ON dash_org_year (year, district_code) INCLUDE (staff_trained, training_hours)`,
    );
    // Certificates of one person in one year at one organisation: staff_trained counts the rows above zero.
    await q.query(`
      CREATE TABLE dash_staff_year (
        staff_id uuid NOT NULL,
        organisation_id uuid NOT NULL,
        year integer NOT NULL,
        certificates integer NOT NULL DEFAULT 0,
        PRIMARY KEY (staff_id, organisation_id, year)
      )`);
    await q.query(`
      CREATE TABLE dash_staff (
        staff_id uuid PRIMARY KEY,
        organisation_id uuid NOT NULL,
        status text NOT NULL
      )`);
    await q.query(`
      CREATE TABLE dash_certificate (
        certificate_id uuid PRIMARY KEY,
        organisation_id uuid NOT NULL,
        district_code text,
        staff_id uuid NOT NULL,
        staff_left boolean NOT NULL DEFAULT false,
        year integer NOT NULL,
        hours numeric(10, 2) NOT NULL,
        expires_on date,
        revoked boolean NOT NULL DEFAULT false
      )`);
    await q.query(
      `CREATE INDEX dash_certificate_expiring_idx ON dash_certificate (expires_on, district_code)
        WHERE NOT revoked AND NOT staff_left AND expires_on IS NOT NULL`,
    );
    await q.query(`CREATE INDEX dash_certificate_org_idx ON dash_certificate (organisation_id)`);
    await q.query(`CREATE INDEX dash_certificate_staff_idx ON dash_certificate (staff_id)`);
    await q.query(`
      CREATE TABLE dash_audit (
        audit_id uuid PRIMARY KEY,
        organisation_id uuid NOT NULL,
        status text NOT NULL,
        grade text
      )`);
    await q.query(`
      CREATE TABLE dash_action (
        action_id uuid PRIMARY KEY,
        organisation_id uuid NOT NULL,
        district_code text,
        status text NOT NULL,
        due_date date NOT NULL
      )`);
    await q.query(`CREATE INDEX dash_action_open_due_idx ON dash_action (due_date, district_code) WHERE status <> 'closed'`);
    await q.query(`CREATE INDEX dash_action_org_idx ON dash_action (organisation_id)`);
    await q.query(`
      CREATE TABLE dash_resource (
        resource_id uuid PRIMARY KEY,
        organisation_id uuid NOT NULL,
        kind text NOT NULL,
        status text NOT NULL
      )`);
    await q.query(`
      CREATE TABLE dash_booking (
        booking_id uuid PRIMARY KEY,
        organisation_id uuid NOT NULL,
        status text NOT NULL
      )`);
    await q.query(`
      CREATE TABLE dash_place_request (
        place_request_id uuid PRIMARY KEY,
        organisation_id uuid NOT NULL,
        status text NOT NULL
      )`);
    await q.query(`
      CREATE TABLE dash_district_population (
        district_code text PRIMARY KEY,
        district_name text,
        children_under_three integer NOT NULL CHECK (children_under_three > 0),
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by text
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'dash_district_population',
      'dash_place_request',
      'dash_booking',
      'dash_resource',
      'dash_action',
      'dash_audit',
      'dash_certificate',
      'dash_staff',
      'dash_staff_year',
      'dash_org_year',
      'dash_org',
      'dash_aggregate_version',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}

/** The projection's tables, emptied by a rebuild (the population figures are configuration and stay). */
export const PROJECTION_TABLES = [
  'dash_aggregate_version',
  'dash_org',
  'dash_org_year',
  'dash_staff_year',
  'dash_staff',
  'dash_certificate',
  'dash_audit',
  'dash_action',
  'dash_resource',
  'dash_booking',
  'dash_place_request',
  // Last: emptying dash_org takes every organisation's contribution out of it (its triggers) first.
  'dash_district_figures',
] as const;
