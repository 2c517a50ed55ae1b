import { Client } from 'pg';
import { waitFor } from '@alliance/testing';
import { GatewayHarness } from './support/gateway-harness';

/**
 * The access guard answers from an in-memory copy of each account (AccountAccessCache). Two gateways
 * on one database and NATS, as two replicas: a change made through either must count on both at once.
 * The TTL is a minute here, so a refusal within the test can only come from invalidation; the first
 * test shows that the copies are really used (a change behind the gateways' back is not seen).
 */
describe('account changes reach every gateway at once', () => {
  const h = new GatewayHarness('account-cache', {
    membership: false,
    gateway: { accountCacheTtlMs: 60_000 },
  });
  let other = '';
  let admin = '';
  let db: Client;

  beforeAll(async () => {
    await h.start();
    other = await h.startAnotherGateway();
    admin = await h.adminToken();
    db = new Client({ connectionString: h.env.databaseUrl });
    await db.connect();
  }, 120_000);

  afterAll(async () => {
    await db?.end();
    await h.stop();
  });

  const me = (token: string, baseUrl?: string) => h.request('GET', '/api/v1/auth/me', { token, baseUrl });
  const patch = (id: string, body: Record<string, unknown>, baseUrl?: string) =>
    h.request('PATCH', `/api/v1/accounts/${id}`, { token: admin, body, baseUrl });
  const setDisabledInDatabase = (id: string, disabled: boolean) =>
    db.query(
      `UPDATE "${h.env.schema('gateway')}".accounts SET disabled_at = ${disabled ? 'now()' : 'NULL'} WHERE id = $1`,
      [id],
    );

  /** Both gateways have read the account (and would keep it for the TTL). */
  async function warm(token: string): Promise<void> {
    for (const baseUrl of [undefined, other]) expect((await me(token, baseUrl)).status).toBe(200);
  }

  it('answers from memory: a change in the database that no gateway announced waits for the TTL', async () => {
    const viewer = await h.account(admin, 'cached-viewer', 'viewer');
    await warm(viewer.token);
    await setDisabledInDatabase(viewer.id, true);
    try {
      for (const baseUrl of [undefined, other]) expect((await me(viewer.token, baseUrl)).status).toBe(200);
    } finally {
      await setDisabledInDatabase(viewer.id, false);
    }
  });

  it('refuses a disabled account on the other gateway at once, and accepts it again at once', async () => {
    const viewer = await h.account(admin, 'disabled-viewer', 'viewer');
    await warm(viewer.token);

    expect((await patch(viewer.id, { disabled: true })).status).toBe(200);
    const refused = await me(viewer.token, other);
    expect(refused.status).toBe(401);
    expect(refused.body.detail).toContain('disabled');
    expect((await me(viewer.token)).status).toBe(401);

    expect((await patch(viewer.id, { disabled: false }, other)).status).toBe(200);
    expect((await me(viewer.token)).status).toBe(200);
    expect((await me(viewer.token, other)).status).toBe(200);
  });

  it('applies a role change on the other gateway at once, both ways', async () => {
    const viewer = await h.account(admin, 'promoted-viewer', 'viewer');
    const accounts = (baseUrl?: string) =>
      h.request('GET', '/api/v1/accounts', { token: viewer.token, baseUrl });
    expect((await accounts(other)).status).toBe(403);
    expect((await accounts()).status).toBe(403);

    expect((await patch(viewer.id, { role: 'alliance_admin' })).status).toBe(200);
    expect((await accounts(other)).status).toBe(200);

    expect((await patch(viewer.id, { role: 'viewer' }, other)).status).toBe(200);
    expect((await accounts()).status).toBe(403);
    expect((await accounts(other)).status).toBe(403);
  });

  it('restricts a token at once when an admin resets the password, and lifts it once the owner sets one', async () => {
    const viewer = await h.account(admin, 'reset-viewer', 'viewer');
    await warm(viewer.token);

    expect((await patch(viewer.id, { password: 'temporary-again-1' })).status).toBe(200);
    const restricted = await me(viewer.token, other);
    expect(restricted.status).toBe(403);
    expect(restricted.body.passwordChangeRequired).toBe(true);

    // The owner changes it through the other gateway; the first one lets the token through again at once.
    const changed = await h.request('POST', '/api/v1/auth/password', {
      token: viewer.token,
      baseUrl: other,
      body: { currentPassword: 'temporary-again-1', newPassword: 'reset-viewer-own-2' },
    });
    expect(changed.status).toBe(200);
    expect((await me(viewer.token)).status).toBe(200);
  });

  it('sees a change no gateway announced once the TTL has passed', async () => {
    const shortLived = await h.startAnotherGateway({ accountCacheTtlMs: 300 });
    const viewer = await h.account(admin, 'ttl-viewer', 'viewer');
    expect((await me(viewer.token, shortLived)).status).toBe(200);
    await setDisabledInDatabase(viewer.id, true);
    await waitFor(async () => (await me(viewer.token, shortLived)).status === 401, {
      timeoutMs: 3000,
      intervalMs: 50,
      what: 'the short-lived copy to expire',
    });
  });
});
