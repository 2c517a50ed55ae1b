import { DEFAULT_ADMIN_PASSWORD, gatewayConfigFromEnv } from './gateway-config';

describe('gatewayConfigFromEnv', () => {
  const production = {
    NODE_ENV: 'production',
    JWT_SECRET: 'a-real-secret',
    ADMIN_PASSWORD: 'a-real-password',
  };

  it('starts in production with a secret and a chosen admin password', () => {
    expect(gatewayConfigFromEnv(production).adminPassword).toBe('a-real-password');
  });

  it('refuses production without JWT_SECRET', () => {
    expect(() => gatewayConfigFromEnv({ ...production, JWT_SECRET: '' })).toThrow(/JWT_SECRET/);
  });

  it('refuses production with the default admin password, given or left out', () => {
    expect(() => gatewayConfigFromEnv({ ...production, ADMIN_PASSWORD: DEFAULT_ADMIN_PASSWORD })).toThrow(
      /ADMIN_PASSWORD/,
    );
    expect(() => gatewayConfigFromEnv({ ...production, ADMIN_PASSWORD: undefined })).toThrow(
      /ADMIN_PASSWORD/,
    );
  });

  it('keeps the default admin password outside production', () => {
    expect(gatewayConfigFromEnv({}).adminPassword).toBe(DEFAULT_ADMIN_PASSWORD);
  });

  it('allows no CORS origin unless CORS_ORIGINS names some', () => {
    expect(gatewayConfigFromEnv({}).corsOrigins).toEqual([]);
    expect(
      gatewayConfigFromEnv({ CORS_ORIGINS: 'https://console.example.cn, http://localhost:5173' }).corsOrigins,
    ).toEqual(['https://console.example.cn', 'http://localhost:5173']);
  });

  it('believes no proxy unless TRUST_PROXY names hops or addresses, and never every client', () => {
    expect(gatewayConfigFromEnv({}).trustProxy).toBeUndefined();
    expect(gatewayConfigFromEnv({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(gatewayConfigFromEnv({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toBe(
      'loopback, 10.0.0.0/8',
    );
    expect(() => gatewayConfigFromEnv({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY/);
  });

  it('reads the login lockout settings', () => {
    expect(
      gatewayConfigFromEnv({
        LOGIN_LOCKOUT_FAILURES: '3',
        LOGIN_LOCKOUT_MS: '1000',
        LOGIN_LOCKOUT_MAX_MS: '4000',
      }).loginLockout,
    ).toEqual({ failures: 3, baseMs: 1000, maxMs: 4000 });
  });
});
