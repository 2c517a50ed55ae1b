import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { newCreditCode, waitFor } from '@alliance/testing';
import { ADMIN_USERNAME, buildConsole, ConsoleStack, launchChromium } from './support/console-stack';
import { checkPage, SCREENSHOTS, type PageCheck } from './support/pages';

// A PNG as compliance checks it (the signature, then anything): the photo of a corrective action.
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(400, 7),
]);
const COURSE = { code: 'TY-E2E-101', title: '婴幼儿安全照护' };
const CENTRE = '锦江小橙子托育中心';
const HOST = '青羊共享培训基地';
const VENUE = '青羊多功能培训室';

/** `YYYY-MM-DD` in Asia/Shanghai, `days` from today. */
function shanghaiDate(days = 0): string {
  return new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

interface Person {
  id: string;
  username: string;
  password: string;
  token: string;
}

/**
 * The trainer's and the representative's work in Chromium against the gateway with membership, training,
 * resources and compliance running as processes. What the scenarios start from (an admitted centre, the
 * accounts, a draft course, staff, an audit with an open corrective action, a shared venue) is set up through
 * the gateway's API; what the scenarios are about is done in the browser.
 */
describe('the console for trainers and representatives (training, resources and compliance running)', () => {
  const stack = new ConsoleStack(['membership', 'training', 'resources', 'compliance', 'dashboard']);
  let browser: Browser;
  let admin: string;
  let centreId = '';
  let trainer: Person;
  let rep: Person;
  const staff: { id: string; name: string }[] = [];
  let pastSessionId = '';
  let futureSessionId = '';
  let hostAuditId = '';
  let openActionCode = '';
  let inspector: Person;
  let fieldInspector: Person;

  async function call<T = Record<string, unknown>>(
    token: string | null,
    method: string,
    path: string,
    body?: unknown,
    expected = [200, 201],
  ): Promise<T> {
    const response = await fetch(stack.baseUrl + path, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!expected.includes(response.status)) {
      throw new Error(`${method} ${path} answered ${response.status}: ${text.slice(0, 500)}`);
    }
    return (text ? JSON.parse(text) : null) as T;
  }

  async function login(username: string, password: string): Promise<string> {
    const result = await call<{ accessToken: string }>(null, 'POST', '/api/v1/auth/login', {
      username,
      password,
    });
    return result.accessToken;
  }

  /** An account with its own password already set (an admin's temporary one is replaced at first login). */
  async function account(username: string, role: string, organisationId?: string): Promise<Person> {
    const temporary = `temporary-${username}-1`;
    const created = await call<{ id: string }>(admin, 'POST', '/api/v1/accounts', {
      username,
      password: temporary,
      role,
      ...(organisationId ? { organisationId } : {}),
    });
    const password = `own-${username}-password`;
    await call(await login(username, temporary), 'POST', '/api/v1/auth/password', {
      currentPassword: temporary,
      newPassword: password,
    });
    return { id: created.id, username, password, token: await login(username, password) };
  }

  async function admitted(name: string, districtCode: string): Promise<string> {
    const applied = await call<{ id: string; version: number }>(admin, 'POST', '/api/v1/members', {
      name,
      creditCode: newCreditCode(),
      kind: 'childcare_centre',
      ownership: 'private',
      districtCode,
      address: '成都市锦江区东大街 1 号',
      contacts: [{ name: '张园长', role: '园长', phone: '13812345678' }],
      licensedPlaces: 60,
      affordablePlaces: 40,
    });
    await call(admin, 'POST', `/api/v1/members/${applied.id}/admit`, { expectedVersion: applied.version });
    return applied.id;
  }

  /** Retried until the service has learnt of the admission from membership's events. */
  function once<T>(what: string, attempt: () => Promise<T>): Promise<T> {
    return waitFor(async () => attempt().catch(() => null), {
      timeoutMs: 60_000,
      intervalMs: 500,
      what,
    }) as Promise<T>;
  }

  beforeAll(async () => {
    buildConsole();
    await stack.start();
    browser = await launchChromium();
    admin = await login(ADMIN_USERNAME, stack.adminPassword);

    centreId = await admitted(CENTRE, 'jinjiang');
    const hostId = await admitted(HOST, 'qingyang');
    trainer = await account('trainer-li', 'trainer');
    rep = await account('rep-zhang', 'member_rep', centreId);
    inspector = await account('inspector-wu', 'inspector');
    fieldInspector = await account('inspector-he', 'inspector');

    const course = await call<{ id: string; version: number }>(admin, 'POST', '/api/v1/courses', {
      ...COURSE,
      category: 'safety_and_first_aid',
      creditHours: 6,
      targetRoles: [],
      certificateValidityMonths: 24,
      completionThresholdPercent: 80,
    });
    // The trainer publishes it in the browser; the session of yesterday needs another course already published.
    const earlier = await call<{ id: string; version: number }>(admin, 'POST', '/api/v1/courses', {
      code: 'TY-E2E-090',
      title: '婴幼儿喂养基础',
      category: 'care_and_feeding',
      creditHours: 3,
      targetRoles: [],
      completionThresholdPercent: 80,
    });
    await call(admin, 'POST', `/api/v1/courses/${earlier.id}/publish`, { expectedVersion: earlier.version });
    expect(course.version).toBeGreaterThan(0);

    for (const [name, role] of [
      ['王小梅', 'caregiver'],
      ['陈晓东', 'infant_care_specialist'],
    ] as const) {
      const registered = await once(`training to know ${CENTRE}`, () =>
        call<{ id: string; name: string }>(rep.token, 'POST', '/api/v1/staff', {
          organisationId: centreId,
          name,
          role,
          hiredOn: '2024-03-01',
        }),
      );
      staff.push({ id: registered.id, name: registered.name });
    }

    // Yesterday's session (an admin records what already happened), both staff enrolled by the admin.
    const day = shanghaiDate(-1);
    const past = await call<{ id: string }>(admin, 'POST', '/api/v1/sessions', {
      courseId: earlier.id,
      trainerIds: [trainer.id],
      meetings: [{ startsAt: `${day}T09:00:00+08:00`, endsAt: `${day}T12:00:00+08:00` }],
      location: { kind: 'address', address: '成都市锦江区东大街 1 号 3 楼' },
      capacity: 10,
      enrolmentOpensAt: `${shanghaiDate(-5)}T09:00:00+08:00`,
      enrolmentClosesAt: `${day}T09:00:00+08:00`,
    });
    pastSessionId = past.id;
    for (const s of staff) {
      await call(admin, 'POST', '/api/v1/enrolments', { sessionId: past.id, staffId: s.id });
    }

    // The centre's onboarding audit (compliance plans it on admission), conducted with one criterion not met.
    const standards = await call<{ items: { id: string }[] }>(
      admin,
      'GET',
      '/api/v1/standards?code=TY-QA&status=published',
    );
    const standard = await call<{
      areas: { criteria: { id: string; code: string; appliesTo: string[]; evidenceRequired: boolean }[] }[];
    }>(admin, 'GET', `/api/v1/standards/${standards.items[0].id}`);
    let audit = await once('the onboarding audit of the centre', async () => {
      const page = await call<{ items: { id: string; version: number; kind: string }[] }>(
        admin,
        'GET',
        `/api/v1/audits?organisation=${centreId}&status=planned`,
      );
      const found = page.items.find((a) => a.kind === 'onboarding');
      if (!found) throw new Error('not yet');
      return found;
    });
    audit = await call(admin, 'POST', `/api/v1/audits/${audit.id}/assign`, {
      expectedVersion: audit.version,
      inspectorIds: [inspector.id],
      plannedDate: shanghaiDate(),
    });
    audit = await call(inspector.token, 'POST', `/api/v1/audits/${audit.id}/start`, {
      expectedVersion: audit.version,
    });
    const criteria = standard.areas
      .flatMap((a) => a.criteria)
      .filter((c) => !c.appliesTo.length || c.appliesTo.includes('childcare_centre'));
    openActionCode = criteria.find((c) => !c.evidenceRequired)?.code ?? criteria[0].code;
    for (const c of criteria) {
      const result = c.code === openActionCode ? 'not_met' : 'met';
      if (c.evidenceRequired && result === 'met') {
        await call(inspector.token, 'POST', `/api/v1/audits/${audit.id}/evidence-links`, {
          criterionId: c.id,
          url: `https://example.org/e2e/${c.code}`,
          title: `${c.code} 现场记录`,
        });
      }
      audit = await call(inspector.token, 'PUT', `/api/v1/audits/${audit.id}/answers/${c.id}`, {
        result,
        ...(result === 'not_met' ? { notes: '现场未见记录' } : {}),
      });
    }
    await call(inspector.token, 'POST', `/api/v1/audits/${audit.id}/submit`, {
      expectedVersion: audit.version,
    });

    // The host's onboarding audit, today, for the inspector who conducts it on a phone.
    const hostAudit = await once('the onboarding audit of the host', async () => {
      const page = await call<{ items: { id: string; version: number; kind: string }[] }>(
        admin,
        'GET',
        `/api/v1/audits?organisation=${hostId}&status=planned`,
      );
      const found = page.items.find((a) => a.kind === 'onboarding');
      if (!found) throw new Error('not yet');
      return found;
    });
    await call(admin, 'POST', `/api/v1/audits/${hostAudit.id}/assign`, {
      expectedVersion: hostAudit.version,
      inspectorIds: [fieldInspector.id],
      plannedDate: shanghaiDate(),
    });
    hostAuditId = hostAudit.id;

    // A venue the host shares, booked without approval.
    await once(`resources to know ${HOST}`, () =>
      call(admin, 'POST', '/api/v1/resources', {
        kind: 'venue',
        title: VENUE,
        ownerOrganisationId: hostId,
        districtCode: 'qingyang',
        address: '成都市青羊区人民中路 9 号',
        capacity: 40,
        visibility: 'alliance',
        policy: { approval: 'auto' },
      }),
    );
  });

  afterAll(async () => {
    await browser?.close();
    await stack.stop();
  });

  async function signedIn(
    person: { username: string; password: string },
    language: 'zh-CN' | 'en',
    viewport = { width: 1280, height: 860 },
  ): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({
      locale: language === 'en' ? 'en-GB' : 'zh-CN',
      timezoneId: 'Europe/London', // not the alliance's: times typed and shown are still Chengdu's
      viewport,
      acceptDownloads: true,
    });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    (page as Page & { errors: string[] }).errors = errors;
    await page.goto(`${stack.baseUrl}/login`);
    if (language === 'en') await page.getByText('English', { exact: true }).click();
    await page.getByLabel(language === 'en' ? 'Username' : '用户名').fill(person.username);
    await page.getByLabel(language === 'en' ? 'Password' : '密码').fill(person.password);
    await page.getByRole('button', { name: language === 'en' ? 'Log in' : '登 录' }).click();
    await page.getByTestId('current-user').waitFor();
    return { context, page };
  }

  async function menu(page: Page, label: string) {
    await page.getByRole('navigation').getByRole('link', { name: label, exact: true }).click();
    await page.getByRole('heading', { level: 2 }).first().waitFor();
  }

  async function choose(page: Page, label: string, option: string) {
    await page.getByLabel(label, { exact: true }).click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: option })
      .first()
      .click();
  }

  /** The open dialog once it has finished opening (antd animates it in). */
  async function dialog(page: Page) {
    const open = page.getByRole('dialog');
    await open.waitFor();
    await page.waitForTimeout(400);
    return open;
  }

  function expectClean(checks: PageCheck[], page: Page) {
    const untranslated = Object.fromEntries(
      checks.filter((c) => c.untranslated.length).map((c) => [c.name, c.untranslated]),
    );
    const serious = Object.fromEntries(
      checks.filter((c) => c.violations.length).map((c) => [c.name, c.violations]),
    );
    expect({ untranslated, serious, errors: (page as Page & { errors: string[] }).errors }).toEqual({
      untranslated: {},
      serious: {},
      errors: [],
    });
  }

  async function failureShot(page: Page, name: string) {
    await page
      .screenshot({ path: join(SCREENSHOTS, `failed-${name}.png`), fullPage: true })
      .catch(() => undefined);
  }

  it('trainer, in Chinese: publishes the course and schedules a session of it, which the week calendar shows', async () => {
    const { context, page } = await signedIn(trainer, 'zh-CN');
    const checks: PageCheck[] = [];
    try {
      // The trainer's menu: training first, no audits, no accounts.
      const links = await page.getByRole('navigation').getByRole('link').allInnerTexts();
      expect(links).toEqual(expect.arrayContaining(['课程目录', '培训班次', '培训证书', '共享资源']));
      expect(links).not.toContain('督导评估');
      expect(links).not.toContain('账号管理');

      await menu(page, '课程目录');
      const row = page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: COURSE.code });
      await row.getByText('草稿').waitFor();
      await row
        .getByRole('button', { name: '发 布' })
        .or(row.getByRole('button', { name: '发布' }))
        .click();
      await row.getByText('已发布').waitFor();
      checks.push(await checkPage(page, 'zh-CN', 'courses'));

      await menu(page, '培训班次');
      await page
        .getByRole('button', { name: '排课' })
        .or(page.getByRole('button', { name: '排 课' }))
        .click();
      const form = await dialog(page);
      await choose(page, '课程', `${COURSE.code} ${COURSE.title}`);
      const day = shanghaiDate(7);
      await form.getByLabel('第 1 次课日期').fill(day);
      await form.getByLabel('开始时间').fill('09:30');
      await form.getByLabel('结束时间').fill('11:30');
      await form.getByLabel('地址', { exact: true }).fill('成都市锦江区东大街 1 号 3 楼培训室');
      await form.getByLabel('名额').fill('1');
      checks.push(await checkPage(page, 'zh-CN', 'session-schedule'));
      await form.getByRole('button', { name: '确认排课' }).click();

      await page.waitForURL(/\/sessions\/[0-9a-f-]{36}$/);
      futureSessionId = new URL(page.url()).pathname.split('/').pop() ?? '';
      await page.getByRole('heading', { name: `${COURSE.code} ${COURSE.title}` }).waitFor();
      await page.getByTestId('session-status').filter({ hasText: '已排课' }).waitFor();
      // Chengdu's 09:30, though this browser is in London.
      await page.getByText(`${day} 09:30–11:30`).waitFor();
      checks.push(await checkPage(page, 'zh-CN', 'session'));

      // A week from today is in next week's grid.
      await menu(page, '培训班次');
      await page.getByRole('button', { name: '下一周' }).click();
      const cell = page.getByTestId('week-grid').getByRole('region', { name: new RegExp(`^${day}`) });
      await cell.getByRole('link', { name: new RegExp(COURSE.title) }).waitFor();
      checks.push(await checkPage(page, 'zh-CN', 'sessions-week'));
      await page.getByText('月', { exact: true }).click();
      await page.getByRole('button', { name: '下个月' }).waitFor();
      checks.push(await checkPage(page, 'zh-CN', 'sessions-month'));

      // At the host's shared venue: training books it for the meeting, and the session shows how that went.
      await page
        .getByRole('button', { name: '排课' })
        .or(page.getByRole('button', { name: '排 课' }))
        .click();
      const atVenue = await dialog(page);
      await choose(page, '课程', `${COURSE.code} ${COURSE.title}`);
      await atVenue.getByLabel('第 1 次课日期').fill(shanghaiDate(8));
      await atVenue.getByLabel('开始时间').fill('09:30');
      await atVenue.getByLabel('结束时间').fill('11:30');
      await choose(page, '上课地点', '共享场地');
      await atVenue.locator('#resourceId').click();
      await page
        .locator('.ant-select-dropdown:visible .ant-select-item-option')
        .filter({ hasText: VENUE })
        .click();
      await atVenue.getByRole('button', { name: '确认排课' }).click();
      await page.waitForURL(/\/sessions\/[0-9a-f-]{36}$/);
      await page.getByTestId('venue-state').waitFor();
      // The venue approves automatically: confirmed once resource sharing has answered training.
      await waitFor(
        async () => {
          await page.reload();
          const state = page.getByTestId('venue-state');
          await state.waitFor();
          return (await state.innerText()).includes('场地已确认');
        },
        { timeoutMs: 60_000, intervalMs: 1000, what: 'the venue to be confirmed' },
      );
      checks.push(await checkPage(page, 'zh-CN', 'session-venue'));
      expectClean(checks, page);
    } catch (error) {
      await failureShot(page, 'trainer-schedule');
      throw error;
    } finally {
      await context.close();
    }
  });

  it('representative, in English: registers staff, enrols two in the session (one seat: the second waits), answers the corrective action with a plan and a photo, and books a venue — a second booking of the slot shows the conflict', async () => {
    expect(futureSessionId).not.toBe('');
    const { context, page } = await signedIn(rep, 'en');
    const checks: PageCheck[] = [];
    try {
      await menu(page, 'Staff');
      await page.getByRole('button', { name: 'Register a staff member' }).click();
      const form = await dialog(page);
      await form.getByLabel('Name').fill('刘晓雨');
      await choose(page, 'Role', 'Health staff');
      await form.getByLabel('Hired on').fill('2025-09-01');
      await form.getByRole('button', { name: 'Save' }).click();
      await page.getByText('Registered: 刘晓雨').waitFor();
      await page.locator('.ant-table-tbody tr').filter({ hasText: '刘晓雨' }).waitFor();
      checks.push(await checkPage(page, 'en', 'staff'));

      await menu(page, 'Sessions');
      await page.getByText('List', { exact: true }).click();
      // The session the trainer scheduled at an address (the one at the venue is another).
      await page.locator(`a[href="/sessions/${futureSessionId}"]`).click();
      await page.getByRole('heading', { name: `${COURSE.code} ${COURSE.title}` }).waitFor();
      await page.getByLabel('Choose staff').click();
      for (const s of staff) {
        await page
          .locator('.ant-select-dropdown:visible .ant-select-item-option')
          .filter({ hasText: s.name })
          .click();
      }
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Enrol', exact: true }).click();
      await page.getByText(`${staff[0].name}: enrolled`).waitFor();
      await page.getByText(`${staff[1].name}: the session is full, waiting list #1`).waitFor();
      const enrolled = page.locator('.ant-card').filter({ hasText: 'Enrolled (1)' });
      await enrolled.locator('tr').filter({ hasText: staff[0].name }).getByText('Confirmed').waitFor();
      await enrolled.locator('tr').filter({ hasText: staff[1].name }).getByText('Waiting list #1').waitFor();
      checks.push(await checkPage(page, 'en', 'session-enrolled'));

      await menu(page, 'Corrective actions');
      const finding = page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: openActionCode });
      await finding.getByText('Open', { exact: true }).waitFor();
      await finding.getByRole('button', { name: /expand/i }).click();
      const action = page.getByTestId(`action-${openActionCode}`);
      await action.getByLabel('Add evidence').setInputFiles({
        name: '整改照片.png',
        mimeType: 'image/png',
        buffer: PNG,
      });
      await action.getByText('整改照片.png').waitFor();
      await action.getByLabel('Plan').fill('已补建台账并每周自查 records kept and checked weekly');
      await action.getByRole('button', { name: 'Send the answer' }).click();
      await page.getByText('Answer sent').waitFor();
      await finding.getByText('Answered, to verify').waitFor();
      checks.push(await checkPage(page, 'en', 'corrective-actions'));

      await menu(page, 'Shared resources');
      const venue = page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: VENUE });
      const day = shanghaiDate(10);
      for (const attempt of ['first', 'second']) {
        await venue.getByRole('button', { name: 'Book' }).click();
        const booking = await dialog(page);
        await booking.getByLabel('Date').fill(day);
        await booking.getByLabel('Starts').fill('14:00');
        await booking.getByLabel('Ends').fill('16:00');
        await booking.getByLabel('Purpose').fill('家长养育讲座 parenting talk');
        await booking.getByLabel('People').fill('25');
        await booking.getByRole('button', { name: 'Request booking' }).click();
        if (attempt === 'first') {
          await page.waitForURL('**/bookings');
          await page
            .locator('.ant-table-tbody tr')
            .filter({ hasText: VENUE })
            .getByText('Approved')
            .waitFor();
          checks.push(await checkPage(page, 'en', 'bookings'));
          await menu(page, 'Shared resources');
        } else {
          // Refused: the dialog stays open and says why, next to the start time.
          const refusal = booking.locator('#starts_help');
          await refusal.waitFor();
          expect(await refusal.innerText()).toMatch(/slot_taken|clashes/);
          checks.push(await checkPage(page, 'en', 'booking-conflict'));
        }
      }
      expectClean(checks, page);
    } catch (error) {
      await failureShot(page, 'representative');
      throw error;
    } finally {
      await context.close();
    }
  });

  it('trainer, in Chinese: takes yesterday’s attendance, completes the session and issues certificates; the verification page (no login) shows one as valid', async () => {
    const { context, page } = await signedIn(trainer, 'zh-CN');
    const checks: PageCheck[] = [];
    try {
      await page.goto(`${stack.baseUrl}/sessions/${pastSessionId}`);
      await page.getByTestId('session-status').filter({ hasText: '已排课' }).waitFor();
      await page
        .getByRole('button', { name: '考勤' })
        .or(page.getByRole('button', { name: '考 勤' }))
        .click();
      const sheet = page.getByTestId('attendance-sheet');
      await sheet.getByText(staff[0].name).waitFor();
      await sheet
        .getByRole('radiogroup', { name: `${staff[1].name} 的出勤情况` })
        .getByText('缺勤')
        .click();
      checks.push(await checkPage(page, 'zh-CN', 'attendance'));
      await sheet.getByRole('button', { name: '保存考勤' }).click();
      await page.getByText('已保存 2 人的考勤').waitFor();

      await page.getByRole('button', { name: '结业并发证' }).click();
      const results = page.getByTestId('completion-results');
      await results.locator('tr').filter({ hasText: staff[0].name }).getByText('已发证').waitFor();
      await results.locator('tr').filter({ hasText: staff[1].name }).getByText('未达要求').waitFor();
      await page.getByTestId('session-status').filter({ hasText: '已结业' }).waitFor();
      checks.push(await checkPage(page, 'zh-CN', 'session-completed'));

      await results.getByRole('link', { name: '查看本班证书' }).click();
      await page.waitForURL(/\/certificates\?session=/);
      await page.getByRole('heading', { name: '培训证书' }).waitFor();
      const rows = page.locator('.ant-table-tbody tr.ant-table-row');
      await rows.filter({ hasText: staff[0].name }).waitFor();
      expect(await rows.count()).toBe(1);
      checks.push(await checkPage(page, 'zh-CN', 'certificates'));
      const code = (await rows.first().getByRole('link').innerText()).trim();
      expectClean(checks, page);

      // Anyone with the code, signed in or not.
      const anonymous = await browser.newContext({ locale: 'zh-CN' });
      try {
        const check = await anonymous.newPage();
        await check.goto(`${stack.baseUrl}/verify/${encodeURIComponent(code)}`);
        await check.getByTestId('verification').filter({ hasText: '有效' }).waitFor();
        // The public page shows the holder's name masked (王*梅), never in full.
        await check.getByText('王*梅', { exact: true }).waitFor();
        const verified = await checkPage(check, 'zh-CN', 'verify');
        expect({ untranslated: verified.untranslated, serious: verified.violations }).toEqual({
          untranslated: [],
          serious: [],
        });
      } finally {
        await anonymous.close();
      }
    } catch (error) {
      await failureShot(page, 'trainer-attendance');
      throw error;
    } finally {
      await context.close();
    }
  });
  it('inspector, in Chinese on a 390×844 phone: conducts the audit (met with photos, partly met with points, not applicable with a reason), half of it offline (kept on the phone, synced when the signal returns), submits it with every answer and photo once; the representative’s answered action is then verified and closed', async () => {
    const { context, page } = await signedIn(fieldInspector, 'zh-CN', { width: 390, height: 844 });
    const checks: PageCheck[] = [];
    try {
      await page.goto(`${stack.baseUrl}/audits`);
      await page.getByRole('heading', { name: '督导评估' }).waitFor();
      // The phone has opened the console before (its service worker in charge): the shell is on it.
      await page.evaluate(() => navigator.serviceWorker.ready);
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      await page.getByRole('link', { name: HOST }).click();
      await page.getByTestId('audit-status').filter({ hasText: '已计划' }).waitFor();
      await page.getByRole('button', { name: '开始评估' }).click();
      await page.getByTestId('audit-status').filter({ hasText: '评估中' }).waitFor();
      checks.push(await checkPage(page, 'zh-CN', 'audit-started-phone'));

      const sections = page.locator('[data-testid^="criterion-"]');
      const codes = await sections.evaluateAll((all) =>
        all.map((el) => ({
          code: (el.getAttribute('data-testid') ?? '').replace('criterion-', ''),
          evidence: (el.textContent ?? '').includes('需佐证材料'),
          veto: (el.textContent ?? '').includes('一票否决'),
        })),
      );
      expect(codes.length).toBeGreaterThan(10);
      const plain = codes.filter((c) => !c.evidence && !c.veto);
      const partly = plain[0].code;
      const notApplicable = plain[1].code;
      // The first half with signal, the second half without (kept on the phone), then the signal returns.
      const half = Math.floor(codes.length / 2);
      for (const [i, c] of codes.entries()) {
        if (i === half) {
          await context.setOffline(true);
          await page.getByTestId('sync-status').filter({ hasText: '离线' }).waitFor();
        }
        const section = page.getByTestId(`criterion-${c.code}`);
        if (c.code === partly) {
          await section.getByText('部分符合', { exact: true }).click();
          await section.getByRole('spinbutton').fill('1');
        } else if (c.code === notApplicable) {
          await section.getByText('不适用', { exact: true }).click();
          await section.getByLabel('不适用的原因').fill('本机构不提供夜间托育');
        } else {
          if (c.evidence) {
            await section.getByLabel('拍照/上传佐证').setInputFiles({
              name: `${c.code}-现场照片.png`,
              mimeType: 'image/png',
              buffer: PNG,
            });
            await section.getByText(`${c.code}-现场照片.png`).first().waitFor();
          }
          await section.getByText('符合', { exact: true }).click();
        }
        await section
          .getByRole('button', { name: '保存' })
          .or(section.getByRole('button', { name: '保 存' }))
          .click();
        await page.getByTestId(i < half ? `answered-${c.code}` : `pending-${c.code}`).waitFor();
      }
      const offlinePhotos = codes
        .slice(half)
        .filter((c) => c.evidence && c.code !== partly && c.code !== notApplicable);
      await page
        .getByTestId('sync-status')
        .filter({ hasText: `待同步：${codes.length - half} 项答案，${offlinePhotos.length} 张照片` })
        .waitFor();
      await page.getByText(`已评 ${codes.length} / ${codes.length} 项`).waitFor();
      expect(await page.getByRole('button', { name: '提交评估' }).isDisabled()).toBe(true);
      checks.push(await checkPage(page, 'zh-CN', 'audit-offline-phone'));
      // Still without signal, the page reloaded: the shell and the audit from the service worker, the
      // answers and photos waiting from IndexedDB.
      await page.reload();
      await page.getByTestId('audit-status').filter({ hasText: '评估中' }).waitFor();
      await page
        .getByTestId('sync-status')
        .filter({ hasText: `待同步：${codes.length - half} 项答案，${offlinePhotos.length} 张照片` })
        .waitFor();
      await page.getByTestId(`answered-${codes[0].code}`).waitFor();
      await page.getByTestId(`pending-${codes[half].code}`).waitFor();

      // Meanwhile an admin answers the last criterion differently (the inspector answered it offline).
      const contested = codes[codes.length - 1];
      const { standardId } = await call<{ standardId: string }>(
        admin,
        'GET',
        `/api/v1/audits/${hostAuditId}`,
      );
      const edition = await call<{ areas: { criteria: { id: string; code: string }[] }[] }>(
        admin,
        'GET',
        `/api/v1/standards/${standardId}`,
      );
      const contestedId = edition.areas.flatMap((a) => a.criteria).find((c) => c.code === contested.code)?.id;
      await call(admin, 'PUT', `/api/v1/audits/${hostAuditId}/answers/${contestedId}`, {
        result: 'not_met',
        notes: '管理员远程修改 changed from the office',
      });

      await context.setOffline(false);
      for (const c of codes.slice(half, -1)) await page.getByTestId(`answered-${c.code}`).waitFor();
      // Not overwritten: the inspector sees both answers and decides.
      const conflict = page.getByTestId(`criterion-${contested.code}`).getByRole('alert');
      await conflict.filter({ hasText: '此项已被他人修改' }).waitFor();
      expect(await conflict.innerText()).toContain('现为：不符合');
      checks.push(await checkPage(page, 'zh-CN', 'audit-conflict-phone'));
      await conflict.getByRole('button', { name: '仍以我的为准' }).click();
      await page
        .getByTestId(`answered-${contested.code}`)
        .filter({ hasText: /^符合 · / })
        .waitFor();
      await page.getByTestId('sync-status').waitFor({ state: 'detached' });
      checks.push(await checkPage(page, 'zh-CN', 'audit-answered-phone'));
      await page.getByLabel('评估小结（可选）').fill('整体良好 good overall');
      await page.getByRole('button', { name: '提交评估' }).click();
      await page.getByTestId('audit-status').filter({ hasText: '已提交' }).waitFor();
      await page.getByText(/问题与整改（1）/).waitFor();
      checks.push(await checkPage(page, 'zh-CN', 'audit-submitted-phone'));
      expectClean(checks, page);

      // Every criterion answered exactly once, as entered.
      const audit = await call<{
        answers: { criterionCode: string; result: string; pointsAwarded: number }[];
        evidence: { kind: string; fileName: string | null }[];
      }>(fieldInspector.token, 'GET', `/api/v1/audits/${hostAuditId}`);
      expect(audit.answers.map((a) => a.criterionCode).sort()).toEqual(codes.map((c) => c.code).sort());
      expect(audit.answers.find((a) => a.criterionCode === partly)).toMatchObject({
        result: 'partly_met',
        pointsAwarded: 1,
      });
      expect(audit.answers.find((a) => a.criterionCode === notApplicable)?.result).toBe('not_applicable');
      expect(audit.answers.find((a) => a.criterionCode === codes[codes.length - 1].code)?.result).toBe('met');
      // Each photo once, those taken offline too.
      const files = audit.evidence.filter((e) => e.kind === 'file').map((e) => e.fileName);
      expect(files.sort()).toEqual(
        codes
          .filter((c) => c.evidence && c.code !== partly && c.code !== notApplicable)
          .map((c) => `${c.code}-现场照片.png`)
          .sort(),
      );
    } catch (error) {
      await failureShot(page, 'inspector-phone');
      throw error;
    } finally {
      await context.close();
    }

    // The inspector of the centre's audit verifies the action the representative answered.
    const desk = await signedIn(inspector, 'zh-CN');
    try {
      await desk.page.goto(`${stack.baseUrl}/corrective-actions`);
      // The phone audit's partly met criterion may share the code: the answered action is this one.
      const rows = desk.page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: openActionCode });
      const finding = rows.filter({ hasText: '已答复，待核验' });
      await finding.getByRole('button', { name: /展开/ }).click();
      const action = desk.page.getByTestId(`action-${openActionCode}`);
      await action.getByText('整改照片.png').waitFor();
      await action.getByRole('button', { name: '核验通过并关闭' }).click();
      await desk.page.getByText('整改事项已关闭').waitFor();
      await desk.page.getByText('全部', { exact: true }).click();
      await rows.filter({ hasText: '已核验关闭' }).waitFor();
      expectClean([await checkPage(desk.page, 'zh-CN', 'corrective-actions-verified')], desk.page);
    } catch (error) {
      await failureShot(desk.page, 'inspector-verify');
      throw error;
    } finally {
      await desk.context.close();
    }
  });

  it('admin, in English: the dashboard per district with its Excel export, and the event pipeline with each service’s dead letters', async () => {
    const { context, page } = await signedIn(
      { username: ADMIN_USERNAME, password: stack.adminPassword },
      'en',
    );
    const checks: PageCheck[] = [];
    try {
      await menu(page, 'Dashboard');
      await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
      await page
        .locator('.ant-table-tbody tr')
        .filter({ hasText: 'Jinjiang' })
        .or(page.locator('.ant-table-tbody tr').filter({ hasText: '锦江' }))
        .first()
        .waitFor();
      checks.push(await checkPage(page, 'en', 'dashboard'));
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Export to Excel' }).click(),
      ]);
      expect(file.suggestedFilename()).toMatch(/\.xlsx$/);

      await menu(page, 'Event pipeline');
      const training = page
        .locator('.ant-table-tbody tr.ant-table-row')
        .filter({ hasText: 'training' })
        .first();
      await training.waitFor();
      await training.getByRole('button', { name: 'Dead letters' }).click();
      await page.getByText('Dead letters of training').waitFor();
      checks.push(await checkPage(page, 'en', 'pipeline'));
      expectClean(checks, page);
    } catch (error) {
      await failureShot(page, 'admin-dashboard');
      throw error;
    } finally {
      await context.close();
    }
  });

  it('representative, in Chinese: books the shared venue weekly for four weeks and sees each date’s outcome (one slot already taken, skipped and why), and the venue’s week shows the booking', async () => {
    const first = shanghaiDate(4);
    const taken = shanghaiDate(11);
    const until = shanghaiDate(25);
    // The second date's slot is already booked: the series goes on without it.
    const venueId = (
      await call<{ items: { id: string; title: string }[] }>(
        rep.token,
        'GET',
        `/api/v1/resources?q=${encodeURIComponent(VENUE)}`,
      )
    ).items.find((r) => r.title === VENUE)?.id;
    await call(rep.token, 'POST', '/api/v1/bookings', {
      resourceId: venueId,
      organisationId: centreId,
      startsAt: `${taken}T18:00:00+08:00`,
      endsAt: `${taken}T20:00:00+08:00`,
      purpose: '已有的预约',
      headcount: 10,
    });
    const { context, page } = await signedIn(rep, 'zh-CN');
    const checks: PageCheck[] = [];
    try {
      await menu(page, '共享资源');
      const venue = page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: VENUE });
      await venue.getByRole('button', { name: /^预\s?约$/ }).click();
      const booking = await dialog(page);
      await booking.getByLabel('日期').fill(first);
      await booking.getByLabel('开始时间').fill('18:00');
      await booking.getByLabel('结束时间').fill('20:00');
      await booking.getByText('每周重复（同一星期、同一时段）').click();
      await booking.getByLabel('重复至').fill(until);
      await booking.getByLabel('用途').fill('每周家长课堂');
      await booking.getByLabel('人数').fill('20');
      await booking.getByRole('button', { name: '提交预约' }).click();

      const outcome = page.getByRole('dialog').filter({ hasText: '每周预约结果' });
      await outcome.getByText('已预约 3 次，跳过 1 次').waitFor();
      const skipped = outcome.locator('.ant-table-tbody tr').filter({ hasText: taken });
      await skipped.getByText('时段已被占用').waitFor();
      expect(await outcome.locator('.ant-table-tbody tr').filter({ hasText: '已确认' }).count()).toBe(3);
      checks.push(await checkPage(page, 'zh-CN', 'booking-series-outcome'));
      await outcome.getByRole('button', { name: /确\s?定|OK/ }).click();
      await page.waitForURL('**/bookings');

      // The venue's week: the first date's booking beside its day.
      await menu(page, '共享资源');
      await venue.getByRole('button', { name: '占用情况' }).click();
      const week = await dialog(page);
      const weekday = (date: string) => (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
      if (weekday(shanghaiDate()) + 4 >= 7) await week.getByRole('button', { name: '下一周' }).click();
      const day = week.locator('.ant-list-item').filter({ hasText: first });
      await day.getByText(/18:00–20:00/).waitFor();
      await day.getByText('已确认').waitFor();
      checks.push(await checkPage(page, 'zh-CN', 'resource-week'));
      expectClean(checks, page);
    } catch (error) {
      await failureShot(page, 'booking-series');
      throw error;
    } finally {
      await context.close();
    }
  });

  it('admin, in English: reads the published standard, drafts its next edition and opens the draft in the editor', async () => {
    const { context, page } = await signedIn(
      { username: ADMIN_USERNAME, password: stack.adminPassword },
      'en',
    );
    const checks: PageCheck[] = [];
    try {
      await menu(page, 'Standards');
      await page
        .getByRole('link', { name: /^TY-QA · edition \d+$/ })
        .first()
        .click();
      await page.getByText('Published', { exact: true }).first().waitFor();
      await page.locator('.ant-collapse-item').first().waitFor();
      checks.push(await checkPage(page, 'en', 'standard'));
      await page.getByRole('button', { name: 'Draft the next edition' }).click();
      await page.getByRole('button', { name: 'Publish' }).waitFor();
      await page.getByText('Draft', { exact: true }).first().waitFor();
      await page.getByRole('button', { name: 'Edit draft' }).click();
      const editor = page.getByRole('dialog');
      await editor.getByLabel('Title', { exact: true }).waitFor();
      await page.waitForTimeout(400);
      checks.push(await checkPage(page, 'en', 'standard-editor'));
      expectClean(checks, page);
    } catch (error) {
      await failureShot(page, 'standards');
      throw error;
    } finally {
      await context.close();
    }
  });

  it('representative, in English: place requests, training reports and requirements, and the form to offer a resource, all translated and accessible', async () => {
    const { context, page } = await signedIn(rep, 'en');
    const checks: PageCheck[] = [];
    try {
      await menu(page, 'Place requests');
      checks.push(await checkPage(page, 'en', 'place-requests'));
      await menu(page, 'Training reports');
      await page.getByRole('tab', { name: 'Expiring soon' }).waitFor();
      checks.push(await checkPage(page, 'en', 'training-reports'));
      await menu(page, 'Training requirements');
      checks.push(await checkPage(page, 'en', 'training-requirements'));
      await menu(page, 'Shared resources');
      await page.getByRole('button', { name: 'Offer a resource' }).click();
      const offer = await dialog(page);
      await offer.getByRole('button', { name: 'Add opening hours' }).click();
      checks.push(await checkPage(page, 'en', 'offer-resource'));
      expectClean(checks, page);
    } catch (error) {
      await failureShot(page, 'representative-pages');
      throw error;
    } finally {
      await context.close();
    }
  });
});
