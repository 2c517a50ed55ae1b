// Loads the demo coordination data through the gateway's HTTP API when coordination has no notice yet: the
// founding meeting of 12 June at 天府软件园 with its minutes (which found the working group) and the afternoon's
// site visit to the guidance centre's flagship centre, a policy notice on affordable places that three members
// have acknowledged and the others still owe, and two entries of the practice library. Coordination learns the
// members from membership's events and the standards from compliance's; the demo waits until it knows them.
const { request, login, HttpError } = require('./gateway-client');
const { sleep } = require('./infrastructure');

const YEAR = 2026;
const at = (time) => `${YEAR}-06-12T${time}:00+08:00`;
/** The representatives who acknowledge the notice in the demo (accounts created here, passwords printed). */
const ACKNOWLEDGING = ['咿薇托育', '成都电子科大立人托育中心', '成都因特贝托育服务有限公司'];
const REP_PASSWORD = 'demo-rep-change-me';

/** `YYYY-MM-DD` in Asia/Shanghai, `days` from today. */
function shanghaiDate(days) {
  return new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

/** Retries while coordination does not know the members yet (422) or is still starting (503). */
async function until(what, attempt, log) {
  for (let i = 0; i < 60; i++) {
    const value = await attempt().catch((error) => {
      if (error instanceof HttpError && [422, 503].includes(error.status)) return null;
      throw error;
    });
    if (value) return value;
    if (i === 0) log.info(`demo coordination: waiting for ${what}`);
    await sleep(500);
  }
  throw new Error(`${what} did not happen within 30 s`);
}

async function seedDemoCoordination({ baseUrl, config, log }) {
  let token;
  try {
    token = await login(baseUrl, config.adminUsername, config.adminPassword);
  } catch (error) {
    log.warn(`demo coordination not loaded: could not log in as ${config.adminUsername} (${error.message})`);
    return;
  }
  const call = (method, route, body) => request(baseUrl, method, route, { token, body });
  try {
    const notices = await call('GET', '/api/v1/notices?limit=1');
    if (notices.items.length > 0) {
      log.info('coordination already has notices: the demo coordination data is not loaded again');
      return;
    }
    const members = (await call('GET', '/api/v1/members?status=admitted&limit=100')).items;
    const byName = new Map(members.map((m) => [m.name, m]));
    const need = (name) => {
      const member = byName.get(name);
      if (!member) throw new Error(`${name} is not an admitted member`);
      return member.id;
    };
    const bureau = need('成都高新区卫生健康局');
    const yiwei = need('咿薇托育');
    const hospital = need('成都高新区妇女儿童医院');
    const shuangliu = need('双流区妇幼保健院');

    const founding = await until(
      "coordination to know the members (it learns them from membership's events)",
      () =>
        call('POST', '/api/v1/meetings', {
          kind: 'alliance_meeting',
          title: '成都市南部片区托育联盟成立大会',
          startsAt: at('09:30'),
          endsAt: at('11:30'),
          place: { kind: 'address', address: '成都市高新区天府软件园' },
          agenda: ['联盟章程审议', '授牌：联盟牵头单位、托育指导中心', '主题交流：普惠托育·科学育儿'],
          // The founding organisations by name: refused (422) until coordination knows every one of them.
          invitees: { kind: 'members', organisationIds: members.map((m) => m.id) },
        }),
      log,
    );
    await call('POST', '/api/v1/meetings', {
      kind: 'site_visit',
      title: '实地参访：咿薇托育软件园旗舰园（托育指导中心）',
      startsAt: at('14:00'),
      endsAt: at('16:00'),
      place: { kind: 'address', address: '成都市高新区天府软件园（咿薇托育软件园旗舰园）' },
      agenda: ['参观旗舰园', '医育结合与普惠运营经验介绍'],
      invitees: { kind: 'alliance' },
    });
    const minuted = await call('POST', `/api/v1/meetings/${founding.id}/minutes`, {
      expectedVersion: founding.version,
      summary:
        '会议宣布成都市南部片区托育联盟成立，审议通过联盟章程；成都高新区卫生健康局为牵头单位，咿薇托育为托育指导中心。',
      decisions: [
        '成立南部片区托育联盟工作小组，由成都高新区卫生健康局牵头，统筹政策协同、资源共享、标准共建、人才培养',
        '每季度召开一次联盟会议，轮流开展实地参访',
      ],
      actionItems: [
        { title: '拟定联盟工作小组工作规则', ownerOrganisationId: bureau, dueDate: `${YEAR}-07-15` },
        {
          title: '整理旗舰园医育结合经验材料，供联盟共享',
          ownerOrganisationId: yiwei,
          dueDate: shanghaiDate(30),
        },
        {
          title: '牵头制定托育机构儿童保健服务指引',
          ownerOrganisationId: hospital,
          dueDate: shanghaiDate(60),
        },
      ],
    });
    await call('POST', `/api/v1/action-items/${minuted.actionItems[0].id}/done`, {
      expectedVersion: 1,
      note: '工作规则已印发',
    });

    const draft = await call('POST', '/api/v1/notices', {
      title: '关于加快发展普惠托育服务 扩大普惠托位供给的通知',
      body: [
        '各成员单位：',
        '',
        '为落实普惠托育服务体系建设要求，请各单位：',
        '',
        '1. 梳理本单位现有托位及普惠托位情况；',
        '2. 于截止日期前在平台签收本通知，并在回复中说明下半年普惠托位计划。',
        '',
        '成都高新区卫生健康局',
      ].join('\n'),
      category: 'policy',
      issuer: '成都高新区卫生健康局',
      audience: { kind: 'alliance' },
      requiresAcknowledgement: true,
      acknowledgeBy: `${shanghaiDate(14)}T17:00:00+08:00`,
      reminderDaysBefore: 3,
    });
    const notice = await call('POST', `/api/v1/notices/${draft.id}/publish`, {
      expectedVersion: draft.version,
    });

    const accounts = await call('GET', '/api/v1/accounts');
    const list = Array.isArray(accounts) ? accounts : (accounts.items ?? []);
    let acknowledged = 0;
    for (const [i, name] of ACKNOWLEDGING.entries()) {
      const username = `demo-rep-${i + 1}`;
      if (list.some((a) => a.username === username)) continue;
      const temporary = `${username}-temporary`;
      await call('POST', '/api/v1/accounts', {
        username,
        password: temporary,
        role: 'member_rep',
        organisationId: need(name),
      });
      const first = await request(baseUrl, 'POST', '/api/v1/auth/login', {
        body: { username, password: temporary },
      });
      await request(baseUrl, 'POST', '/api/v1/auth/password', {
        token: first.accessToken,
        body: { currentPassword: temporary, newPassword: REP_PASSWORD },
      });
      const rep = await login(baseUrl, username, REP_PASSWORD);
      await request(baseUrl, 'POST', `/api/v1/notices/${notice.id}/acknowledge`, {
        token: rep,
        body: { reply: '已收悉，将按时报送普惠托位计划' },
      });
      acknowledged += 1;
    }

    const practices = [
      {
        kind: 'research',
        title: '入托与未入托婴幼儿发展状况对比研究',
        summary: '比较入托与未入托的2—3岁儿童在语言、社会性与生活自理方面的发展，为科学育儿指导提供依据。',
        body: '## 研究对象\n\n联盟内托育机构在托儿童与社区未入托儿童。\n\n## 主要发现\n\n入托儿童在社会性与生活自理方面表现更好。',
        tags: ['科学育儿', '托幼一体化'],
        contributorOrganisationId: yiwei,
        standardCodes: ['TY-QA'],
        trainingCategories: ['early_development', 'parenting_guidance'],
      },
      {
        kind: 'case',
        title: '医育结合：妇幼保健机构儿保医生驻点托育机构',
        summary: '妇幼保健院儿保医生每月驻点托育机构，开展健康检查、膳食指导与家长课堂。',
        body: '## 做法\n\n1. 每月一次驻点巡诊；\n2. 每季度一次家长课堂；\n3. 建立转诊绿色通道。',
        tags: ['医育结合', '普惠运营'],
        contributorOrganisationId: shuangliu,
        standardCodes: [],
        trainingCategories: ['medical_childcare_integration', 'health_and_hygiene'],
      },
    ];
    for (const entry of practices) {
      // The library links to published standards only: coordination learns TY-QA from compliance's events.
      const created = await until(
        "coordination to know compliance's published standards",
        () => call('POST', '/api/v1/practices', entry),
        log,
      );
      await call('POST', `/api/v1/practices/${created.id}/publish`, { expectedVersion: created.version });
    }
    log.info(
      `demo coordination loaded: the founding meeting of 12 June with its minutes and the site visit, a policy ` +
        `notice acknowledged by ${acknowledged} of ${notice.addressedCount} members (representative accounts ` +
        `demo-rep-1…${ACKNOWLEDGING.length} / ${REP_PASSWORD}), two library entries`,
    );
  } catch (error) {
    const detail =
      error instanceof HttpError && error.body?.errors ? ` ${JSON.stringify(error.body.errors)}` : '';
    log.warn(`the demo coordination data was only partly loaded: ${error.message}${detail}`);
  }
}

module.exports = { seedDemoCoordination };
