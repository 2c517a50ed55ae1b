import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The district figures (members per status, admitted per kind, places of admitted members) as a read
 * model: one row of counters per district × kind × status, so that reading them costs the same at any
 * number of organisations instead of aggregating every row on every request.
 *
 * Kept by triggers on `member`, in the transaction of every change: whatever writes a member — each command
 * of this version, an older instance still running during a rolling deploy, a bulk load, a fix by hand —
 * moves the counters with it. Statement triggers with transition tables turn a statement into one delta
 * per key (a bulk insert of 100,000 rows is one GROUP BY); a change that moves no counter (contacts,
 * address) writes none. The deltas are added with INSERT … ON CONFLICT DO UPDATE SET n = n + excluded.n:
 * concurrent changes of one key serialise on its row and none is lost; the keys of a statement are
 * written in key order, so two changes crossing over (one member admitted→suspended, another
 * suspended→admitted) wait for each other instead of deadlocking.
 */
export class MemberFigures1764400800000 implements MigrationInterface {
  name = 'MemberFigures1764400800000';

  async up(q: QueryRunner): Promise<void> {
    // No CHECK (members >= 0): PostgreSQL checks the proposed row of INSERT … ON CONFLICT before it finds
    // the conflict, and a delta row is negative. The recount test holds the counters to the rows.
    await q.query(`
      CREATE TABLE member_figures (
        district_code      text NOT NULL CONSTRAINT member_figures_district_fk REFERENCES district (code),
        kind               text NOT NULL,
        status             text NOT NULL,
        members            integer NOT NULL,
        licensed_places    bigint NOT NULL,
        affordable_places  bigint NOT NULL,
        PRIMARY KEY (district_code, kind, status)
      )`);

    // One function for the three triggers (a trigger with transition tables fires on one event only).
    await q.query(`
      CREATE FUNCTION member_figures_track() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO member_figures AS f
            SELECT district_code, kind, status, count(*), sum(licensed_places), sum(affordable_places)
              FROM new_rows GROUP BY district_code, kind, status ORDER BY district_code, kind, status
            ON CONFLICT (district_code, kind, status) DO UPDATE
              SET members = f.members + excluded.members,
                  licensed_places = f.licensed_places + excluded.licensed_places,
                  affordable_places = f.affordable_places + excluded.affordable_places;
        ELSIF TG_OP = 'UPDATE' THEN
          INSERT INTO member_figures AS f
            SELECT district_code, kind, status, sum(n), sum(licensed), sum(affordable)
              FROM (SELECT district_code, kind, status, -1 AS n, -licensed_places AS licensed, -affordable_places AS affordable
                      FROM old_rows
                    UNION ALL
                    SELECT district_code, kind, status, 1, licensed_places, affordable_places FROM new_rows) AS d
             GROUP BY district_code, kind, status
            HAVING sum(n) <> 0 OR sum(licensed) <> 0 OR sum(affordable) <> 0
             ORDER BY district_code, kind, status
            ON CONFLICT (district_code, kind, status) DO UPDATE
              SET members = f.members + excluded.members,
                  licensed_places = f.licensed_places + excluded.licensed_places,
                  affordable_places = f.affordable_places + excluded.affordable_places;
        ELSE
          -- A key a row is deleted from has a counter row already: an UPDATE suffices.
          UPDATE member_figures AS f
             SET members = f.members - d.n, licensed_places = f.licensed_places - d.licensed,
                 affordable_places = f.affordable_places - d.affordable
            FROM (SELECT district_code, kind, status, count(*) AS n, sum(licensed_places) AS licensed,
                         sum(affordable_places) AS affordable
                    FROM old_rows GROUP BY district_code, kind, status) AS d
           WHERE (f.district_code, f.kind, f.status) = (d.district_code, d.kind, d.status);
        END IF;
        RETURN NULL;
      END $fn$`);
    await q.query(`
      CREATE TRIGGER member_figures_on_insert AFTER INSERT ON member
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION member_figures_track()`);
    await q.query(`
      CREATE TRIGGER member_figures_on_update AFTER UPDATE ON member
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION member_figures_track()`);
    await q.query(`
      CREATE TRIGGER member_figures_on_delete AFTER DELETE ON member
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION member_figures_track()`);

    // The counters of the organisations already on record, with their writes held back meanwhile (SHARE
    // lock until this migration commits): none is counted twice or missed.
    await q.query(`LOCK TABLE member IN SHARE MODE`);
    await q.query(`
      INSERT INTO member_figures
      SELECT district_code, kind, status, count(*), sum(licensed_places), sum(affordable_places)
        FROM member GROUP BY district_code, kind, status`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER member_figures_on_delete ON member`);
    await q.query(`DROP TRIGGER member_figures_on_update ON member`);
    await q.query(`DROP TRIGGER member_figures_on_insert ON member`);
    await q.query(`DROP FUNCTION member_figures_track()`);
    await q.query(`DROP TABLE member_figures`);
  }
}
