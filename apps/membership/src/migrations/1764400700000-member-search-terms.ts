import { addSearchTermsColumn, dropSearchTermsColumn } from '@alliance/persistence';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The searched text of an organisation; the list query's ILIKE uses the same expression. */
const SEARCH_TEXT = `name || ' ' || coalesce(name_en, '') || ' ' || credit_code`;

/**
 * Search by one or two Chinese characters (启明, 高新, 妇幼) through an index: pg_trgm makes no trigram of
 * fewer than three characters, so such a search read every row. The organisation's text is kept as
 * search terms (characters and bigrams of Chinese, trigrams of Latin tokens; `@alliance/persistence`
 * search) in a generated column with a GIN index, which serves every query of one Chinese character or
 * more and of three Latin letters or digits; the trigram index it replaces is dropped.
 */
export class MemberSearchTerms1764400700000 implements MigrationInterface {
  name = 'MemberSearchTerms1764400700000';

  async up(q: QueryRunner): Promise<void> {
    await addSearchTermsColumn(q, { table: 'member', source: SEARCH_TEXT, index: 'member_search_terms_idx' });
    // Whichever CreateMembers made (with or without pg_trgm), in this schema only (public is on the path too).
    await q.query(`
      DO $$ BEGIN
        EXECUTE format('DROP INDEX IF EXISTS %I.member_search_trgm_idx', current_schema());
        EXECUTE format('DROP INDEX IF EXISTS %I.member_search_idx', current_schema());
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await dropSearchTermsColumn(q, { table: 'member' });
    const [trgm] = (await q.query(
      `SELECT extnamespace::regnamespace::text AS schema FROM pg_extension WHERE extname = 'pg_trgm'`,
    )) as Array<{ schema: string }>;
    await q.query(
      trgm
        ? `CREATE INDEX member_search_trgm_idx ON member USING gin ((${SEARCH_TEXT}) ${trgm.schema}.gin_trgm_ops)`
        : `CREATE INDEX member_search_idx ON member (lower(${SEARCH_TEXT}))`,
    );
  }
}
