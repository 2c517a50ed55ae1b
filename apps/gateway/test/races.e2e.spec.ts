import { application, GatewayHarness, type HttpAnswer } from './support/gateway-harness';

/*
 * Rules two requests could break together, each tried with the requests fired at once (Promise.all)
 * and repeated, since a race that is not enforced by a lock shows up only some of the time.
 */
describe('rules that two requests at once cannot break (gateway and membership over HTTP)', () => {
  const h = new GatewayHarness('gw-races');
  let admin: string;

  beforeAll(async () => {
    await h.start();
    admin = await h.adminToken();
  });
  afterAll(() => h.stop());

  async function enabledAdmins(token: string): Promise<string[]> {
    const listed = await h.request('GET', '/api/v1/accounts', { token });
    expect(listed.status).toBe(200);
    return (listed.body as Array<{ username: string; role: string; disabled: boolean }>)
      .filter((a) => a.role === 'alliance_admin' && !a.disabled)
      .map((a) => a.username);
  }

  it('keeps an enabled admin when the only two admins disable each other at the same moment', async () => {
    const rootId = (await h.request('GET', '/api/v1/auth/me', { token: admin })).body.id as string;
    const second = await h.account(admin, 'second-admin', 'alliance_admin');
    for (let round = 0; round < 6; round++) {
      expect(await enabledAdmins(admin)).toEqual(['root-admin', 'second-admin']);
      const [byRoot, bySecond] = await Promise.all([
        h.request('PATCH', `/api/v1/accounts/${second.id}`, { token: admin, body: { disabled: true } }),
        h.request('PATCH', `/api/v1/accounts/${rootId}`, { token: second.token, body: { disabled: true } }),
      ]);
      const statuses = [byRoot.status, bySecond.status].sort();
      // One wins; the other is refused: 409 (it would leave no admin) or 401 (its caller was disabled
      // first). Never both 200.
      expect({ round, ok: statuses.filter((s) => s === 200).length }).toEqual({ round, ok: 1 });
      expect([401, 409]).toContain(statuses.find((s) => s !== 200));
      const survivor = byRoot.status === 200 ? admin : second.token;
      expect(await enabledAdmins(survivor)).toHaveLength(1);
      const loser = byRoot.status === 200 ? second.id : rootId;
      const reenabled = await h.request('PATCH', `/api/v1/accounts/${loser}`, {
        token: survivor,
        body: { disabled: false },
      });
      expect(reenabled.status).toBe(200);
    }
  });

  it('gives an unbound representative applying twice at once exactly one organisation; the other answers 409', async () => {
    for (let round = 0; round < 3; round++) {
      const rep = await h.account(admin, `twice-rep-${round}`, 'member_rep');
      const name = `双重申请托育${round}`;
      const answers: HttpAnswer[] = await Promise.all(
        [1, 2].map(() =>
          h.request('POST', '/api/v1/members', { token: rep.token, body: application({ name }) }),
        ),
      );
      const statuses = answers.map((a) => a.status).sort();
      expect({ round, statuses }).toEqual({ round, statuses: [201, 409] });
      const refused = answers.find((a) => a.status === 409)!;
      expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(refused.body.code).toBe('CONFLICT');
      const created = answers.find((a) => a.status === 201)!;

      const listed = await h.request('GET', `/api/v1/members?q=${encodeURIComponent(name)}`, {
        token: admin,
      });
      expect(listed.body.items.map((m: { id: string }) => m.id)).toEqual([created.body.id]);
      const me = await h.request('GET', '/api/v1/auth/me', { token: rep.token });
      expect(me.body.organisationId).toBe(created.body.id);
    }
  });
});
