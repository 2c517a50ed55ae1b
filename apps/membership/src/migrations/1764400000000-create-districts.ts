import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Chengdu's districts, counties and county-level cities, plus its two functional new areas (高新区 first: the lead unit's). */
export const CHENGDU_DISTRICTS: ReadonlyArray<{ code: string; name: string }> = [
  { code: 'gaoxin', name: '高新区' },
  { code: 'tianfu-new-area', name: '天府新区' },
  { code: 'shuangliu', name: '双流区' },
  { code: 'wuhou', name: '武侯区' },
  { code: 'pujiang', name: '蒲江县' },
  { code: 'jinjiang', name: '锦江区' },
  { code: 'qingyang', name: '青羊区' },
  { code: 'jinniu', name: '金牛区' },
  { code: 'chenghua', name: '成华区' },
  { code: 'longquanyi', name: '龙泉驿区' },
  { code: 'qingbaijiang', name: '青白江区' },
  { code: 'xindu', name: '新都区' },
  { code: 'wenjiang', name: '温江区' },
  { code: 'pidu', name: '郫都区' },
  { code: 'xinjin', name: '新津区' },
  { code: 'jianyang', name: '简阳市' },
  { code: 'dujiangyan', name: '都江堰市' },
  { code: 'pengzhou', name: '彭州市' },
  { code: 'qionglai', name: '邛崃市' },
  { code: 'chongzhou', name: '崇州市' },
  { code: 'jintang', name: '金堂县' },
  { code: 'dayi', name: '大邑县' },
  { code: 'eastern-new-area', name: '东部新区' },
];

/**
 * Districts are data, not an enum: an alliance may grow beyond Chengdu, so they live in a table that
 * members reference. A retired district is deactivated, never deleted, because members may still point to it.
 */
export class CreateDistricts1764400000000 implements MigrationInterface {
  name = 'CreateDistricts1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE district (
        code        text PRIMARY KEY CONSTRAINT district_code_format CHECK (code ~ '^[a-z][a-z0-9-]{1,39}$'),
        name        text NOT NULL CONSTRAINT district_name_key UNIQUE CONSTRAINT district_name_not_blank CHECK (btrim(name) <> ''),
        sort_order  integer NOT NULL,
        active      boolean NOT NULL DEFAULT true
      )`);
    const values = CHENGDU_DISTRICTS.map((_, i) => `($${2 * i + 1}, $${2 * i + 2}, ${(i + 1) * 10})`).join(
      ', ',
    );
    await q.query(
      `INSERT INTO district (code, name, sort_order) VALUES ${values}`,
      CHENGDU_DISTRICTS.flatMap((d) => [d.code, d.name]),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE district`);
  }
}
