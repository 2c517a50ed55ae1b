import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The criteria codes of each standard's latest edition, from `standard.published` (null: an event from before
 * compliance sent them — the standard's own code is still linkable, its criteria are not known).
 */
export class StandardCriteria1765402200000 implements MigrationInterface {
  name = 'StandardCriteria1765402200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE standard_code ADD COLUMN criteria_codes text[]`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE standard_code DROP COLUMN criteria_codes`);
  }
}
