import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { streamName } from '@alliance/contracts';
import {
  newCreditCode,
  ServiceProcess,
  TestEnvironment,
  waitFor,
  waitForAggregateEvents,
  type StreamEvent,
} from '@alliance/testing';
import { startGateway } from '../../src/bootstrap';
import type { GatewayConfig } from '../../src/config/gateway-config';

export const ADMIN_USERNAME = 'root-admin';
export const ADMIN_PASSWORD = 'first-admin-password';

// Tests read answers as loose JSON and let the assertions say what they expect of them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface HttpAnswer<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

export interface RequestOptions {
  token?: string;
  body?: unknown;
  /** Sent as is (for malformed JSON). */
  rawBody?: string;
  headers?: Record<string, string>;
  /** Another gateway of the same run (see `startAnotherGateway`); this harness's own by default. */
  baseUrl?: string;
}

/**
 * One isolated run: its own schemas, subject and stream prefix; membership as a child process from
 * source (optional, to test a gateway whose service is down) and the gateway in-process, spoken to
 * over HTTP only.
 */
export class GatewayHarness {
  readonly env: TestEnvironment;
  private membership?: ServiceProcess;
  private training?: ServiceProcess;
  private compliance?: ServiceProcess;
  private resources?: ServiceProcess;
  private coordination?: ServiceProcess;
  private app?: INestApplication;
  private readonly otherApps: INestApplication[] = [];
  private nc?: NatsConnection;
  baseUrl = '';

  constructor(
    label: string,
    private readonly options: {
      membership?: boolean;
      /** The training service as a child process too (its routes then answer; `/ready` waits for it). */
      training?: boolean;
      /** The compliance service as a child process too (no timers; its own evidence folder). */
      compliance?: boolean;
      /** The resources service as a child process too (no expiry timer). */
      resources?: boolean;
      /** The coordination service as a child process too (no reminder or overdue timer). */
      coordination?: boolean;
      gateway?: Partial<GatewayConfig>;
      /** NATS for the gateway and membership (a private server, for tests that stop it). */
      natsUrl?: string;
    } = {},
  ) {
    this.env = new TestEnvironment(label);
  }

  async start(): Promise<void> {
    if (this.options.membership !== false) {
      this.membership = new ServiceProcess('apps/membership/src/main.ts', {
        ...this.env.serviceEnv('membership'),
        ...(this.options.natsUrl ? { NATS_URL: this.options.natsUrl } : {}),
      }).start();
    }
    if (this.options.training) {
      this.training = new ServiceProcess('apps/training/src/main.ts', {
        ...this.env.serviceEnv('training', { TRAINING_EXPIRY_CHECK: 'off' }),
        ...(this.options.natsUrl ? { NATS_URL: this.options.natsUrl } : {}),
      }).start();
    }
    if (this.options.compliance) {
      this.compliance = new ServiceProcess('apps/compliance/src/main.ts', {
        ...this.env.serviceEnv('compliance', {
          COMPLIANCE_OVERDUE_CHECK: 'off',
          COMPLIANCE_EVIDENCE_DIR: join(tmpdir(), `compliance-evidence-${this.env.token}`),
        }),
        ...(this.options.natsUrl ? { NATS_URL: this.options.natsUrl } : {}),
      }).start();
    }
    if (this.options.resources) {
      this.resources = new ServiceProcess('apps/resources/src/main.ts', {
        ...this.env.serviceEnv('resources', { RESOURCES_EXPIRY_CHECK: 'off' }),
        ...(this.options.natsUrl ? { NATS_URL: this.options.natsUrl } : {}),
      }).start();
    }
    if (this.options.coordination) {
      this.coordination = new ServiceProcess('apps/coordination/src/main.ts', {
        ...this.env.serviceEnv('coordination', {
          COORDINATION_CHECKS: 'off',
          COORDINATION_ATTACHMENT_DIR: join(tmpdir(), `coordination-attachments-${this.env.token}`),
        }),
        ...(this.options.natsUrl ? { NATS_URL: this.options.natsUrl } : {}),
      }).start();
    }
    this.app = await startGateway(this.gatewayConfig());
    this.baseUrl = (await this.app.getUrl()).replace('[::1]', '127.0.0.1');
    if (this.membership) {
      const membership = this.membership;
      const training = this.training;
      const compliance = this.compliance;
      const resources = this.resources;
      await waitFor(
        async () => {
          if (!membership.running) throw new Error(`membership exited:\n${membership.recentOutput}`);
          if (training && !training.running) throw new Error(`training exited:\n${training.recentOutput}`);
          if (compliance && !compliance.running) {
            throw new Error(`compliance exited:\n${compliance.recentOutput}`);
          }
          if (resources && !resources.running)
            throw new Error(`resources exited:\n${resources.recentOutput}`);
          if (this.coordination && !this.coordination.running) {
            throw new Error(`coordination exited:\n${this.coordination.recentOutput}`);
          }
          return (await this.request('GET', '/ready')).status === 200;
        },
        { timeoutMs: 90_000, intervalMs: 250, what: 'the gateway to be ready with membership' },
      );
    }
  }

