import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What coordination keeps of compliance's standards, from its events only: the codes with a published edition,
 * so that the practice library links to standards that exist.
 */
export class PublishedStandards1765400100000 implements MigrationInterface {
  name = 'PublishedStandards1765400100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE standard_code (
        code          text PRIMARY KEY,
        -- The latest edition applied; an older edition's event never overwrites it.
        standard_id   uuid NOT NULL,
        edition       integer NOT NULL,
        title         text NOT NULL,
        published     boolean NOT NULL,
        updated_at    timestamptz NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE standard_code`);
  }
}
