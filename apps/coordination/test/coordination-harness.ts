import { randomUUID } from 'node:crypto';
import { type EventEnvelope, type RpcCaller, type RpcErrorPayload } from '@alliance/contracts';
import { ComplianceEvent } from '@alliance/contracts/compliance';
import { MembershipEvent, type MemberStatus } from '@alliance/contracts/membership';
import { buildEnvelope, connectNats, RpcClient, type ServiceConfig } from '@alliance/messaging';
import { rpcRefusal, TestEnvironment, waitFor } from '@alliance/testing';
import { jetstream } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { startCoordination } from '../src/bootstrap';
import type { CoordinationConfig } from '../src/shared/coordination-config';

export const ADMIN: RpcCaller = { userId: 'u-admin', username: 'admin', role: 'alliance_admin' };

export function memberRep(organisationId: string, n = 1): RpcCaller {
  return {
    userId: `u-rep-${organisationId.slice(0, 8)}-${n}`,
    username: `rep${n}`,
    role: 'member_rep',
    organisationId,
  };
}

export const TEST_SETTINGS: Partial<CoordinationConfig> = {
  checksEnabled: false,
  signInSecret: 'coordination-test-sign-in-secret',
  signInPeriodSeconds: 60,
  signInGraceSeconds: 15,
};

let serial = 0;

/**
 * The coordination service in-process against real PostgreSQL and NATS, isolated by schema and prefixes.
 * Membership's side is its events, published on membership's stream as membership's relay does.
 */
export class CoordinationHarness {
  readonly env = new TestEnvironment('coordination');
  readonly schema = this.env.schema('coordination');
  app!: INestApplication;
  dataSource!: DataSource;
  nc!: NatsConnection;
  rpc!: RpcClient;
  private readonly versions = new Map<string, number>();
  private readonly others: INestApplication[] = [];

  constructor(private readonly settings: Partial<CoordinationConfig> = {}) {}

  config(): ServiceConfig {
    return {
      service: 'coordination',
      databaseUrl: this.env.databaseUrl,
      schema: this.schema,
      natsUrl: this.env.natsUrl,
      subjectPrefix: this.env.subjectPrefix,
      streamPrefix: this.env.streamPrefix,
      relayEnabled: true,
      logLevel: process.env.TEST_LOG_LEVEL ?? 'error',
    };
  }

  /** Another instance of the service on the same schema and subjects (as a second replica would be). */
  async startInstance(settings: Partial<CoordinationConfig> = {}): Promise<INestApplication> {
    const app = await startCoordination(
      this.config(),
      { drainOnSignals: false },
      { settings: { ...TEST_SETTINGS, ...this.settings, ...settings } },
    );
    if (this.app) this.others.push(app);
    return app;
  }

  async start(): Promise<this> {
    this.app = await this.startInstance();
    this.dataSource = this.app.get(DataSource);
    this.nc = await connectNats(this.env.natsUrl, 'coordination-test');
    this.rpc = new RpcClient(this.nc, { subjectPrefix: this.env.subjectPrefix, timeoutMs: 20_000 });
    return this;
  }

  async stop(): Promise<void> {
    for (const app of this.others.splice(0)) await app.close();
    await this.app?.close();
    await this.nc?.close();
    await this.env.cleanup();
  }

  call<T>(subject: string, body: object, caller: RpcCaller | null = ADMIN): Promise<T> {
    return this.rpc.send<T>(subject, { requestId: randomUUID(), caller, body });
  }

  refusal(subject: string, body: object, caller: RpcCaller | null = ADMIN): Promise<RpcErrorPayload> {
    return rpcRefusal(this.call(subject, body, caller));
  }

  // ---- other contexts' events ----------------------------------------------------------------------

  publishMembershipEvent(type: string, aggregateId: string, data: Record<string, unknown>): Promise<void> {
    return this.publishEvent(type, aggregateId, data);
  }

