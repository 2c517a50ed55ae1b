import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every filter of the member list (district, kind, status, alliance role and the combinations of district,
 * kind and status) gets a btree whose leading columns are the filter's equality columns and whose next
 * columns are a sort key and the id: the list's keyset query (`filters = …`, `(key, id) > cursor`,
 * `ORDER BY key, id LIMIT n`) is then one index range read in order, whatever the table's size, for both
 * directions (a btree is read backwards for `desc`). The name indexes are in the column's collation
 * (alliance_zh, pinyin), the one the query orders and compares the cursor by.
 *
 * Already there (CreateMembers): (name, id), (applied_at, id), (status, name, id), (status, applied_at, id),
 * (district_code, status, name, id), (kind, status, name, id). The alliance role filter is a value with
 * one or two rows (lead unit, guidance centre) or nearly every row (member); combined with another filter
 * it is checked on the rows of that filter's index.
 */
const INDEXES: ReadonlyArray<[name: string, columns: string]> = [
  ['member_district_name_idx', 'district_code, name COLLATE alliance_zh, id'],
  ['member_district_applied_at_idx', 'district_code, applied_at, id'],
  ['member_kind_name_idx', 'kind, name COLLATE alliance_zh, id'],
  ['member_kind_applied_at_idx', 'kind, applied_at, id'],
  ['member_district_status_applied_at_idx', 'district_code, status, applied_at, id'],
  ['member_kind_status_applied_at_idx', 'kind, status, applied_at, id'],
  ['member_district_kind_name_idx', 'district_code, kind, name COLLATE alliance_zh, id'],
  ['member_district_kind_applied_at_idx', 'district_code, kind, applied_at, id'],
  ['member_district_kind_status_name_idx', 'district_code, kind, status, name COLLATE alliance_zh, id'],
  ['member_district_kind_status_applied_at_idx', 'district_code, kind, status, applied_at, id'],
  ['member_alliance_role_name_idx', 'alliance_role, name COLLATE alliance_zh, id'],
  ['member_alliance_role_applied_at_idx', 'alliance_role, applied_at, id'],
];

export class ListOrderIndexes1764400600000 implements MigrationInterface {
  name = 'ListOrderIndexes1764400600000';

  async up(q: QueryRunner): Promise<void> {
    for (const [name, columns] of INDEXES) await q.query(`CREATE INDEX ${name} ON member (${columns})`);
    // Its rows come in no useful order; the role indexes above serve the role filter in list order.
    await q.query(`DROP INDEX member_alliance_role_idx`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX member_alliance_role_idx ON member (alliance_role, status)`);
    for (const [name] of [...INDEXES].reverse()) await q.query(`DROP INDEX ${name}`);
  }
}
