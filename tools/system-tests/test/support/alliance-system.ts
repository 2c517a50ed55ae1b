import { randomBytes } from 'node:crypto';
import { freePort, ServiceProcess, TestEnvironment, waitFor } from '@alliance/testing';

export const ADMIN_USERNAME = 'system-admin';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read answers field by field
export interface HttpAnswer<T = any> {
  status: number;
  body: T;
}

export interface SystemOptions {
  /** Instances of each service, e.g. `{ membership: 1, training: 2 }`. */
  services: Record<string, number>;
  /** NATS for every process: one server, or a cluster's servers comma-separated. */
  natsUrl?: string;
  /** Further environment for every process (STREAM_REPLICAS, …). */
  env?: Record<string, string>;
  /** Environment of one service's processes. */
  serviceEnv?: Record<string, Record<string, string>>;
}

/**
 * The alliance platform as it runs in production: a gateway process and each service's processes (from
 * source), on this run's own schemas, subjects and streams. Requests go over real HTTP.
 */
export class AllianceSystem {
  readonly env: TestEnvironment;
  readonly adminPassword = `admin-${randomBytes(8).toString('hex')}`;
  private readonly processes = new Map<string, ServiceProcess[]>();
  private gateway?: ServiceProcess;
  baseUrl = '';

  constructor(
    label: string,
    private readonly options: SystemOptions,
  ) {
    this.env = new TestEnvironment(label);
  }

  get natsUrl(): string {
    return this.options.natsUrl ?? this.env.natsUrl;
  }

  private processEnv(service: string, extra: Record<string, string> = {}): Record<string, string> {
    return {
      ...this.env.serviceEnv(service),
      NATS_URL: this.natsUrl,
      ...this.options.env,
      ...this.options.serviceEnv?.[service],
      ...extra,
    };
  }

  async start(): Promise<void> {
    for (const [service, count] of Object.entries(this.options.services)) {
      const instances = Array.from({ length: count }, () =>
        new ServiceProcess(`apps/${service}/src/main.ts`, this.processEnv(service)).start(),
      );
      this.processes.set(service, instances);
    }
    const port = await freePort();
    this.gateway = new ServiceProcess(
      'apps/gateway/src/main.ts',
      this.processEnv('gateway', {
        PORT: String(port),
        HOST: '127.0.0.1',
        JWT_SECRET: randomBytes(32).toString('base64url'),
        ADMIN_USERNAME,
        ADMIN_PASSWORD: this.adminPassword,
        GATEWAY_SERVICES: Object.keys(this.options.services).join(','),
      }),
    ).start();
    this.baseUrl = `http://127.0.0.1:${port}`;
    await this.ready();
  }

  instances(service: string): ServiceProcess[] {
    return this.processes.get(service) ?? [];
  }

  /** Kills one instance with SIGKILL, as a crash would, starts it again and waits until the system is ready. */
  async crashAndRestart(service: string, index = 0): Promise<void> {
    const instance = this.instances(service)[index];
    if (!instance) throw new Error(`no instance ${index} of ${service}`);
    await instance.kill('SIGKILL');
    instance.start();
    await this.ready();
  }

  /** Until the gateway answers ready with every service (and no process has died). */
  async ready(): Promise<void> {
    await waitFor(
      async () => {
        for (const p of this.all()) if (!p.running) throw new Error(`${p.entry} exited:\n${p.recentOutput}`);
        return (await this.request('GET', '/ready').catch(() => ({ status: 0 }))).status === 200;
      },
      { timeoutMs: 120_000, intervalMs: 250, what: 'the gateway to be ready with every service' },
    );
  }

  /** The last lines each process printed, for a failure's message. */
  diagnostics(lines = 15): string {
    return this.all()
      .map((p) => `--- ${p.entry}\n${p.recentOutput.split('\n').slice(-lines).join('\n')}`)
      .join('\n');
  }

  private all(): ServiceProcess[] {
    return [...[...this.processes.values()].flat(), ...(this.gateway ? [this.gateway] : [])];
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as HttpAnswer
  async request<T = any>(
    method: string,
    path: string,
    options: { token?: string; body?: unknown } = {},
  ): Promise<HttpAnswer<T>> {
    const headers: Record<string, string> = {};
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body: body as T };
  }

  async adminToken(): Promise<string> {
    const answer = await this.request('POST', '/api/v1/auth/login', {
      body: { username: ADMIN_USERNAME, password: this.adminPassword },
    });
    if (answer.status !== 200)
      throw new Error(`admin login: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body.accessToken as string;
  }

  /** Stops every process (SIGTERM, then SIGKILL), drops the run's schemas and streams. */
  async stop(): Promise<void> {
    await Promise.all(this.all().map((p) => p.stop()));
    await this.env.cleanup(this.natsUrl);
  }
}
