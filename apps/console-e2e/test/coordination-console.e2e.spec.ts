import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from '@playwright/test';
import { newCreditCode, waitFor } from '@alliance/testing';
import { ADMIN_USERNAME, buildConsole, ConsoleStack, launchChromium } from './support/console-stack';
import { checkPage, SCREENSHOTS, type PageCheck } from './support/pages';

const CENTRE = '锦江小太阳托育中心';
const OTHER = '青羊小橡树托育园';
const NOTICE = '关于开展2027年度普惠托位摸底的通知';

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
 * Policy coordination in Chromium, with membership and coordination running as processes: an admin publishes
 * a notice to be acknowledged by one district, the district's representative finds it on the to-do list and
 * acknowledges it, the admin sees the figure change; a meeting's rotating QR sign-in code signs the
 * representative in. What the scenarios start from is set up through the gateway's API.
 */
describe('the console for policy coordination (membership and coordination running)', () => {
  const stack = new ConsoleStack(['membership', 'coordination']);
  let browser: Browser;
  let admin: string;
  let adminPerson: Person;
  let centreId = '';
  let rep: Person;
  let noticeId = '';

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

  beforeAll(async () => {
    buildConsole();
    await stack.start();
    browser = await launchChromium();
    admin = await login(ADMIN_USERNAME, stack.adminPassword);
    adminPerson = { id: '', username: ADMIN_USERNAME, password: stack.adminPassword, token: admin };
    centreId = await admitted(CENTRE, 'jinjiang');
    const otherId = await admitted(OTHER, 'qingyang');
    rep = await account('rep-coord', 'member_rep', centreId);
    // Coordination learns of members from membership's events: a notice to both, without acknowledgement,
    // is published once it knows them (422 before).
    const probe = await call<{ id: string }>(admin, 'POST', '/api/v1/notices', {
      title: '联盟简讯',
      body: '本月联盟动态。',
      category: 'notice',
      issuer: '成都市托育服务联盟秘书处',
      audience: { kind: 'members', organisationIds: [centreId, otherId] },
      requiresAcknowledgement: false,
    });
    await waitFor(
      async () =>
        call(admin, 'POST', `/api/v1/notices/${probe.id}/publish`, { expectedVersion: 1 }).then(
          () => true,
          () => false,
        ),
      { timeoutMs: 60_000, intervalMs: 500, what: 'coordination to know the members' },
    );
  });

  afterAll(async () => {
    await browser?.close();
    await stack.stop();
  });

  async function signedIn(person: { username: string; password: string }): Promise<{
    context: BrowserContext;
    page: Page;
  }> {
    const context = await browser.newContext({
      locale: 'zh-CN',
      timezoneId: 'Europe/London', // not the alliance's: times typed and shown are still Chengdu's
      viewport: { width: 1280, height: 860 },
    });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    (page as Page & { errors: string[] }).errors = errors;
    await page.goto(`${stack.baseUrl}/login`);
    await page.getByLabel('用户名').fill(person.username);
    await page.getByLabel('密码').fill(person.password);
    await page.getByRole('button', { name: '登 录' }).click();
    await page.getByTestId('current-user').waitFor();
    return { context, page };
  }

  /**
   * An option of the select labelled `label` inside `within` (the open dialog), once its list has finished
   * opening (antd animates it in; a click during the animation can miss), checked chosen.
   */
  async function choose(page: Page, within: Locator, label: string, option: string) {
    const select = within
      .getByLabel(label, { exact: true })
      .locator(`xpath=ancestor::div[contains(concat(' ', normalize-space(@class), ' '), ' ant-select ')][1]`);
    await waitFor(
      async () => {
        await within.getByLabel(label, { exact: true }).click();
        await page.waitForTimeout(300);
        await page
          .locator('.ant-select-dropdown:visible .ant-select-item-option')
          .filter({ hasText: option })
          .first()
          .click({ timeout: 5_000 })
          .catch(() => undefined);
        await page.waitForTimeout(200);
        return (await select.innerText()).includes(option);
      },
      { timeoutMs: 30_000, intervalMs: 200, what: `${option} chosen for ${label}` },
    );
  }

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

  it('admin: drafts a notice to be acknowledged by the Jinjiang district and publishes it', async () => {
    const { context, page } = await signedIn(adminPerson);
    const checks: PageCheck[] = [];
    try {
      await page.getByRole('navigation').getByRole('link', { name: '通知公告', exact: true }).click();
      await page.getByRole('heading', { name: '通知公告', level: 2 }).waitFor();
      await page.getByRole('button', { name: '起草通知' }).click();
      const form = await dialog(page);
      await form.getByLabel('标题').fill(NOTICE);
      await choose(page, form, '类别', '政策文件');
      await form.getByLabel('发文单位').fill('成都市卫生健康委员会');
      await form.getByLabel('正文').fill('# 摸底要求\n\n请各机构于截止日期前签收，并<b>如实</b>填报。');
      await choose(page, form, '发送范围', '按区县');
      await choose(page, form, '区县', '锦江区');
      // Closes the multiple select's list (Escape would close the dialog).
      await form.getByText('发文单位').click();
      await form.getByRole('switch').click();
      const deadline = form.getByLabel('签收截止（北京时间）');
      await deadline.click();
      await deadline.fill(`${shanghaiDate(7)} 18:00`);
      await deadline.press('Enter');
      await form.getByLabel('截止前几天提醒').fill('2');
      await form.getByRole('button', { name: '保 存' }).click();

      await page.waitForURL(/\/notices\/[0-9a-f-]{36}$/);
      noticeId = page.url().split('/').pop() ?? '';
      await page.getByRole('heading', { name: NOTICE }).waitFor();
      expect(await page.getByTestId('notice-status').innerText()).toBe('草稿');
      // Markdown is shown as written: the tag is text, not bold.
      expect(await page.getByTestId('markdown-body').innerText()).toContain('<b>如实</b>');
      checks.push(await checkPage(page, 'zh-CN', 'coordination-notice-draft'));

      await page.getByRole('button', { name: '发 布' }).click();
      await waitFor(async () => (await page.getByTestId('notice-status').innerText()) === '已发布', {
        timeoutMs: 15_000,
        what: 'the notice to show as published',
      });
      const figures = page.getByTestId('acknowledgement-figures');
      await figures.waitFor();
      await expect(figures.getByRole('row').filter({ hasText: CENTRE }).innerText()).resolves.toContain(
        '未签收',
      );
      expect(await page.getByTestId('acknowledged-total').innerText()).toContain('0');
      // Addressed to the district only.
      expect(await figures.getByRole('row').filter({ hasText: OTHER }).count()).toBe(0);
      checks.push(await checkPage(page, 'zh-CN', 'coordination-notice-published'));
      expectClean(checks, page);
    } catch (error) {
      await failureShot(page, 'coordination-admin-notice');
      throw error;
    } finally {
      await context.close();
    }
  });

  it('representative: finds the notice on the to-do list and acknowledges it with a reply', async () => {
    expect(noticeId).not.toBe('');
    const { context, page } = await signedIn(rep);
    const checks: PageCheck[] = [];
    try {
      // The menu's to-do entry counts what waits.
      await waitFor(
        async () =>
          Number(
            await page
              .getByTestId('task-count')
              .innerText()
              .catch(() => '0'),
          ) >= 1,
        {
          timeoutMs: 30_000,
          what: 'the to-do badge to count the notice',
        },
      );
      await page
        .getByRole('navigation')
        .getByRole('link', { name: /我的待办/ })
        .click();
      const row = page.getByRole('row').filter({ hasText: NOTICE });
      await row.waitFor();
      expect(await row.innerText()).toContain('通知签收');
      expect(await row.innerText()).toContain(`${shanghaiDate(7)} 18:00`);
      checks.push(await checkPage(page, 'zh-CN', 'coordination-tasks'));

      await row.getByRole('link').click();
      await page.waitForURL(new RegExp(`/notices/${noticeId}$`));
      await page.getByRole('button', { name: '签 收' }).click();
      const form = await dialog(page);
      await form.getByLabel('回复（可选）').fill('已收悉，按时填报');
      await form.getByRole('button', { name: '签 收' }).click();
      await page.getByTestId('own-acknowledgement').waitFor();
      expect(await page.getByRole('main').last().innerText()).toContain('已收悉，按时填报');
      checks.push(await checkPage(page, 'zh-CN', 'coordination-notice-acknowledged'));

      // Gone from the to-do list once acknowledged.
      await waitFor(
        async () => {
          await page.goto(`${stack.baseUrl}/tasks`);
          await page.getByRole('heading', { name: '我的待办', level: 2 }).waitFor();
          await page.locator('.ant-spin-spinning').first().waitFor({ state: 'detached' });
          return (await page.getByRole('row').filter({ hasText: NOTICE }).count()) === 0;
        },
        { timeoutMs: 20_000, intervalMs: 1000, what: 'the acknowledged notice to leave the to-do list' },
      );
      expectClean(checks, page);
    } catch (error) {
      await failureShot(page, 'coordination-rep-acknowledge');
      throw error;
    } finally {
      await context.close();
    }
  });

  it('admin: sees the district’s figure change and who acknowledged with what reply', async () => {
    const { context, page } = await signedIn(adminPerson);
    try {
      await page.goto(`${stack.baseUrl}/notices/${noticeId}`);
      const figures = page.getByTestId('acknowledgement-figures');
      await figures.waitFor();
      expect(await page.getByTestId('acknowledged-total').innerText()).toContain('1');
      const row = figures.getByRole('row').filter({ hasText: CENTRE });
      expect(await row.innerText()).toContain('已收悉，按时填报');
      expect(await row.innerText()).not.toContain('未签收');
      // The same pages in English: every string translated, nothing serious for axe.
      await page.getByText('English', { exact: true }).click();
      await page.getByText('Acknowledgements', { exact: true }).waitFor();
      const checks = [await checkPage(page, 'en', 'coordination-notice-figures')];
      for (const [path, heading] of [
        ['/notices', 'Notices'],
        ['/meetings', 'Meetings and visits'],
        ['/action-items', 'Action items'],
        ['/practices', 'Practice library'],
        ['/tasks', 'My to-do list'],
      ] as const) {
        await page.goto(`${stack.baseUrl}${path}`);
        await page.getByRole('heading', { name: heading, level: 2 }).waitFor();
        checks.push(await checkPage(page, 'en', `coordination${path.replace('/', '-')}`));
      }
      expectClean(checks, page);
    } catch (error) {
      await failureShot(page, 'coordination-admin-figures');
      throw error;
    } finally {
      await context.close();
    }
  });

  it('meeting: the organiser shows the rotating QR code, the representative signs in through its address', async () => {
    const startsAt = new Date(Date.now() + 60 * 60_000);
    const meeting = await call<{ id: string }>(admin, 'POST', '/api/v1/meetings', {
      kind: 'alliance_meeting',
      title: '联盟第四季度工作例会',
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(),
      place: { kind: 'address', address: '成都市锦江区东大街 1 号 5 楼会议室' },
      agenda: ['普惠托位摸底情况通报', '2027 年培训计划'],
      invitees: { kind: 'alliance' },
    });
    const organiser = await signedIn(adminPerson);
    const member = await signedIn(rep);
    const checks: PageCheck[] = [];
    try {
      await organiser.page.goto(`${stack.baseUrl}/meetings/${meeting.id}`);
      await organiser.page.getByText('2027 年培训计划').waitFor();
      await organiser.page.getByRole('button', { name: '显示签到二维码' }).click();
      const qr = organiser.page.getByTestId('sign-in-qr');
      await qr.getByRole('img', { name: '会议签到二维码' }).waitFor();
      const url = await organiser.page.getByTestId('sign-in-url').innerText();
      expect(url).toMatch(new RegExp(`/meetings/${meeting.id}/sign-in\\?code=`));
      checks.push(await checkPage(organiser.page, 'zh-CN', 'coordination-meeting-qr'));

      // What the phone's camera opens.
      await member.page.goto(url.trim());
      await member.page.getByTestId('signed-in').waitFor();
      expect(await member.page.getByTestId('signed-in').innerText()).toBe('签到成功');
      checks.push(await checkPage(member.page, 'zh-CN', 'coordination-meeting-signed-in'));

      await organiser.page.reload();
      const attendance = organiser.page.getByTestId('attendance');
      await attendance.waitFor();
      await waitFor(async () => (await attendance.innerText()).includes('已签到 1 人'), {
        timeoutMs: 15_000,
        what: 'the attendance to count the sign-in',
      });
      expect(await attendance.getByRole('row').filter({ hasText: CENTRE }).innerText()).toContain('1');
      expectClean(checks.slice(0, 1), organiser.page);
      expectClean(checks.slice(1), member.page);
    } catch (error) {
      await failureShot(organiser.page, 'coordination-meeting-organiser');
      await failureShot(member.page, 'coordination-meeting-member');
      throw error;
    } finally {
      await organiser.context.close();
      await member.context.close();
    }
  });

  it('site visit: the admin schedules it in the browser, the representative answers from the to-do list with 3 people', async () => {
    const VISIT = '锦江区普惠托育机构实地参访';
    const organiser = await signedIn(adminPerson);
    const checks: PageCheck[] = [];
    let meetingId = '';
    try {
      const { page } = organiser;
      await page.getByRole('navigation').getByRole('link', { name: '会议与参访', exact: true }).click();
      await page.getByRole('heading', { name: '会议与参访', level: 2 }).waitFor();
      await page.getByRole('button', { name: '安排会议' }).click();
      const form = await dialog(page);
      await choose(page, form, '类型', '实地参访');
      await form.getByLabel('名称').fill(VISIT);
      await form.getByLabel('日期').fill(shanghaiDate(3));
      await form.getByLabel('开始时间').fill('09:30');
      await form.getByLabel('结束时间').fill('11:30');
      await form.getByLabel('地址', { exact: true }).fill('成都市锦江区东大街 1 号');
      await form.getByLabel('议程').fill('参观托育园区\n座谈交流');
      await form.getByRole('button', { name: '保 存' }).click();
      await page.waitForURL(/\/meetings\/[0-9a-f-]{36}$/);
      meetingId = page.url().split('/').pop() ?? '';
      await page.getByRole('heading', { name: VISIT }).waitFor();
      // Chengdu's wall clock, whatever the browser's zone.
      expect(await page.getByRole('main').last().innerText()).toContain(`${shanghaiDate(3)} 09:30–11:30`);
      checks.push(await checkPage(page, 'zh-CN', 'coordination-meeting-scheduled'));
      expectClean(checks, page);
    } catch (error) {
      await failureShot(organiser.page, 'coordination-meeting-schedule');
      throw error;
    } finally {
      await organiser.context.close();
    }

    const member = await signedIn(rep);
    try {
      const { page } = member;
      const row = page.getByRole('row').filter({ hasText: VISIT });
      await waitFor(
        async () => {
          await page.goto(`${stack.baseUrl}/tasks`);
          await page.getByRole('heading', { name: '我的待办', level: 2 }).waitFor();
          await page.locator('.ant-spin-spinning').first().waitFor({ state: 'detached' });
          return (await row.count()) > 0;
        },
        { timeoutMs: 20_000, intervalMs: 1000, what: 'the invitation on the to-do list' },
      );
      expect(await row.innerText()).toContain('会议回执');
      await row.getByRole('link').click();
      await page.waitForURL(new RegExp(`/meetings/${meetingId}$`));
      await page.getByLabel('人数').fill('3');
      await page.getByRole('button', { name: '提交回执' }).click();
      await page.getByText('已保存').first().waitFor();
      expectClean([], page);
    } catch (error) {
      await failureShot(member.page, 'coordination-meeting-rsvp');
      throw error;
    } finally {
      await member.context.close();
    }

    const again = await signedIn(adminPerson);
    try {
      await again.page.goto(`${stack.baseUrl}/meetings/${meetingId}`);
      await again.page.getByRole('heading', { name: VISIT }).waitFor();
      const invited = again.page.getByRole('row').filter({ hasText: CENTRE }).first();
      expect(await invited.innerText()).toContain('参加 · 3');
    } finally {
      await again.context.close();
    }
  });

  it('practice library: the admin adds an entry with tags and publishes it, found by a Chinese search', async () => {
    const TITLE = '社区嵌入式托育点医育结合实践';
    const { context, page } = await signedIn(adminPerson);
    const checks: PageCheck[] = [];
    try {
      await page.getByRole('navigation').getByRole('link', { name: '南部经验', exact: true }).click();
      await page.getByRole('heading', { name: '南部经验', level: 2 }).waitFor();
      await page.getByRole('button', { name: '新增经验' }).click();
      const form = await dialog(page);
      await form.getByLabel('标题').fill(TITLE);
      await form.getByLabel('摘要').fill('社区卫生服务中心医生每周驻点，开展儿童健康监测与家长指导。');
      await form.getByLabel('正文').fill('## 做法\n\n1. 医生驻点\n2. 健康档案共享');
      const tags = form.getByLabel('标签', { exact: true });
      await tags.fill('医育结合');
      await tags.press('Enter');
      await tags.fill('社区托育');
      await tags.press('Enter');
      await form.getByText('摘要').click();
      await form.getByRole('button', { name: '保 存' }).click();
      await page.waitForURL(/\/practices\/[0-9a-f-]{36}$/);
      await page.getByRole('heading', { name: TITLE }).waitFor();
      await page.getByRole('button', { name: '发 布' }).click();
      await page.getByRole('heading', { name: TITLE }).getByText('已发布').waitFor();
      checks.push(await checkPage(page, 'zh-CN', 'coordination-practice'));

      await page.goto(`${stack.baseUrl}/practices`);
      const search = page.getByLabel('搜索标题、摘要、标签');
      await search.fill('驻点');
      await search.press('Enter');
      const row = page.getByRole('row').filter({ hasText: TITLE });
      await row.waitFor();
      expect(await row.innerText()).toContain('医育结合');
      await search.fill('养老');
      await search.press('Enter');
      await row.waitFor({ state: 'detached' });
      checks.push(await checkPage(page, 'zh-CN', 'coordination-practices'));
      expectClean(checks, page);
    } catch (error) {
      await failureShot(page, 'coordination-practice');
      throw error;
    } finally {
      await context.close();
    }
  });
});
