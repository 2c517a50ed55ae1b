/**
 * Many member organisations at once, written with SQL of the shape the service writes (every column of
 * `MemberEntity`, contacts as normalised JSON, applied_at to the millisecond), for plan tests and the
 * list benchmark. Names are built like real ones from pieces — [成都市] brand [district] kind suffix
 * [分园] (启明高新托育中心, 成都市阳光幼儿园第二分园) — with skewed districts (高新区 and 天府新区 large,
 * counties small), kinds (mostly childcare centres and kindergartens) and statuses (mostly admitted).
 */

/** Runs one SQL statement (a DataSource, an EntityManager or a pg client adapter). */
export type RunSql = (sql: string, params?: unknown[]) => Promise<unknown>;

/** [brand, its pinyin for the English name]. 启明 is one of them: the benchmark searches for it. */
export const BRANDS: ReadonlyArray<[string, string]> = [
  ['启明', 'Qiming'],
  ['阳光', 'Yangguang'],
  ['小树苗', 'Xiaoshumiao'],
  ['咿薇', 'Yiwei'],
  ['贝乐', 'Beile'],
  ['童心', 'Tongxin'],
  ['爱心', 'Aixin'],
  ['金色摇篮', 'Golden Cradle'],
  ['彩虹', 'Caihong'],
  ['星星', 'Xingxing'],
  ['蓝天', 'Lantian'],
  ['七彩', 'Qicai'],
  ['快乐宝贝', 'Happy Baby'],
  ['小太阳', 'Xiaotaiyang'],
  ['博睿', 'Borui'],
  ['育才', 'Yucai'],
  ['启航', 'Qihang'],
  ['安琪', 'Anqi'],
  ['乐童', 'Letong'],
  ['新芽', 'Xinya'],
  ['萌芽', 'Mengya'],
  ['童趣', 'Tongqu'],
  ['晨曦', 'Chenxi'],
  ['嘉禾', 'Jiahe'],
  ['德馨', 'Dexin'],
  ['思源', 'Siyuan'],
  ['知行', 'Zhixing'],
  ['若水', 'Ruoshui'],
  ['致远', 'Zhiyuan'],
  ['天使', 'Angel'],
  ['蒲公英', 'Dandelion'],
  ['向日葵', 'Sunflower'],
  ['红苹果', 'Red Apple'],
  ['小橡树', 'Little Oak'],
  ['未来星', 'Future Star'],
  ['小精灵', 'Elf'],
  ['童话', 'Fairytale'],
  ['因特贝', 'Interbay'],
  ['立人', 'Liren'],
  ['锦城', 'Jincheng'],
  ['蜀娃', 'Shuwa'],
  ['熊猫', 'Panda'],
  ['芙蓉', 'Furong'],
  ['银杏', 'Ginkgo'],
  ['书香', 'Shuxiang'],
  ['智慧树', 'Wisdom Tree'],
  ['禾苗', 'Hemiao'],
  ['春芽', 'Chunya'],
  ['朵朵', 'Duoduo'],
  ['悦童', 'Yuetong'],
  ['亲亲', 'Qinqin'],
  ['贝贝', 'Beibei'],
  ['牛津', 'Oxford'],
  ['剑桥', 'Cambridge'],
  ['鹏程', 'Pengcheng'],
  ['华德', 'Huade'],
  ['维尔', 'Weier'],
  ['澳林', 'Aolin'],
  ['优贝', 'Youbei'],
  ['金苹果', 'Golden Apple'],
];

