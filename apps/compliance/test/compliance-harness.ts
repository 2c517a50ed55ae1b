import { randomUUID } from 'node:crypto';
import { type EventEnvelope, type RpcCaller, type RpcErrorPayload } from '@alliance/contracts';
import {
  ComplianceRpc,
  type AuditView,
  type CreateStandardDto,
  type CriterionDto,
  type InspectorRefDto,
  type StandardView,
} from '@alliance/contracts/compliance';
import { MembershipEvent, type MemberStatus } from '@alliance/contracts/membership';
import { buildEnvelope, connectNats, RpcClient, type ServiceConfig } from '@alliance/messaging';
import { rpcRefusal, TestEnvironment, waitFor } from '@alliance/testing';
import { jetstream } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import type { INestApplication } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { startCompliance } from '../src/bootstrap';
import type { ComplianceConfig } from '../src/shared/compliance-config';

export const ADMIN: RpcCaller = { userId: 'u-admin', username: 'admin', role: 'alliance_admin' };

export function inspector(n = 1, organisationId: string | null = null): RpcCaller {
  return { userId: `u-inspector-${n}`, username: `inspector${n}`, role: 'inspector', organisationId };
}

export function inspectorRef(caller: RpcCaller): InspectorRefDto {
  return { accountId: caller.userId, name: caller.username, organisationId: caller.organisationId ?? null };
}

export function memberRep(organisationId: string): RpcCaller {
  return {
    userId: `u-rep-${organisationId.slice(0, 8)}`,
    username: 'rep',
    role: 'member_rep',
    organisationId,
  };
}

/** A date `days` from today (UTC calendar, far enough from midnight in Shanghai for tests). */
export function daysFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

let serial = 0;

/**
 * The compliance service in-process against real PostgreSQL and NATS, isolated by schema and prefixes.
 * Membership's side is its events, published on membership's stream as membership's relay does.
 */
export class ComplianceHarness {
  readonly env = new TestEnvironment('compliance');
  readonly schema = this.env.schema('compliance');
  readonly evidenceDir = mkdtempSync(path.join(tmpdir(), 'compliance-evidence-'));
  app!: INestApplication;
  dataSource!: DataSource;
  nc!: NatsConnection;
  rpc!: RpcClient;
  private readonly memberVersions = new Map<string, number>();

  constructor(private readonly settings: Partial<ComplianceConfig> = {}) {}

  config(): ServiceConfig {
    return {
      service: 'compliance',
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
  startInstance(): Promise<INestApplication> {
    return startCompliance(
      this.config(),
      { drainOnSignals: false },
      {
        settings: {
          overdueCheckEnabled: false,
          evidence: { maxBytes: 64 * 1024, directory: this.evidenceDir },
          ...this.settings,
        },
      },
    );
  }

  async start(): Promise<this> {
    this.app = await this.startInstance();
    this.dataSource = this.app.get(DataSource);
    this.nc = await connectNats(this.env.natsUrl, 'compliance-test');
    this.rpc = new RpcClient(this.nc, { subjectPrefix: this.env.subjectPrefix, timeoutMs: 20_000 });
    return this;
  }

  async stop(): Promise<void> {
    await this.app?.close();
    await this.nc?.close();
    await this.env.cleanup();
    rmSync(this.evidenceDir, { recursive: true, force: true });
  }

  call<T>(subject: string, body: object, caller: RpcCaller | null = ADMIN): Promise<T> {
    return this.rpc.send<T>(subject, { requestId: randomUUID(), caller, body });
  }

  refusal(subject: string, body: object, caller: RpcCaller | null = ADMIN): Promise<RpcErrorPayload> {
    return rpcRefusal(this.call(subject, body, caller));
  }

  // ---- membership's events -------------------------------------------------------------------------

  async publishMemberEvent(
    type: string,
    organisationId: string,
    data: Record<string, unknown>,
  ): Promise<void> {
    const version = (this.memberVersions.get(organisationId) ?? 0) + 1;
    this.memberVersions.set(organisationId, version);
    const envelope: EventEnvelope = buildEnvelope({
      type,
      aggregateId: organisationId,
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

  private profile(id: string, name: string, status: MemberStatus, kind: string) {
    return {
      memberId: id,
      name,
      nameEn: null,
      creditCode: '91510100MA6CXXXX0X',
      kind,
      ownership: 'private',
      districtCode: 'gaoxin',
      districtName: '高新区',
      address: '成都市高新区',
      licensedPlaces: 100,
      affordablePlaces: 50,
      allianceRole: 'member',
      status,
    };
  }

  /** An organisation applies and is admitted; resolves once compliance's projection has it. */
  async admittedOrganisation(kind = 'childcare_centre', name = `托育中心${++serial}`): Promise<string> {
    const id = randomUUID();
    const now = new Date().toISOString();
    await this.publishMemberEvent(MembershipEvent.memberApplied, id, {
      ...this.profile(id, name, 'applied', kind),
      appliedAt: now,
    });
    await this.publishMemberEvent(MembershipEvent.memberAdmitted, id, {
      ...this.profile(id, name, 'admitted', kind),
      fromStatus: 'applied',
      reason: null,
      admittedAt: now,
    });
    await this.waitForOrganisation(id, 'admitted');
    return id;
  }

  async changeStatus(id: string, type: string, from: MemberStatus, to: MemberStatus, reason: string | null) {
    await this.publishMemberEvent(type, id, {
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
      { timeoutMs: 20_000, what: `organisation ${id} ${status} in compliance's projection` },
    );
  }

  // ---- compliance's own data -----------------------------------------------------------------------

  /** A published standard of one area with these criteria (total = their points unless given). */
  async publishedStandard(
    criteria: Array<Partial<CriterionDto> & { points: number }>,
    overrides: Partial<CreateStandardDto> = {},
  ): Promise<StandardView> {
    const full: CriterionDto[] = criteria.map((c, i) => ({
      code: `Q-${i + 1}`,
      text: `criterion ${i + 1}`,
      evidenceRequired: false,
      veto: false,
      appliesTo: [],
      ...c,
    }));
    const total = full.reduce((s, c) => s + c.points, 0);
    const draft = await this.call<StandardView>(ComplianceRpc.createStandard, {
      code: `T${randomUUID().slice(0, 8).toUpperCase()}`,
      title: '测试标准',
      issuer: '联盟',
      effectiveFrom: '2026-01-01',
      totalPoints: total,
      gradeBands: [
        { grade: 'A', minPercent: 90 },
        { grade: 'B', minPercent: 75 },
        { grade: 'C', minPercent: 60 },
        { grade: 'D', minPercent: 0 },
      ],
      areas: [{ code: 'AR', title: '区域', maxPoints: total, criteria: full }],
      ...overrides,
    });
    return this.call<StandardView>(ComplianceRpc.publishStandard, {
      id: draft.id,
      expectedVersion: draft.version,
    });
  }

  plan(
    organisationId: string,
    standardId: string,
    who: RpcCaller = inspector(++serial + 100),
    plannedDate = daysFromNow(3),
  ): Promise<AuditView> {
    return this.call<AuditView>(ComplianceRpc.planAudit, {
      organisationId,
      standardId,
      kind: 'routine',
      plannedDate,
      inspectors: [inspectorRef(who)],
    });
  }

  /** Plans and starts an audit conducted by `who`. */
  async startedAudit(organisationId: string, standardId: string, who: RpcCaller): Promise<AuditView> {
    const planned = await this.plan(organisationId, standardId, who);
    return this.call<AuditView>(
      ComplianceRpc.startAudit,
      { id: planned.id, expectedVersion: planned.version },
      who,
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