  /** The configuration of this run's gateway, with `overrides` on top. */
  gatewayConfig(overrides: Partial<GatewayConfig> = {}): GatewayConfig {
    return {
      port: 0,
      host: '127.0.0.1',
      databaseUrl: this.env.databaseUrl,
      dbSchema: this.env.schema('gateway'),
      natsUrl: this.natsUrl,
      subjectPrefix: this.env.subjectPrefix,
      rpcTimeoutMs: 5000,
      jwtSecret: this.jwtSecret,
      jwtTtlSeconds: 600,
      adminUsername: ADMIN_USERNAME,
      adminPassword: ADMIN_PASSWORD,
      logLevel: process.env.TEST_LOG_LEVEL ?? 'silent',
      loginRateLimit: { limit: 5, ttlMs: 60_000 },
      services: [
        'membership',
        ...(this.options.training ? ['training'] : []),
        ...(this.options.compliance ? ['compliance'] : []),
        ...(this.options.resources ? ['resources'] : []),
        ...(this.options.coordination ? ['coordination'] : []),
      ],
      ...this.options.gateway,
      ...overrides,
    };
  }

  /**
   * A further gateway instance on the same database, NATS and prefixes (as a second replica behind a
   * load balancer); stopped with the harness. Resolves to its base URL, for `request`'s `baseUrl`.
   */
  async startAnotherGateway(overrides: Partial<GatewayConfig> = {}): Promise<string> {
    const app = await startGateway(this.gatewayConfig(overrides));
    this.otherApps.push(app);
    return (await app.getUrl()).replace('[::1]', '127.0.0.1');
  }

  /** The key the gateway signs tokens with (tests sign expired or forged ones with it). */
  get jwtSecret(): string {
    return this.options.gateway?.jwtSecret ?? `test-secret-${this.env.token}`;
  }

  get adminPassword(): string {
    return this.options.gateway?.adminPassword ?? ADMIN_PASSWORD;
  }

  get natsUrl(): string {
    return this.options.natsUrl ?? this.env.natsUrl;
  }

  async stop(): Promise<void> {
    await this.nc?.close().catch(() => undefined);
    for (const app of this.otherApps.splice(0)) await app.close();
    await this.app?.close();
    await this.membership?.stop();
    await this.training?.stop();
    await this.compliance?.stop();
    await this.resources?.stop();
    await this.coordination?.stop();
    await this.env.cleanup(this.natsUrl);
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async request<T = any>(method: string, path: string, options: RequestOptions = {}): Promise<HttpAnswer<T>> {
    const headers: Record<string, string> = { ...options.headers };
    let body: string | undefined;
    if (options.rawBody !== undefined) {
      body = options.rawBody;
      headers['content-type'] ??= 'application/json';
    } else if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['content-type'] ??= 'application/json';
    }
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    const response = await fetch(`${options.baseUrl ?? this.baseUrl}${path}`, { method, headers, body });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: kept as text for the assertion message
    }
    return { status: response.status, headers: response.headers, body: parsed as T };
  }

  async login(username: string, password: string): Promise<string> {
    const answer = await this.request('POST', '/api/v1/auth/login', { body: { username, password } });
    if (answer.status !== 200)
      throw new Error(`login ${username}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body.accessToken as string;
  }

  adminToken(): Promise<string> {
    return this.login(ADMIN_USERNAME, this.adminPassword);
  }

  /**
   * Creates an account as the admin and logs it in. The admin's password is a temporary one, so the
   * account first sets its own (as a person would at first login) and the token is then a full one.
   */
  async account(
    adminToken: string,
    username: string,
    role: string,
    organisationId?: string,
  ): Promise<{ id: string; token: string; password: string }> {
    const temporary = `${username}-temporary`;
    const created = await this.request('POST', '/api/v1/accounts', {
      token: adminToken,
      body: { username, password: temporary, role, ...(organisationId ? { organisationId } : {}) },
    });
    if (created.status !== 201)
      throw new Error(`create ${username}: ${created.status} ${JSON.stringify(created.body)}`);
    const first = await this.request('POST', '/api/v1/auth/login', {
      body: { username, password: temporary },
    });
    if (first.status !== 200)
      throw new Error(`login ${username}: ${first.status} ${JSON.stringify(first.body)}`);
    if (!first.body.mustChangePassword)
      return { id: created.body.id as string, token: first.body.accessToken, password: temporary };
    const password = `${username}-password`;
    await this.changePassword(first.body.accessToken as string, temporary, password);
    return { id: created.body.id as string, token: await this.login(username, password), password };
  }

  async changePassword(token: string, currentPassword: string, newPassword: string): Promise<void> {
    const changed = await this.request('POST', '/api/v1/auth/password', {
      token,
      body: { currentPassword, newPassword },
    });
    if (changed.status !== 200)
      throw new Error(`password change: ${changed.status} ${JSON.stringify(changed.body)}`);
  }

  /** A NATS connection to this run's server, for reading streams. */
  async natsConnection(): Promise<NatsConnection> {
    this.nc ??= await connect({ servers: this.natsUrl });
    return this.nc;
  }

  /** Events of one aggregate on this run's membership stream, in stream order, once `count` are there. */
  async streamEventsOf(aggregateId: string, count: number): Promise<StreamEvent[]> {
    const stream = streamName('membership', this.env.streamPrefix);
    return waitForAggregateEvents(await this.natsConnection(), stream, aggregateId, count);
  }
}

export function application(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: '咿薇托育',
    creditCode: newCreditCode(),
    kind: 'childcare_centre',
    ownership: 'state_owned',
    districtCode: 'gaoxin',
    address: '成都市高新区天府大道',
    contacts: [{ name: '王园长', role: '园长', phone: '13812345678', email: 'wang@example.cn' }],
    licensedPlaces: 120,
    affordablePlaces: 80,
    ...overrides,
  };
}
