import { randomUUID } from 'node:crypto';
import { streamName, type EventEnvelope, type RpcCaller, type RpcErrorPayload } from '@alliance/contracts';
import { MembershipEvent, type MemberStatus } from '@alliance/contracts/membership';
import {
  TrainingRpc,
  type CourseView,
  type CreateCourseDto,
  type RegisterStaffDto,
  type ScheduleSessionDto,
  type SessionView,
  type StaffView,
} from '@alliance/contracts/training';
import { buildEnvelope, connectNats, RpcClient } from '@alliance/messaging';
import {
  rpcRefusal,
  TestEnvironment,
  waitFor,
  waitForAggregateEvents,
  type StreamEvent,
} from '@alliance/testing';
import { jetstream } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { startTraining } from '../src/bootstrap';

export const ADMIN: RpcCaller = { userId: 'u-admin', username: 'admin', role: 'alliance_admin' };
export const TRAINER: RpcCaller = { userId: 'u-trainer-1', username: 'trainer', role: 'trainer' };
export const INSPECTOR: RpcCaller = { userId: 'u-inspector', username: 'inspector', role: 'inspector' };

export function memberRep(organisationId: string): RpcCaller {
  return {
    userId: `u-rep-${organisationId.slice(0, 8)}`,
    username: 'rep',
    role: 'member_rep',
    organisationId,
  };
}

const HOUR = 3_600_000;
let serial = 0;

/** An instant `hours` from now, whole minutes (ISO with offset as clients send it). */
export function inHours(hours: number, base = Date.now()): string {
  return new Date(Math.floor((base + hours * HOUR) / 60_000) * 60_000).toISOString();
}

