import { waitFor } from '@alliance/testing';
import { ADMIN_PASSWORD, ADMIN_USERNAME, GatewayHarness, type HttpAnswer } from './support/gateway-harness';

const CONSOLE_ORIGIN = 'https://console.alliance.example';
const LOCKOUT = { failures: 3, baseMs: 1500, maxMs: 3000 };

function expectProblem(answer: HttpAnswer, status: number, code: string): void {
  expect({ status: answer.status, code: answer.body?.code }).toEqual({ status, code });
  expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
}

describe('account security: temporary passwords, login lockout, account trail, headers, CORS (gateway alone)', () => {
  // None of this needs a service: the gateway owns accounts, logins and headers.
  const h = new GatewayHarness('gw-security', {
    membership: false,
    gateway: {
      loginLockout: LOCKOUT,
      // The per-address throttle is set out of the way, so that the per-username lockout is what answers.
      loginRateLimit: { limit: 1000, ttlMs: 60_000 },
      corsOrigins: [CONSOLE_ORIGIN],
    },
  });
  let admin: string;
  let adminId: string;

  beforeAll(async () => {
    await h.start();
    admin = await h.adminToken();
    adminId = (await h.request('GET', '/api/v1/auth/me', { token: admin })).body.id as string;
  });
  afterAll(() => h.stop());

  async function createAccount(username: string, password: string, role = 'viewer'): Promise<string> {
    const created = await h.request('POST', '/api/v1/accounts', {
      token: admin,
      body: { username, password, role },
    });
    expect(created.status).toBe(201);
    expect(created.body.mustChangePassword).toBe(true);
    return created.body.id as string;
  }

  function login(username: string, password: string): Promise<HttpAnswer> {
    return h.request('POST', '/api/v1/auth/login', { body: { username, password } });
  }

  describe('a password an admin set is temporary', () => {
    it('gives a token that only changes the password, until the owner has chosen its own', async () => {
      const id = await createAccount('new-viewer', 'set-by-admin-1');
      const first = await login('new-viewer', 'set-by-admin-1');
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ mustChangePassword: true, account: { mustChangePassword: true } });
      const temporary = first.body.accessToken as string;

      for (const [method, path] of [
        ['GET', '/api/v1/auth/me'],
        ['GET', '/api/v1/members'],
        ['GET', '/api/v1/districts'],
      ] as const) {
        const refused = await h.request(method, path, { token: temporary });
        expectProblem(refused, 403, 'FORBIDDEN');
        expect(refused.body).toMatchObject({
          passwordChangeRequired: true,
          detail: expect.stringContaining('/api/v1/auth/password'),
        });
      }

      const wrongCurrent = await h.request('POST', '/api/v1/auth/password', {
        token: temporary,
        body: { currentPassword: 'not-it-at-all', newPassword: 'chosen-by-owner-1' },
      });
      expectProblem(wrongCurrent, 400, 'VALIDATION_FAILED');
      expect(wrongCurrent.body.errors.map((e: { field: string }) => e.field)).toEqual(['currentPassword']);
      const tooShort = await h.request('POST', '/api/v1/auth/password', {
        token: temporary,
        body: { currentPassword: 'set-by-admin-1', newPassword: 'short' },
      });
      expect(tooShort.body.errors.map((e: { field: string }) => e.field)).toEqual(['newPassword']);

      const changed = await h.request('POST', '/api/v1/auth/password', {
        token: temporary,
        body: { currentPassword: 'set-by-admin-1', newPassword: 'chosen-by-owner-1' },
      });
      expect({ status: changed.status, must: changed.body.mustChangePassword }).toEqual({
        status: 200,
        must: false,
      });
      // The same token now works everywhere its role allows.
      expect((await h.request('GET', '/api/v1/auth/me', { token: temporary })).status).toBe(200);
      expect((await login('new-viewer', 'set-by-admin-1')).status).toBe(401);
      const again = await login('new-viewer', 'chosen-by-owner-1');
      expect(again.body.mustChangePassword).toBe(false);

      // An admin's reset makes it temporary again.
      const reset = await h.request('PATCH', `/api/v1/accounts/${id}`, {
        token: admin,
        body: { password: 'reset-by-admin-2' },
      });
      expect(reset.body.mustChangePassword).toBe(true);
      const afterReset = await login('new-viewer', 'reset-by-admin-2');
      expect(afterReset.body.mustChangePassword).toBe(true);
      expectProblem(
        await h.request('GET', '/api/v1/auth/me', { token: afterReset.body.accessToken }),
        403,
        'FORBIDDEN',
      );
    });

    it('does not ask the first admin from configuration to change its password', async () => {
      const first = await login(ADMIN_USERNAME, ADMIN_PASSWORD);
      expect(first.body.mustChangePassword).toBe(false);
    });
  });

  describe('repeated failed logins slow down the username', () => {
    it('refuses the username with 429 and Retry-After, even with the right password, until the window passes', async () => {
      await createAccount('guessed-name', 'right-password-1');
      await createAccount('bystander', 'bystander-password');
      for (let i = 0; i < LOCKOUT.failures; i++) {
        expectProblem(await login('guessed-name', `wrong-${i}-password`), 401, 'UNAUTHENTICATED');
      }
      const lockedAt = Date.now();
      const locked = await login('guessed-name', 'right-password-1');
      expectProblem(locked, 429, 'RATE_LIMITED');
      const retryAfter = Number(locked.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(Math.ceil(LOCKOUT.maxMs / 1000));
      expect(locked.body.retryAfterSeconds).toBe(retryAfter);
      // Letter case does not make it another username.
      expectProblem(await login('GUESSED-NAME', 'right-password-1'), 429, 'RATE_LIMITED');

      // Another username from the same client is not affected.
      expect((await login('bystander', 'bystander-password')).status).toBe(200);

      // The window passes (the test's is short); then the right password works again.
      const unlocked = await waitFor(
        async () => {
          const answer = await login('guessed-name', 'right-password-1');
          if (answer.status !== 200 && answer.status !== 429) throw new Error(`unexpected ${answer.status}`);
          return answer.status === 200 ? answer : null;
        },
        { timeoutMs: LOCKOUT.maxMs + 5000, intervalMs: 200, what: 'the lockout to end' },
      );
      expect(unlocked.status).toBe(200);
      // Not before the window (the database's clock started it just before the last failure answered).
      expect(Date.now() - lockedAt).toBeGreaterThanOrEqual(LOCKOUT.baseMs - 300);

      // A success starts the count afresh: one more failure is a plain 401, not a lockout.
      expectProblem(await login('guessed-name', 'wrong-again-password'), 401, 'UNAUTHENTICATED');
      expect((await login('guessed-name', 'right-password-1')).status).toBe(200);
    });

    it('lets an admin lift a lockout by resetting the password', async () => {
      const id = await createAccount('locked-out', 'locked-out-password');
      for (let i = 0; i < LOCKOUT.failures; i++) await login('locked-out', `wrong-${i}-password`);
      expectProblem(await login('locked-out', 'locked-out-password'), 429, 'RATE_LIMITED');
      await h.request('PATCH', `/api/v1/accounts/${id}`, {
        token: admin,
        body: { password: 'fresh-start-password' },
      });
      expect((await login('locked-out', 'fresh-start-password')).status).toBe(200);
    });
  });

  describe('account changes are recorded with actor and time', () => {
    it('lists created, role changed, disabled, enabled, password reset and changed, newest first, per account, paged', async () => {
      const startedAt = new Date(Date.now() - 1000).toISOString();
      const id = await createAccount('audited-one', 'audited-temp-1', 'trainer');
      await h.request('PATCH', `/api/v1/accounts/${id}`, { token: admin, body: { role: 'inspector' } });
      await h.request('PATCH', `/api/v1/accounts/${id}`, { token: admin, body: { disabled: true } });
      await h.request('PATCH', `/api/v1/accounts/${id}`, { token: admin, body: { disabled: false } });
      await h.request('PATCH', `/api/v1/accounts/${id}`, {
        token: admin,
        body: { password: 'audited-temp-2' },
      });
      const token = (await login('audited-one', 'audited-temp-2')).body.accessToken as string;
      await h.changePassword(token, 'audited-temp-2', 'audited-own-3');

      const listed = await h.request('GET', `/api/v1/accounts/audit?accountId=${id}`, { token: admin });
      expect(listed.status).toBe(200);
      expect(listed.body.items.map((e: { action: string }) => e.action)).toEqual([
        'password_changed',
        'password_reset',
        'enabled',
        'disabled',
        'role_changed',
        'created',
      ]);
      expect(listed.body.nextCursor).toBeNull();
      const [changed, reset, , , roleChanged, created] = listed.body.items;
      expect(changed.actor).toEqual({ id, username: 'audited-one' });
      expect(reset.actor).toEqual({ id: adminId, username: ADMIN_USERNAME });
      expect(roleChanged.details).toEqual({ from: 'trainer', to: 'inspector' });
      expect(created).toMatchObject({ accountId: id, username: 'audited-one', details: { role: 'trainer' } });
      for (const event of listed.body.items) expect(event.at >= startedAt).toBe(true);

      const pages: string[][] = [];
      let cursor: string | null = null;
      do {
        const page: HttpAnswer = await h.request(
          'GET',
          `/api/v1/accounts/audit?accountId=${id}&limit=4${cursor ? `&cursor=${cursor}` : ''}`,
          { token: admin },
        );
        pages.push(page.body.items.map((e: { action: string }) => e.action));
        cursor = page.body.nextCursor as string | null;
      } while (cursor);
      expect(pages).toEqual([
        ['password_changed', 'password_reset', 'enabled', 'disabled'],
        ['role_changed', 'created'],
      ]);

      // Unfiltered, the newest change of all comes first.
      const all = await h.request('GET', '/api/v1/accounts/audit?limit=1', { token: admin });
      expect(all.body.items[0]).toMatchObject({ accountId: id, action: 'password_changed' });
    });

    it('answers bad filters with 400 naming them', async () => {
      const answer = await h.request('GET', '/api/v1/accounts/audit?accountId=nope&limit=0&cursor=abc', {
        token: admin,
      });
      expectProblem(answer, 400, 'VALIDATION_FAILED');
      expect(answer.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
        'accountId',
        'cursor',
        'limit',
      ]);
    });
  });

  describe('security headers and CORS', () => {
    function expectSecurityHeaders(answer: HttpAnswer): void {
      expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
      expect(answer.headers.get('x-frame-options')).toBe('DENY');
      const csp = answer.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(answer.headers.get('x-powered-by')).toBeNull();
    }

    it('sends them on API answers, errors and health alike', async () => {
      expectSecurityHeaders(await h.request('GET', '/api/v1/accounts', { token: admin }));
      expectSecurityHeaders(await h.request('GET', '/api/v1/accounts'));
      expectSecurityHeaders(await h.request('GET', '/health'));
    });

    it('keeps Swagger UI working under the policy: no inline script, and its scripts load from the gateway', async () => {
      const ui = await h.request('GET', '/api/docs');
      expect(ui.status).toBe(200);
      expectSecurityHeaders(ui);
      const html = String(ui.body);
      // Every <script> has a src (an inline one would be blocked by script-src 'self').
      const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
      expect(scripts.length).toBeGreaterThan(0);
      for (const [, attributes, content] of scripts) {
        expect({ attributes, inline: content.trim() }).toEqual({
          attributes: expect.stringMatching(/src=/),
          inline: '',
        });
        const src = /src=["']([^"']+)["']/.exec(attributes)![1];
        const loaded = await fetch(new URL(src, `${h.baseUrl}/api/docs/`));
        expect({ src, status: loaded.status }).toEqual({ src, status: 200 });
      }
    });

    it('answers a configured origin’s preflight and requests, and no other origin', async () => {
      const preflight = await fetch(`${h.baseUrl}/api/v1/members`, {
        method: 'OPTIONS',
        headers: {
          origin: CONSOLE_ORIGIN,
          'access-control-request-method': 'GET',
          'access-control-request-headers': 'authorization',
        },
      });
      expect(preflight.status).toBeLessThan(300);
      expect(preflight.headers.get('access-control-allow-origin')).toBe(CONSOLE_ORIGIN);
      const simple = await h.request('GET', '/health', { headers: { origin: CONSOLE_ORIGIN } });
      expect(simple.headers.get('access-control-allow-origin')).toBe(CONSOLE_ORIGIN);
      const foreign = await h.request('GET', '/health', { headers: { origin: 'https://evil.example' } });
      expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    });
  });
});

describe('no CORS unless configured', () => {
  const h = new GatewayHarness('gw-no-cors', { membership: false });
  beforeAll(() => h.start());
  afterAll(() => h.stop());

  it('sends no Access-Control-Allow-Origin to any origin', async () => {
    const answer = await h.request('GET', '/health', { headers: { origin: CONSOLE_ORIGIN } });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${h.baseUrl}/api/v1/members`, {
      method: 'OPTIONS',
      headers: { origin: CONSOLE_ORIGIN, 'access-control-request-method': 'GET' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });
});
