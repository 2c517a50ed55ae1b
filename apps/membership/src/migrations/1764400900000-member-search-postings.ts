import { addSearchPostings, dropSearchPostings } from '@alliance/persistence';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A page of a search for a common Chinese term (妇, 启明, 托育 — thousands of organisations in a large
 * alliance) read in the list's order from the term's postings, instead of sorting every match found by
 * the GIN index: the cost of a page stays the same as the alliance grows. Postings by name (pinyin, the
 * column's collation) and by application time, the list's two sort keys.
 */
export class MemberSearchPostings1764400900000 implements MigrationInterface {
  name = 'MemberSearchPostings1764400900000';

  async up(q: QueryRunner): Promise<void> {
    await addSearchPostings(q, {
      table: 'member',
      orderBy: [
        { column: 'name', type: 'text COLLATE alliance_zh' },
        { column: 'applied_at', type: 'timestamptz' },
      ],
    });
  }

  async down(q: QueryRunner): Promise<void> {
    await dropSearchPostings(q, 'member');
  }
}
