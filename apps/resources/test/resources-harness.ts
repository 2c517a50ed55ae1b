import { randomUUID } from 'node:crypto';
import { streamName, type EventEnvelope, type RpcCaller, type RpcErrorPayload } from '@alliance/contracts';
import { MembershipEvent, type MemberStatus } from '@alliance/contracts/membership';
import { ResourcesRpc, type ListResourceDto, type ResourceView } from '@alliance/contracts/resources';
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
import { startResources } from '../src/bootstrap';
import { addDays, instantAt, localDate, weekdayOf } from '../src/shared/shanghai-time';

export const ADMIN: RpcCaller = { userId: 'u-admin', username: 'admin', role: 'alliance_admin' };
export const TRAINER: RpcCaller = { userId: 'u-trainer-1', username: 'trainer', role: 'trainer' };
export const VIEWER: RpcCaller = { userId: 'u-viewer', username: 'viewer', role: 'viewer' };

export function memberRep(organisationId: string): RpcCaller {
  return {
    userId: `u-rep-${organisationId.slice(0, 8)}`,
    username: 'rep',
    role: 'member_rep',
    organisationId,
  };
}

/** A local date `weeks` weeks ahead on the given ISO weekday (1 = Monday), at least 8 days from today. */
export function futureDate(weekday: number, weeks = 2): string {
  let date = addDays(localDate(new Date()), 8);
  while (weekdayOf(date) !== weekday) date = addDays(date, 1);
  return addDays(date, 7 * (weeks - 1));
}

/** ISO instant of a local date and time in Asia/Shanghai. */
export function at(date: string, clock: string): string {
  return instantAt(date, clock).toISOString();
}

export const WEEKDAYS_8_TO_18 = [1, 2, 3, 4, 5].map((weekday) => ({
  weekday,
  opens: '08:00',
  closes: '18:00',
}));

let serial = 0;

/**
 * The resources service in-process against real PostgreSQL and NATS, isolated by schema and prefixes.
 * Membership's side is its events, published on membership's stream as membership's relay does.
 */
export class ResourcesHarness {
  readonly env = new TestEnvironment('resources');
  readonly schema = this.env.schema('resources');
  app!: INestApplication;
  dataSource!: DataSource;
  nc!: NatsConnection;
  rpc!: RpcClient;
  private readonly memberVersions = new Map<string, number>();
  private readonly names = new Map<string, string>();

  async start(): Promise<this> {
    process.env.RESOURCES_EXPIRY_CHECK = 'off';
    this.app = await startResources(
      {
        service: 'resources',
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
    this.nc = await connectNats(this.env.natsUrl, 'resources-test');
    this.rpc = new RpcClient(this.nc, { subjectPrefix: this.env.subjectPrefix, timeoutMs: 30_000 });
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

  async publishMemberEvent(envelope: EventEnvelope<object>): Promise<void> {
    await jetstream(this.nc).publish(`${this.env.subjectPrefix}${envelope.type}`, JSON.stringify(envelope), {
      msgID: envelope.eventId,
    });
  }

  private memberEvent(
    type: string,
    id: string,
    version: number,
    data: Record<string, unknown>,
  ): EventEnvelope {
    return buildEnvelope({
      type,
      aggregateId: id,
      aggregateVersion: version,
      data,
      meta: {
        correlationId: `test-${randomUUID()}`,
        actor: { id: 'u-admin', kind: 'user', role: 'alliance_admin' },
      },
    });
  }

  private profile(id: string, name: string, status: MemberStatus, districtCode: string) {
    return {
      memberId: id,
      name,
      nameEn: null,
      creditCode: '91510100MA6CXXXX0X',
      kind: 'childcare_centre',
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

  /** An organisation applies and is admitted (versions 1 and 2); resolves once the projection has it. */
  async admittedOrganisation(name = `托育中心${++serial}`, districtCode = 'gaoxin'): Promise<string> {
    const id = randomUUID();
    const now = new Date().toISOString();
    this.names.set(id, name);
    await this.publishMemberEvent(
      this.memberEvent(MembershipEvent.memberApplied, id, 1, {
        ...this.profile(id, name, 'applied', districtCode),
        appliedAt: now,
      }),
    );
    await this.publishMemberEvent(
      this.memberEvent(MembershipEvent.memberAdmitted, id, 2, {
        ...this.profile(id, name, 'admitted', districtCode),
        fromStatus: 'applied',
        reason: null,
        admittedAt: now,
      }),
    );
    this.memberVersions.set(id, 2);
    await this.waitForOrganisation(id, 'admitted', 2);
    return id;
  }

  /** The organisation's next status change, as membership would publish it; resolves once it is applied. */
  async changeStatus(id: string, type: string, from: MemberStatus, to: MemberStatus, reason: string | null) {
    const version = (this.memberVersions.get(id) ?? 0) + 1;
    this.memberVersions.set(id, version);
    const name = this.names.get(id) ?? '托育中心';
    const data =
      type === MembershipEvent.memberReinstated
        ? {
            ...this.profile(id, name, to, 'gaoxin'),
            fromStatus: from,
            reason,
            reinstatedAt: new Date().toISOString(),
          }
        : {
            memberId: id,
            name,
            districtCode: 'gaoxin',
            fromStatus: from,
            toStatus: to,
            reason,
            changedAt: new Date().toISOString(),
          };
    await this.publishMemberEvent(this.memberEvent(type, id, version, data));
    await this.waitForOrganisation(id, to, version);
  }

  waitForOrganisation(id: string, status: string, version: number): Promise<unknown> {
    return waitFor(
      async () => {
        const [row] = await this.dataSource.query(
          `SELECT status, version FROM member_organisation WHERE organisation_id = $1`,
          [id],
        );
        return row?.status === status && row.version === version;
      },
      { timeoutMs: 20_000, what: `organisation ${id} ${status} at version ${version} in the projection` },
    );
  }

  // ---- resources -----------------------------------------------------------------------------------

  offer(
    ownerOrganisationId: string,
    overrides: Partial<ListResourceDto> = {},
    caller: RpcCaller | null = ADMIN,
  ) {
    return this.call<ResourceView>(
      ResourcesRpc.listResource,
      {
        kind: 'venue',
        title: `培训大厅${++serial}`,
        ownerOrganisationId,
        capacity: 80,
        visibility: 'alliance',
        policy: { approval: 'auto' },
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
    return waitForAggregateEvents(
      this.nc,
      streamName('resources', this.env.streamPrefix),
      aggregateId,
      count,
    );
  }
}
