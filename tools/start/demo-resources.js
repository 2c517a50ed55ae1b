// Loads the demo resource-sharing data (资源共享) through the gateway's HTTP API when the resources service has
// no resource yet: the guidance centre's training hall (咿薇托育), the women and children's hospital's
// paediatric expert, the biotown kindergarten's spare childcare places, and a few bookings — one approved at
// once, a weekly series, one waiting for the hospital's decision, and an approved place request. Runs after the
// demo alliance; the resources service learns of the admitted organisations from membership's events, so the
// first offer is retried until it has.
const { request, login, HttpError } = require('./gateway-client');
const { sleep } = require('./infrastructure');

const DAY = 86_400_000;

/** `YYYY-MM-DD` in Asia/Shanghai (UTC+8, no daylight saving time), `days` from today. */
function shanghaiDate(days) {
  return new Date(Date.now() + 8 * 3_600_000 + days * DAY).toISOString().slice(0, 10);
}

/** The first date at least `minDays` ahead that falls on `weekday` (1 = Monday … 7 = Sunday). */
function nextWeekday(weekday, minDays) {
  for (let d = minDays; ; d++) {
    const date = shanghaiDate(d);
    if ((new Date(`${date}T00:00:00Z`).getUTCDay() || 7) === weekday) return date;
  }
}

function month(offset) {
  const today = shanghaiDate(0);
  const index = Number(today.slice(0, 4)) * 12 + Number(today.slice(5, 7)) - 1 + offset;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

const at = (date, hhmm) => `${date}T${hhmm}:00+08:00`;

async function retrying(what, attempt, log) {
  for (let i = 0; ; i++) {
    try {
      return await attempt();
    } catch (error) {
      // 422: the organisation's admission has not reached resources yet; 503: resources is still starting.
      if (!(error instanceof HttpError) || ![422, 503].includes(error.status) || i >= 40) throw error;
      if (i === 0)
        log.info(`${what}: waiting for the resources service to learn of the admitted organisations`);
      await sleep(500);
    }
  }
}

async function seedDemoResources({ baseUrl, config, log }) {
  let token;
  try {
    token = await login(baseUrl, config.adminUsername, config.adminPassword);
  } catch (error) {
    log.warn(`demo resources not loaded: could not log in as ${config.adminUsername} (${error.message})`);
    return;
  }
  const call = (method, route, body) => request(baseUrl, method, route, { token, body });
  try {
    const existing = await call('GET', '/api/v1/resources?limit=1&status=listed');
    if (existing.items.length > 0) {
      log.info('resources already has offers: the demo resources are not loaded again');
      return;
    }
    const members = await call('GET', '/api/v1/members?limit=100&status=admitted');
    const id = (name) => {
      const found = members.items.find((m) => m.name === name);
      if (!found) throw new Error(`the demo alliance has no admitted ${name}`);
      return found.id;
    };
    const yiwei = id('咿薇托育');
    const hospital = id('成都高新区妇女儿童医院');
    const kindergarten = id('成都天府国际生物城第一幼儿园');
    const liren = id('成都电子科大立人托育中心');
    const interbay = id('成都因特贝托育服务有限公司');

    const weekdays = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '08:30', closes: '17:30' }));
    const hall = await retrying(
      'the training hall',
      () =>
        call('POST', '/api/v1/resources', {
          kind: 'venue',
          title: '咿薇托育 综合服务指导中心培训大厅',
          description:
            '联盟综合服务指导中心的培训大厅，可容纳120人，配投影与婴幼儿照护实训设备，供成员单位培训、观摩使用。',
          ownerOrganisationId: yiwei,
          address: '成都市高新区天府大道中段',
          capacity: 120,
          visibility: 'alliance',
          openingHours: [...weekdays, { weekday: 6, opens: '09:00', closes: '12:00' }],
          // Past the demo bookings (all within five weeks).
          blackouts: [{ from: shanghaiDate(60), to: shanghaiDate(62), reason: '设备年度检修' }],
          policy: {
            approval: 'auto',
            minNoticeMinutes: 24 * 60,
            maxDurationMinutes: 8 * 60,
            monthlyQuota: 8,
          },
        }),
      log,
    );
    const expert = await call('POST', '/api/v1/resources', {
      kind: 'expert',
      title: '儿科专家 医育结合健康指导',
      description: '高新区妇女儿童医院儿科副主任医师，到园开展婴幼儿健康检查与家长讲座。',
      ownerOrganisationId: hospital,
      capacity: 60,
      visibility: 'alliance',
      openingHours: [
        { weekday: 2, opens: '14:00', closes: '17:00' },
        { weekday: 4, opens: '14:00', closes: '17:00' },
      ],
      policy: { approval: 'owner', minNoticeMinutes: 3 * 24 * 60, maxDurationMinutes: 180, monthlyQuota: 2 },
    });
    const places = await call('POST', '/api/v1/resources', {
      kind: 'places',
      title: '托幼一体化 普惠托位（2–3岁）',
      description: '天府国际生物城第一幼儿园托班的空余托位，供片区内托育机构临时转介。',
      ownerOrganisationId: kindergarten,
      capacity: 6,
      visibility: 'districts',
      visibleDistricts: ['shuangliu', 'gaoxin', 'tianfu-new-area'],
      policy: { approval: 'owner' },
      availableFrom: month(1),
      availableUntil: month(6),
    });

    const tuesday = nextWeekday(2, 3);
    await call('POST', '/api/v1/bookings', {
      resourceId: hall.id,
      organisationId: liren,
      startsAt: at(tuesday, '09:00'),
      endsAt: at(tuesday, '12:00'),
      purpose: '保育员岗位技能观摩培训',
      headcount: 45,
    });
    const series = await call('POST', '/api/v1/bookings/series', {
      resourceId: hall.id,
      organisationId: interbay,
      startsAt: at(nextWeekday(4, 3), '14:00'),
      endsAt: at(nextWeekday(4, 3), '16:00'),
      purpose: '育婴员每周实操课',
      headcount: 30,
      count: 4,
    });
    await call('POST', '/api/v1/bookings', {
      resourceId: expert.id,
      organisationId: interbay,
      startsAt: at(nextWeekday(2, 10), '14:30'),
      endsAt: at(nextWeekday(2, 10), '16:30'),
      purpose: '婴幼儿常见病预防家长讲座',
      headcount: 50,
    });
    const placeRequest = await call('POST', '/api/v1/place-requests', {
      resourceId: places.id,
      organisationId: yiwei,
      quantity: 2,
      fromMonth: month(1),
      toMonth: month(3),
      purpose: '托位已满，转介两名2岁幼儿',
    });
    await call('POST', `/api/v1/place-requests/${placeRequest.id}/approve`, {
      expectedVersion: placeRequest.version,
      note: '欢迎转介',
    });
    log.info(
      `demo resources loaded: 咿薇托育's training hall (${1 + series.booked.length} bookings), the hospital's ` +
        `paediatric expert (a request awaiting its decision), the kindergarten's spare places (2 of 6 promised)`,
    );
  } catch (error) {
    const detail =
      error instanceof HttpError && error.body?.errors ? ` ${JSON.stringify(error.body.errors)}` : '';
    log.warn(`the demo resources were only partly loaded: ${error.message}${detail}`);
  }
}

module.exports = { seedDemoResources };