  /** An event of another context, on its stream as its relay publishes it (versions counted per aggregate). */
  async publishEvent(type: string, aggregateId: string, data: Record<string, unknown>): Promise<void> {
    const version = (this.versions.get(aggregateId) ?? 0) + 1;
    this.versions.set(aggregateId, version);
    const envelope: EventEnvelope = buildEnvelope({
      type,
      aggregateId,
      aggregateVersion: version,
      data,
      meta: {
        correlationId: `test-${randomUUID()}`,
        actor: { id: 'u-admin', kind: 'user', role: 'alliance_admin' },
      },
    });
    await jetstream(this.nc).publish(`${this.env.subjectPrefix}${type}`, JSON.stringify(envelope), {
      msgID: envelope.eventId,
    });
  }

  private profile(id: string, name: string, status: MemberStatus, kind: string, districtCode: string) {
    return {
      memberId: id,
      name,
      nameEn: null,
      creditCode: '91510100MA6CXXXX0X',
      kind,
      ownership: 'private',
      districtCode,
      districtName: districtCode,
      address: '成都市',
      licensedPlaces: 100,
      affordablePlaces: 50,
      allianceRole: 'member',
      status,
    };
  }

  /** An organisation applies and is admitted; resolves once coordination's projection has it. */
  async admittedOrganisation(districtCode = 'gaoxin', kind = 'childcare_centre'): Promise<string> {
    const id = randomUUID();
    const name = `托育机构${++serial}`;
    const now = new Date().toISOString();
    await this.publishMembershipEvent(MembershipEvent.memberApplied, id, {
      ...this.profile(id, name, 'applied', kind, districtCode),
      appliedAt: now,
    });
    await this.publishMembershipEvent(MembershipEvent.memberAdmitted, id, {
      ...this.profile(id, name, 'admitted', kind, districtCode),
      fromStatus: 'applied',
      reason: null,
      admittedAt: now,
    });
    await this.waitForOrganisation(id, 'admitted');
    return id;
  }

  async changeStatus(id: string, type: string, from: MemberStatus, to: MemberStatus, reason: string | null) {
    await this.publishMembershipEvent(type, id, {
      memberId: id,
      name: 'x',
      districtCode: 'gaoxin',
      fromStatus: from,
      toStatus: to,
      reason,
      changedAt: new Date().toISOString(),
    });
    await this.waitForOrganisation(id, to);
  }

  waitForOrganisation(id: string, status: string): Promise<unknown> {
    return waitFor(
      async () => {
        const [row] = await this.dataSource.query(
          `SELECT status FROM member_organisation WHERE organisation_id = $1`,
          [id],
        );
        return row?.status === status;
      },
      { timeoutMs: 20_000, what: `organisation ${id} ${status} in coordination's projection` },
    );
  }

  /** Compliance publishes an edition of a standard; resolves once coordination's projection has it. */
  async publishedStandard(code: string, edition = 1): Promise<void> {
    const standardId = randomUUID();
    await this.publishEvent(ComplianceEvent.standardPublished, standardId, {
      standardId,
      code,
      edition,
      title: `标准 ${code}`,
      totalPoints: 1000,
      supersedesId: null,
    });
    await waitFor(
      async () => {
        const [row] = await this.dataSource.query(
          `SELECT edition FROM standard_code WHERE code = $1 AND published`,
          [code],
        );
        return row?.edition === edition;
      },
      { timeoutMs: 20_000, what: `standard ${code} in coordination's projection` },
    );
  }

  outboxEvents(aggregateId?: string): Promise<EventEnvelope[]> {
    return this.dataSource
      .query(
        aggregateId
          ? `SELECT payload FROM outbox WHERE aggregate_id = $1 ORDER BY id`
          : `SELECT payload FROM outbox ORDER BY id`,
        aggregateId ? [aggregateId] : [],
      )
      .then((rows: Array<{ payload: EventEnvelope }>) => rows.map((r) => r.payload));
  }
}
