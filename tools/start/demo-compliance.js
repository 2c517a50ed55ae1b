// Loads the demo compliance data through the gateway's HTTP API when no audit has been submitted yet: the
// seed standard (TY-QA, loaded by the compliance service itself on first start) is used for one submitted
// audit of the demo childcare centre 咿薇托育, with two findings: one corrective action answered by the centre,
// one still open. The centre's onboarding audit was planned by compliance when membership admitted it; the
// demo assigns an inspector account to it and conducts it.
const { request, login, HttpError } = require('./gateway-client');
const { sleep } = require('./infrastructure');

const CENTRE = '咿薇托育';
const INSPECTOR = { username: 'demo-inspector', password: 'demo-inspector-change-me' };
/** The two shortfalls of the demo audit; every other applicable criterion is met. */
const SHORTFALLS = {
  'STA-1': {
    result: 'partly_met',
    pointsAwarded: 20,
    notes: '午休时段乳儿班 1:4，未达 1:3 infant room 1:4 at nap time',
  },
  'SAF-2': { result: 'not_met', notes: '本季度未组织疏散演练 no evacuation drill this quarter' },
};

/** `YYYY-MM-DD` of today in Asia/Shanghai. */
function shanghaiToday() {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
}

async function until(what, attempt, log) {
  for (let i = 0; i < 60; i++) {
    const value = await attempt().catch((error) => {
      if (error instanceof HttpError && [404, 503].includes(error.status)) return null;
      throw error;
    });
    if (value) return value;
    if (i === 0) log.info(`demo compliance: waiting for ${what}`);
    await sleep(500);
  }
  throw new Error(`${what} did not happen within 30 s`);
}

async function seedDemoCompliance({ baseUrl, config, log }) {
  let token;
  try {
    token = await login(baseUrl, config.adminUsername, config.adminPassword);
  } catch (error) {
    log.warn(`demo compliance not loaded: could not log in as ${config.adminUsername} (${error.message})`);
    return;
  }
  const call = (method, route, body) => request(baseUrl, method, route, { token, body });
  try {
    const submitted = await call('GET', '/api/v1/audits?status=submitted&limit=1');
    const closed = await call('GET', '/api/v1/audits?status=closed&limit=1');
    if (submitted.items.length > 0 || closed.items.length > 0) {
      log.info('compliance already has submitted audits: the demo audit is not loaded again');
      return;
    }
    const members = await call('GET', `/api/v1/members?q=${encodeURIComponent(CENTRE)}&limit=5`);
    const centre = members.items.find((m) => m.name === CENTRE && m.status === 'admitted');
    if (!centre) {
      log.warn(`demo compliance not loaded: ${CENTRE} is not an admitted member`);
      return;
    }
    const standards = await call('GET', '/api/v1/standards?code=TY-QA&status=published');
    if (standards.items.length === 0) {
      log.warn('demo compliance not loaded: the seed standard TY-QA is not published');
      return;
    }
    const standard = await call('GET', `/api/v1/standards/${standards.items[0].id}`);
    let audit = await until(
      `the onboarding audit of ${CENTRE} (compliance learns of the admission from membership's events)`,
      async () => {
        const page = await call('GET', `/api/v1/audits?organisation=${centre.id}&status=planned`);
        return page.items.find((a) => a.kind === 'onboarding');
      },
      log,
    );

    let inspector = (await call('GET', '/api/v1/accounts')).find((a) => a.username === INSPECTOR.username);
    if (!inspector) {
      inspector = await call('POST', '/api/v1/accounts', { ...INSPECTOR, role: 'inspector' });
    }
    audit = await call('POST', `/api/v1/audits/${audit.id}/assign`, {
      expectedVersion: audit.version,
      inspectorIds: [inspector.id],
      plannedDate: shanghaiToday(),
    });
    audit = await call('POST', `/api/v1/audits/${audit.id}/start`, { expectedVersion: audit.version });

    for (const area of standard.areas) {
      for (const criterion of area.criteria) {
        if (criterion.appliesTo.length > 0 && !criterion.appliesTo.includes(centre.kind)) continue;
        const answer = SHORTFALLS[criterion.code] ?? { result: 'met' };
        if (criterion.evidenceRequired && answer.result !== 'not_met') {
          await call('POST', `/api/v1/audits/${audit.id}/evidence-links`, {
            criterionId: criterion.id,
            url: `https://example.org/demo/evidence/${criterion.code.toLowerCase()}`,
            title: `${criterion.code} 现场核查记录 on-site record`,
          });
        }
        audit = await call('PUT', `/api/v1/audits/${audit.id}/answers/${criterion.id}`, answer);
      }
    }
    audit = await call('POST', `/api/v1/audits/${audit.id}/submit`, {
      expectedVersion: audit.version,
      summary:
        '入盟评估：整体良好，师幼比与应急演练需整改 onboarding audit: good overall; ratios and drills to fix',
    });
    const answered = audit.findings.find((f) => f.criterionCode === 'STA-1');
    if (answered) {
      await call('POST', `/api/v1/corrective-actions/${answered.action.id}/respond`, {
        expectedVersion: answered.action.version,
        plan: '已增配一名保育员，午休时段乳儿班恢复 1:3 an extra caregiver restores 1:3 at nap time',
      });
    }
    log.info(
      `demo compliance loaded: ${CENTRE} audited against TY-QA — ${audit.score} points, grade ${audit.grade}, ` +
        `${audit.findings.length} findings (one action answered, one open); inspector account ` +
        `${INSPECTOR.username} / ${INSPECTOR.password} (temporary: replaced at first login)`,
    );
  } catch (error) {
    const detail =
      error instanceof HttpError && error.body?.errors ? ` ${JSON.stringify(error.body.errors)}` : '';
    log.warn(`the demo compliance data was only partly loaded: ${error.message}${detail}`);
  }
}

module.exports = { seedDemoCompliance };