/** [district code, the short name used inside organisation names, weight]: skewed like a real region. */
export const DISTRICT_WEIGHTS: ReadonlyArray<[string, string, number]> = [
  ['gaoxin', '高新', 22],
  ['tianfu-new-area', '天府', 16],
  ['shuangliu', '双流', 10],
  ['wuhou', '武侯', 9],
  ['jinjiang', '锦江', 7],
  ['qingyang', '青羊', 6],
  ['jinniu', '金牛', 6],
  ['chenghua', '成华', 5],
  ['longquanyi', '龙泉', 4],
  ['xindu', '新都', 3],
  ['wenjiang', '温江', 3],
  ['pidu', '郫都', 2],
  ['xinjin', '新津', 1.5],
  ['jianyang', '简阳', 1],
  ['dujiangyan', '都江堰', 1],
  ['pengzhou', '彭州', 0.8],
  ['qionglai', '邛崃', 0.5],
  ['chongzhou', '崇州', 0.5],
  ['jintang', '金堂', 0.5],
  ['dayi', '大邑', 0.4],
  ['pujiang', '蒲江', 0.3],
  ['qingbaijiang', '青白江', 0.5],
  ['eastern-new-area', '东部新区', 0.5],
];

/** [kind, weight, name suffixes, English suffix]. */
export const KIND_WEIGHTS: ReadonlyArray<[string, number, string[], string]> = [
  ['childcare_centre', 55, ['托育中心', '托育园', '托育服务有限公司', '婴幼儿照护中心'], 'Childcare Centre'],
  ['kindergarten', 22, ['幼儿园', '实验幼儿园', '双语幼儿园'], 'Kindergarten'],
  ['hospital', 5, ['妇女儿童医院', '儿童医院', '社区卫生服务中心'], 'Hospital'],
  [
    'maternal_child_health_institute',
    3,
    ['妇幼保健院', '妇幼保健计划生育服务中心'],
    'Maternal and Child Health',
  ],
  ['university', 2, ['学院教育学院', '职业技术学院'], 'College'],
  ['government_bureau', 1, ['卫生健康局', '教育局'], 'Bureau'],
  ['enterprise', 8, ['教育科技有限公司', '教育管理有限公司'], 'Education Ltd'],
  ['other', 4, ['家庭托育点', '早教中心'], 'Early Learning'],
];

export const STATUS_WEIGHTS: ReadonlyArray<[string, number]> = [
  ['admitted', 60],
  ['applied', 15],
  ['suspended', 5],
  ['rejected', 8],
  ['withdrawn', 8],
  ['expelled', 4],
];

const OWNERSHIPS = [
  'state_owned',
  'university_run',
  'public_institution',
  'private',
  'private',
  'private',
  'other',
];
const BRANCHES = ['第一分园', '第二分园', '第三分园', '东区园', '西区园'];

function sqlArray(values: readonly string[]): string {
  return `ARRAY[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(',')}]::text[]`;
}

/** A SQL expression picking one of `items` by weight with the uniform random number `u` in [0, 1). */
function weightedPick(items: ReadonlyArray<[string, number]>, u: string): string {
  const total = items.reduce((sum, [, w]) => sum + w, 0);
  let acc = 0;
  const arms = items.map(([value, weight]) => {
    acc += weight / total;
    return `WHEN ${u} < ${acc.toFixed(6)} THEN '${value}'`;
  });
  return `CASE ${arms.slice(0, -1).join(' ')} ELSE '${items[items.length - 1][0]}' END`;
}

/**
 * Inserts `count` organisations numbered from `first` (numbers make the credit codes unique: call again
 * with `first` past the last to add more). `seed` in [-1, 1] makes the rows repeatable.
 */
