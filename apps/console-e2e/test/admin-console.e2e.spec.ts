import type { Browser, BrowserContext, Page } from '@playwright/test';
import { newCreditCode } from '@alliance/testing';
import {
  ADMIN_USERNAME,
  buildConsole,
  bundleSize,
  ConsoleStack,
  launchChromium,
} from './support/console-stack';
import { checkPage, SCREENSHOTS, type PageCheck } from './support/pages';

const ORGANISATION = '南湖启航托育中心';
const SUSPENSION_REASON = '未按期提交年度安全自查报告';

describe('the web console in Chromium against the gateway and membership', () => {
  const stack = new ConsoleStack();
  let browser: Browser;
  let buildOutput = '';
  let memberPath = '';
  let creditCode = '';

  beforeAll(async () => {
    buildOutput = buildConsole();
    await stack.start();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await stack.stop();
  });

  async function newPage(locale: string): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({
      locale,
      timezoneId: 'Europe/London', // not the alliance's: the console must still show Asia/Shanghai times
      viewport: { width: 1280, height: 860 },
    });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      // A Content-Security-Policy refusal would show here first.
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
        errors.push(message.text());
    });
    (page as Page & { errors: string[] }).errors = errors;
    return { context, page };
  }

  async function logIn(page: Page, labels: { username: string; password: string; submit: string }) {
    if (!page.url().endsWith('/login')) {
      await page.goto(`${stack.baseUrl}/`);
      await page.waitForURL('**/login');
    }
    await page.getByLabel(labels.username).fill(ADMIN_USERNAME);
    await page.getByLabel(labels.password).fill(stack.adminPassword);
    await page.getByRole('button', { name: labels.submit }).click();
    await page.getByTestId('current-user').waitFor();
  }

  async function choose(page: Page, label: string, option: string) {
    await page.getByLabel(label, { exact: true }).click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: option })
      .first()
      .click();
  }

  async function chooseById(page: Page, id: string, option: string) {
    await page.locator(`#${id}`).click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: option })
      .first()
      .click();
  }

  function expectClean(checks: PageCheck[]) {
    // Every page's findings at once: { 'member-detail': [...] } for each page with any.
    const untranslated = Object.fromEntries(
      checks.filter((c) => c.untranslated.length).map((c) => [c.name, c.untranslated]),
    );
    const serious = Object.fromEntries(
      checks.filter((c) => c.violations.length).map((c) => [c.name, c.violations]),
    );
    expect({ pages: checks.length, untranslated, serious }).toEqual({
      pages: checks.length,
      untranslated: {},
      serious: {},
    });
  }

  it('builds with the initial JavaScript under 400 kB gzip, and says so', () => {
    const size = bundleSize();
    expect(buildOutput + JSON.stringify(size)).toMatch(/initial JavaScript|initialJsGzipBytes/);
    expect(size.initialJsGzipBytes).toBeGreaterThan(0);
    expect(size.initialJsGzipBytes).toBeLessThanOrEqual(400_000);
  });

  it('admin, in Chinese: logs in, applies and admits an organisation, finds it by a Chinese search, suspends it with a reason and sees the history', async () => {
    const { context, page } = await newPage('zh-CN');
    const checks: PageCheck[] = [];
    try {
      await page.goto(`${stack.baseUrl}/members`);
      await page.waitForURL('**/login');
      checks.push(await checkPage(page, 'zh-CN', 'login'));
      await logIn(page, { username: '用户名', password: '密码', submit: '登 录' });
      // Back where the user wanted to go.
      await page.waitForURL('**/members');
      await page.getByRole('heading', { name: '成员单位' }).waitFor();

      // Apply: the credit code is checked while typed.
      await page.getByRole('navigation').getByRole('link', { name: '申请入盟' }).click();
      await page.getByRole('heading', { name: '申请入盟' }).waitFor();
      const code = newCreditCode('510107');
      creditCode = code;
      const wrongCheck = code.slice(0, 17) + (code[17] === '0' ? '1' : '0');
      await page.getByLabel('统一社会信用代码').fill(wrongCheck.slice(0, 10));
      await page.getByText('应为 18 位，已输入 10 位').waitFor();
      await page.getByLabel('统一社会信用代码').fill(wrongCheck);
      await page.getByText('校验位不正确，请核对代码').waitFor();
      await page.getByLabel('统一社会信用代码').fill(code.toLowerCase());
      await page.getByText('校验位不正确，请核对代码').waitFor({ state: 'detached' });
      await page.getByLabel('单位名称').fill(ORGANISATION);
      await page.getByLabel('英文名称').fill('Nanhu Qihang Childcare Centre');
      await choose(page, '所在区县', '高新区');
      await choose(page, '单位类型', '托育机构');
      await choose(page, '举办性质', '民办');
      await page.getByLabel('地址').fill('成都市高新区南湖路 88 号');
      await page.getByLabel('核定托位').fill('80');
      await page.getByLabel('普惠托位').fill('50');
      await page.getByLabel('姓名').fill('李园长');
      await page.getByLabel('职务').fill('园长');
      await page.getByLabel('电话').fill('13800000000');
      checks.push(await checkPage(page, 'zh-CN', 'apply'));
      await page.getByRole('button', { name: '提交申请' }).click();

      // The new organisation, awaiting admission.
      await page.waitForURL(/\/members\/[0-9a-f-]{36}$/);
      memberPath = new URL(page.url()).pathname;
      await page.getByRole('heading', { name: ORGANISATION }).waitFor();
      await expectStatus(page, '待审核');
      await page.getByRole('button', { name: '批准入盟' }).click();
      await confirmDialog(page, '批准入盟');
      await expectStatus(page, '已入盟');

      // Found by a Chinese search (two characters from inside the name).
      await page.getByRole('navigation').getByRole('link', { name: '成员单位' }).click();
      await page.getByRole('heading', { name: '成员单位' }).waitFor();
      await page.getByRole('searchbox', { name: '搜索成员单位' }).fill('启航');
      await page.getByRole('searchbox', { name: '搜索成员单位' }).press('Enter');
      await page.waitForURL(/q=/);
      const rows = page.locator('.ant-table-tbody tr.ant-table-row');
      await expect(rows).toHaveTexts([ORGANISATION]);
      checks.push(await checkPage(page, 'zh-CN', 'members-search'));
      await rows.getByRole('link', { name: ORGANISATION }).click();

      // Suspended with a reason, which the history shows.
      await page.getByRole('heading', { name: ORGANISATION }).waitFor();
      await page.getByRole('button', { name: '暂停资格' }).click();
      const dialog = page.getByRole('dialog');
      await confirmDialog(page, '暂停资格');
      await dialog.getByText('请填写原因').waitFor();
      await dialog.getByLabel('原因').fill(SUSPENSION_REASON);
      await dialog.getByRole('button', { name: '暂停资格' }).click();
      await expectStatus(page, '已暂停');
      const history = page.locator('.ant-card').filter({ hasText: '变更记录' });
      const suspended = history.locator('tr').filter({ hasText: SUSPENSION_REASON });
      await suspended.waitFor();
      expect(await suspended.innerText()).toContain('暂停资格');
      expect(await suspended.innerText()).toContain('已入盟 → 已暂停');
      expect(await history.locator('tbody tr.ant-table-row').count()).toBe(3); // applied, admitted, suspended
      // Times in Chengdu: the history's times are within a minute of now in Asia/Shanghai.
      const now = new Intl.DateTimeFormat('sv-SE', {
        timeZone: 'Asia/Shanghai',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
      }).format(new Date());
      expect(await suspended.innerText()).toContain(now.slice(0, 13).replace('T', ' '));
      checks.push(await checkPage(page, 'zh-CN', 'member-detail'));

      checks.push(
        ...(await visitAreas(page, 'zh-CN', {
          概览: 'overview',
          工作小组: 'working-groups',
          账号管理: 'accounts',
        })),
      );
      expectClean(checks);
      expect((page as Page & { errors: string[] }).errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows the same pages in English with no untranslated key, and a stale change as a conflict', async () => {
    const { context, page } = await newPage('en-GB');
    const checks: PageCheck[] = [];
    try {
      await page.goto(`${stack.baseUrl}/login`);
      await page.getByText('English', { exact: true }).click();
      await page.getByRole('button', { name: 'Log in' }).waitFor();
      checks.push(await checkPage(page, 'en', 'login'));
      await logIn(page, { username: 'Username', password: 'Password', submit: 'Log in' });
      checks.push(await checkPage(page, 'en', 'overview'));

      await page.getByRole('navigation').getByRole('link', { name: 'Member organisations' }).click();
      await page.getByRole('searchbox', { name: 'Search member organisations' }).fill('启航');
      await page.getByRole('searchbox', { name: 'Search member organisations' }).press('Enter');
      await page.getByRole('link', { name: ORGANISATION }).waitFor();
      checks.push(await checkPage(page, 'en', 'members-search'));

      await page.goto(stack.baseUrl + memberPath);
      await expectStatus(page, 'Suspended');
      await page.getByText('Suspended → Suspended').waitFor({ state: 'detached' });
      expect(await page.locator('tr').filter({ hasText: SUSPENSION_REASON }).innerText()).toContain(
        'Admitted → Suspended',
      );
      checks.push(await checkPage(page, 'en', 'member-detail'));

      // Someone else reinstates the organisation meanwhile: this page's "Reinstate" is now stale.
      const other = await newPage('en-GB');
      try {
        await other.page.goto(`${stack.baseUrl}/login`);
        await other.page.getByText('English', { exact: true }).click();
        await logIn(other.page, { username: 'Username', password: 'Password', submit: 'Log in' });
        await other.page.goto(stack.baseUrl + memberPath);
        await other.page.getByRole('button', { name: 'Reinstate' }).click();
        await confirmDialog(other.page, 'Reinstate');
        await other.page.getByRole('dialog').waitFor({ state: 'hidden' });
        await expectStatus(other.page, 'Admitted');
      } catch (error) {
        await other.page.screenshot({ path: `${SCREENSHOTS}/failed-en-other-reinstate.png`, fullPage: true });
        throw error;
      } finally {
        await other.context.close();
      }
      await page.getByRole('button', { name: 'Reinstate' }).click();
      await confirmDialog(page, 'Reinstate');
      const conflict = page.getByRole('alert').filter({ hasText: 'Someone else changed this organisation' });
      await conflict.waitFor();
      expect(await conflict.innerText()).toMatch(/version conflict|Not allowed in the current status/);
      await expectStatus(page, 'Admitted');
      checks.push(await checkPage(page, 'en', 'member-conflict'));

      await page.getByRole('navigation').getByRole('link', { name: 'Apply to join' }).click();
      await page.getByLabel('Unified social credit code').fill('91510100MA6');
      await page.getByText('18 characters needed, 11 entered').waitFor();
      checks.push(await checkPage(page, 'en', 'apply'));

      // The gateway's field errors (problem+json `errors`) appear next to their fields: first the phone,
      // which only the contracts check, then the credit code, already used by the organisation above.
      await page.locator('#creditCode').fill(creditCode);
      await page.locator('#name').fill('Second application of the same centre');
      await chooseById(page, 'districtCode', '高新区');
      await chooseById(page, 'kind', 'Childcare centre');
      await chooseById(page, 'ownership', 'Private');
      await page.locator('#address').fill('88 Nanhu Road, Hi-tech Zone, Chengdu');
      await page.locator('#licensedPlaces').fill('20');
      await page.locator('#affordablePlaces').fill('10');
      await page.locator('#contacts_0_name').fill('Li Wei');
      await page.locator('#contacts_0_role').fill('Director');
      await page.locator('#contacts_0_phone').fill('12345');
      await page.getByRole('button', { name: 'Submit application' }).click();
      await page.locator('#contacts_0_phone_help').filter({ hasText: 'mainland mobile' }).waitFor();
      await page.locator('#contacts_0_phone').fill('028-85001234');
      await page.getByRole('button', { name: 'Submit application' }).click();
      await page.locator('#creditCode_help').filter({ hasText: 'already applying or a member' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/members/apply');
      checks.push(await checkPage(page, 'en', 'apply-refused'));

      checks.push(
        ...(await visitAreas(page, 'en', { 'Working groups': 'working-groups', Accounts: 'accounts' })),
      );
      expectClean(checks);
      expect((page as Page & { errors: string[] }).errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('returns to the login page on a 401 from any request, and back after logging in', async () => {
    const { context, page } = await newPage('zh-CN');
    try {
      await logIn(page, { username: '用户名', password: '密码', submit: '登 录' });
      await page.goto(stack.baseUrl + memberPath);
      await expectStatus(page, '已入盟');
      // The token stops being accepted (as when it expires or the account is disabled).
      await page.evaluate(() => {
        const key = 'alliance.console.session';
        const session = JSON.parse(sessionStorage.getItem(key) ?? '{}');
        sessionStorage.setItem(key, JSON.stringify({ ...session, token: 'not-a-valid-token' }));
      });
      await page.goto(`${stack.baseUrl}/working-groups`);
      await page.waitForURL('**/login');
      await page.getByText('登录已失效，请重新登录。').waitFor();
      await page.getByLabel('用户名').fill(ADMIN_USERNAME);
      await page.getByLabel('密码').fill(stack.adminPassword);
      await page.getByRole('button', { name: '登 录' }).click();
      await page.waitForURL('**/working-groups');
    } finally {
      await context.close();
    }
  });

  async function visitAreas(
    page: Page,
    language: string,
    areas: Record<string, string>,
  ): Promise<PageCheck[]> {
    const checks: PageCheck[] = [];
    for (const [label, name] of Object.entries(areas)) {
      await page.getByRole('navigation').getByRole('link', { name: label }).click();
      await page.getByRole('heading', { level: 2 }).first().waitFor();
      checks.push(await checkPage(page, language, name));
    }
    return checks;
  }
});

/** The dialog's button, once the dialog has finished opening (antd animates it in). */
async function confirmDialog(page: Page, name: string) {
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await page.waitForTimeout(400);
  await dialog.getByRole('button', { name }).click();
}

async function expectStatus(page: Page, status: string) {
  await page.getByTestId('member-status').filter({ hasText: status }).waitFor();
}

// A small matcher over Playwright locators without @playwright/test's expect.
declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    interface Matchers<R> {
      toHaveTexts(texts: string[]): Promise<R>;
    }
  }
}
expect.extend({
  async toHaveTexts(locator: import('@playwright/test').Locator, texts: string[]) {
    let last: string[] = [];
    for (let i = 0; i < 50; i++) {
      last = (await locator.allInnerTexts()).map((t) => t.split('\t')[0].trim());
      if (JSON.stringify(last) === JSON.stringify(texts)) return { pass: true, message: () => 'texts match' };
      await new Promise((r) => setTimeout(r, 200));
    }
    return {
      pass: false,
      message: () => `expected rows ${JSON.stringify(texts)}, saw ${JSON.stringify(last)}`,
    };
  },
});