/** A resident ID number with a valid GB 11643 check character (sequence from `n`). */
export function residentId(n: number, birth = '19900307'): string {
  const first17 = `510104${birth}${String(n % 1000).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * weights[i], 0);
  return first17 + '10X98765432'[sum % 11];
}

/**
 * The training service in-process against real PostgreSQL and NATS, isolated by schema and prefixes.
 * Membership's side is its events, published on membership's stream as membership's relay does.
 */
export class TrainingHarness {
  readonly env = new TestEnvironment('training');
  readonly schema = this.env.schema('training');
  app!: INestApplication;
  dataSource!: DataSource;
  nc!: NatsConnection;
  rpc!: RpcClient;
  private readonly memberVersions = new Map<string, number>();

  async start(): Promise<this> {
    process.env.TRAINING_EXPIRY_CHECK = 'off';
    this.app = await startTraining(
      {
        service: 'training',
        databaseUrl: this.env.databaseUrl,
        schema: this.schema,
        natsUrl: this.env.natsUrl,
        subjectPrefix: this.env.subjectPrefix,
        streamPrefix: this.env.streamPrefix,
        relayEnabled: true,
        logLevel: process.env.TEST_LOG_LEVEL ?? 'error',
      },
      { drainOnSignals: false },
    );
    this.dataSource = this.app.get(DataSource);
    this.nc = await connectNats(this.env.natsUrl, 'training-test');
    this.rpc = new RpcClient(this.nc, { subjectPrefix: this.env.subjectPrefix, timeoutMs: 20_000 });
    return this;
  }

  async stop(): Promise<void> {
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

  // ---- membership's events -------------------------------------------------------------------------

  /** Publishes one membership event for an organisation as membership's relay would (msgID = eventId). */
  async publishMemberEvent(envelope: EventEnvelope<object>, msgID = envelope.eventId): Promise<void> {
    await jetstream(this.nc).publish(`${this.env.subjectPrefix}${envelope.type}`, JSON.stringify(envelope), {
      msgID,
    });
  }

  memberEvent(
    type: string,
    organisationId: string,
    version: number,
    data: Record<string, unknown>,
  ): EventEnvelope {
    return buildEnvelope({
      type,
      aggregateId: organisationId,
      aggregateVersion: version,
      data,
      meta: {
        correlationId: `test-${randomUUID()}`,
        actor: { id: 'u-admin', kind: 'user', role: 'alliance_admin' },
      },
    });
  }

  profile(organisationId: string, name: string, status: MemberStatus, kind = 'childcare_centre') {
    return {
      memberId: organisationId,
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

  statusChange(
    organisationId: string,
    name: string,
    fromStatus: MemberStatus,
    toStatus: MemberStatus,
    reason: string | null,
  ) {
    return {
      memberId: organisationId,
      name,
      districtCode: 'gaoxin',
      fromStatus,
      toStatus,
      reason,
      changedAt: new Date().toISOString(),
    };
  }

  /** An organisation applies and is admitted (versions 1 and 2); resolves once training's projection has it. */
  async admittedOrganisation(name = `托育中心${++serial}`): Promise<string> {
    const id = randomUUID();
    const now = new Date().toISOString();
    await this.publishMemberEvent(
      this.memberEvent(MembershipEvent.memberApplied, id, 1, {
        ...this.profile(id, name, 'applied'),
        appliedAt: now,
      }),
    );
    await this.publishMemberEvent(
      this.memberEvent(MembershipEvent.memberAdmitted, id, 2, {
        ...this.profile(id, name, 'admitted'),
        fromStatus: 'applied',
        reason: null,
        admittedAt: now,
      }),
    );
    this.memberVersions.set(id, 2);
    await this.waitForOrganisation(id, 'admitted', 2);
    return id;
  }

  /** The next status-change event of an organisation this harness admitted. */
  async changeStatus(
    id: string,
    type: string,
    from: MemberStatus,
    to: MemberStatus,
    reason: string | null,
  ): Promise<void> {
    const version = (this.memberVersions.get(id) ?? 0) + 1;
    this.memberVersions.set(id, version);
    const name = (await this.organisation(id))?.name ?? '托育中心';
    const data =
      type === MembershipEvent.memberReinstated
        ? { ...this.profile(id, name, to), fromStatus: from, reason, reinstatedAt: new Date().toISOString() }
        : this.statusChange(id, name, from, to, reason);
    await this.publishMemberEvent(this.memberEvent(type, id, version, data));
    await this.waitForOrganisation(id, to, version);
  }

  async organisation(
    id: string,
  ): Promise<{ name: string; status: string; version: number; kind: string } | undefined> {
    const [row] = await this.dataSource.query(
      `SELECT name, status, version, kind FROM member_organisation WHERE organisation_id = $1`,
      [id],
    );
    return row;
  }

  waitForOrganisation(id: string, status: string, version: number): Promise<unknown> {
    return waitFor(
      async () => {
        const row = await this.organisation(id);
        return row?.status === status && row.version === version;
      },
      {
        timeoutMs: 20_000,
        what: `organisation ${id} ${status} at version ${version} in training's projection`,
      },
    );
  }

  // ---- training's own data -------------------------------------------------------------------------

  staff(
    organisationId: string,
    overrides: Partial<RegisterStaffDto> = {},
    caller: RpcCaller | null = ADMIN,
  ): Promise<StaffView> {
    return this.call<StaffView>(
      TrainingRpc.registerStaff,
      {
        organisationId,
        name: `李${'一二三四五六七八九十'[serial++ % 10]}华`,
        role: 'caregiver',
        hiredOn: '2024-03-01',
        ...overrides,
      },
      caller,
    );
  }

  async publishedCourse(overrides: Partial<CreateCourseDto> = {}): Promise<CourseView> {
    const draft = await this.call<CourseView>(TrainingRpc.createCourse, {
      code: `C-${randomUUID().slice(0, 8).toUpperCase()}`,
      title: '婴幼儿急救',
      category: 'safety_and_first_aid',
      creditHours: 8,
      targetRoles: [],
      certificateValidityMonths: 24,
      ...overrides,
    });
    return this.call<CourseView>(TrainingRpc.publishCourse, { id: draft.id, expectedVersion: draft.version });
  }

  schedule(
    courseId: string,
    overrides: Partial<ScheduleSessionDto> = {},
    caller: RpcCaller | null = ADMIN,
  ): Promise<SessionView> {
    const start = 24 * 7 + Math.random() * 24 * 300;
    return this.call<SessionView>(
      TrainingRpc.scheduleSession,
      {
        courseId,
        trainerIds: [`trainer-${randomUUID()}`],
        meetings: [{ startsAt: inHours(start), endsAt: inHours(start + 3) }],
        location: { kind: 'address', address: '成都市高新区天府大道中段' },
        capacity: 20,
        ...overrides,
      },
      caller,
    );
  }

  outboxEvents(aggregateId: string): Promise<EventEnvelope[]> {
    return this.dataSource
      .query(`SELECT payload FROM outbox WHERE aggregate_id = $1 ORDER BY id`, [aggregateId])
      .then((rows: Array<{ payload: EventEnvelope }>) => rows.map((r) => r.payload));
  }

  streamEventsOf(aggregateId: string, count: number): Promise<StreamEvent[]> {
    return waitForAggregateEvents(this.nc, streamName('training', this.env.streamPrefix), aggregateId, count);
  }
}