export async function insertGeneratedMembers(
  run: RunSql,
  options: { count: number; first?: number; seed?: number },
): Promise<void> {
  const first = options.first ?? 1;
  const districtShort = Object.fromEntries(DISTRICT_WEIGHTS.map(([code, short]) => [code, short]));
  const kindSuffixes = Object.fromEntries(KIND_WEIGHTS.map(([kind, , suffixes]) => [kind, suffixes]));
  const kindEnglish = Object.fromEntries(KIND_WEIGHTS.map(([kind, , , en]) => [kind, en]));
  await run(`SELECT setseed($1)`, [options.seed ?? 0.42]);
  await run(
    `INSERT INTO member (id, name, name_en, credit_code, kind, ownership, district_code, address, contacts,
                         licensed_places, affordable_places, alliance_role, status, version, applied_at,
                         status_changed_at, updated_at, previous_application_id)
     SELECT gen_random_uuid(),
            CASE WHEN r.u_city < 0.3 THEN '成都市' ELSE '' END
              || r.brand
              || CASE WHEN r.u_district_in_name < 0.5 THEN r.district_short ELSE '' END
              || (r.suffixes)[1 + floor(r.u_suffix * array_length(r.suffixes, 1))::int]
              || CASE WHEN r.u_branch < 0.15 THEN (${sqlArray(BRANCHES)})[1 + floor(r.u_branch / 0.15 * ${BRANCHES.length})::int] ELSE '' END,
            CASE WHEN r.u_english < 0.3 THEN r.brand_en || ' ' || r.kind_en ELSE NULL END,
            '91510100MA' || lpad(r.n::text, 8, '0'),
            r.kind,
            (${sqlArray(OWNERSHIPS)})[1 + floor(r.u_ownership * ${OWNERSHIPS.length})::int],
            r.district_code,
            '成都市' || r.district_short || '区' || (1 + floor(r.u_suffix * 300))::int || '号',
            '[{"name":"李园长","role":"园长","email":null,"phone":"13812345678"}]'::jsonb,
            r.licensed, floor(r.licensed * r.u_affordable)::int,
            'member', r.status,
            CASE r.status WHEN 'applied' THEN 1 WHEN 'admitted' THEN 2 WHEN 'rejected' THEN 2 ELSE 3 END,
            r.applied_at,
            CASE WHEN r.status = 'applied' THEN NULL ELSE r.applied_at + interval '3 days' END,
            r.applied_at + interval '3 days',
            NULL
       FROM (
         SELECT g.n, b.brand, b.brand_en, d.district_code, d.district_short, k.kind,
                k.suffixes, k.kind_en, s.status, u.*,
                CASE WHEN k.kind IN ('childcare_centre', 'kindergarten') THEN 20 + floor(u.u_places * 280)::int ELSE 0 END AS licensed,
                date_trunc('milliseconds', timestamptz '2026-11-01' - u.u_applied * interval '1500 days') AS applied_at
           FROM generate_series($1::int, $2::int) AS g(n)
           CROSS JOIN LATERAL (
             SELECT random() AS u_brand, random() AS u_district, random() AS u_kind, random() AS u_status,
                    random() AS u_city, random() AS u_district_in_name, random() AS u_suffix, random() AS u_branch,
                    random() AS u_english, random() AS u_ownership, random() AS u_places, random() AS u_affordable,
                    random() AS u_applied, g.n AS ref
           ) u
           CROSS JOIN LATERAL (
             SELECT (${sqlArray(BRANDS.map(([b]) => b))})[1 + floor(u.u_brand * ${BRANDS.length})::int] AS brand,
                    (${sqlArray(BRANDS.map(([, e]) => e))})[1 + floor(u.u_brand * ${BRANDS.length})::int] AS brand_en
           ) b
           CROSS JOIN LATERAL (SELECT ${weightedPick(
             DISTRICT_WEIGHTS.map(([c, , w]) => [c, w]),
             'u.u_district',
           )} AS district_code) dc
           CROSS JOIN LATERAL (SELECT dc.district_code, ($3::jsonb ->> dc.district_code) AS district_short) d
           CROSS JOIN LATERAL (SELECT ${weightedPick(
             KIND_WEIGHTS.map(([k, w]) => [k, w]),
             'u.u_kind',
           )} AS kind) kc
           CROSS JOIN LATERAL (
             SELECT kc.kind, ARRAY(SELECT jsonb_array_elements_text($4::jsonb -> kc.kind)) AS suffixes,
                    ($5::jsonb ->> kc.kind) AS kind_en
           ) k
           CROSS JOIN LATERAL (SELECT ${weightedPick(STATUS_WEIGHTS, 'u.u_status')} AS status) s
       ) r`,
    [
      first,
      first + options.count - 1,
      JSON.stringify(districtShort),
      JSON.stringify(kindSuffixes),
      JSON.stringify(kindEnglish),
    ],
  );
}
