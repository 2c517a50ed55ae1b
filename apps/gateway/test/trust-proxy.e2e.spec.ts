import { GatewayHarness, type HttpAnswer } from './support/gateway-harness';

/**
 * Failed logins of one username from one client address (the login limit counts per address and username;
 * fewer failures than the per-username lockout needs).
 */
async function failedLogins(h: GatewayHarness, forwardedFor: string, count: number): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < count; i++) {
    const answer: HttpAnswer = await h.request('POST', '/api/v1/auth/login', {
      body: { username: 'zhang.wei', password: 'wrong-password-1' },
      headers: { 'x-forwarded-for': forwardedFor },
    });
    statuses.push(answer.status);
  }
  return statuses;
}

describe('behind a proxy the gateway is told to trust (TRUST_PROXY), the login limit counts each client', () => {
  const h = new GatewayHarness('gw-trust-proxy', {
    membership: false,
    gateway: { trustProxy: 'loopback', loginRateLimit: { limit: 2, ttlMs: 60_000 } },
  });
  beforeAll(() => h.start());
  afterAll(() => h.stop());

  it('limits the client the proxy names, not the proxy', async () => {
    expect(await failedLogins(h, '203.0.113.7', 3)).toEqual([401, 401, 429]);
    expect(await failedLogins(h, '198.51.100.9', 1)).toEqual([401]);
  });
});

describe('without TRUST_PROXY a forwarded address is not believed', () => {
  const h = new GatewayHarness('gw-no-trust-proxy', {
    membership: false,
    gateway: { loginRateLimit: { limit: 2, ttlMs: 60_000 } },
  });
  beforeAll(() => h.start());
  afterAll(() => h.stop());

  it('counts every request from this address together, whatever X-Forwarded-For says', async () => {
    expect(await failedLogins(h, '203.0.113.7', 2)).toEqual([401, 401]);
    expect(await failedLogins(h, '198.51.100.9', 1)).toEqual([429]);
  });
});
