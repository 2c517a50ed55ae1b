import { randomUUID } from 'node:crypto';
import { streamName, type EventEnvelope, type RpcCaller, type RpcErrorPayload } from '@alliance/contracts';
import { MembershipRpc, type ApplyForMembershipDto, type MemberView } from '@alliance/contracts/membership';
import { connectNats, RpcClient } from '@alliance/messaging';
import {
  newCreditCode,
  rpcRefusal,
  TestEnvironment,
  waitForAggregateEvents,
  type StreamEvent,
} from '@alliance/testing';
import type { NatsConnection } from '@nats-io/transport-node';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { startMembership } from '../src/bootstrap';

export const ADMIN: RpcCaller = { userId: 'u-admin', username: 'admin', role: 'alliance_admin' };

export function memberRep(organisationId: string): RpcCaller {
  return {
    userId: `u-rep-${organisationId.slice(0, 8)}`,
    username: 'rep',
    role: 'member_rep',
    organisationId,
  };
}

export function application(overrides: Partial<ApplyForMembershipDto> = {}): ApplyForMembershipDto {
  return {
    name: '咿薇托育',
    nameEn: 'Yiwei Childcare',
    creditCode: newCreditCode(),
    kind: 'childcare_centre',
    ownership: 'state_owned',
    districtCode: 'gaoxin',
    address: '成都市高新区天府大道中段',
    contacts: [{ name: '李园长', role: '园长', phone: '13812345678', email: 'director@example.cn' }],
    licensedPlaces: 120,
    affordablePlaces: 80,
    ...overrides,
  };
}

/** The membership service in-process against real PostgreSQL and NATS, isolated by schema and prefixes. */
export class MembershipHarness {
  readonly env = new TestEnvironment('membership');
  readonly schema = this.env.schema('membership');
  app!: INestApplication;
  dataSource!: DataSource;
  nc!: NatsConnection;
  rpc!: RpcClient;

  async start(): Promise<this> {
    this.app = await startMembership({
      service: 'membership',
      databaseUrl: this.env.databaseUrl,
      schema: this.schema,
      natsUrl: this.env.natsUrl,
      subjectPrefix: this.env.subjectPrefix,
      streamPrefix: this.env.streamPrefix,
      relayEnabled: true,
      logLevel: process.env.TEST_LOG_LEVEL ?? 'error',
    });
    this.dataSource = this.app.get(DataSource);
    this.nc = await connectNats(this.env.natsUrl, 'membership-test');
    this.rpc = new RpcClient(this.nc, { subjectPrefix: this.env.subjectPrefix, timeoutMs: 10_000 });
    return this;
  }

  async stop(): Promise<void> {
    await this.app?.close();
    await this.nc?.close();
    await this.env.cleanup();
  }

  call<T>(
    subject: string,
    body: object,
    caller: RpcCaller | null = ADMIN,
    requestId: string = randomUUID(),
  ): Promise<T> {
    return this.rpc.send<T>(subject, { requestId, caller, body });
  }

  /** The refusal the service answered; fails the test if the call succeeded or failed otherwise. */
  refusal(subject: string, body: object, caller: RpcCaller | null = ADMIN): Promise<RpcErrorPayload> {
    return rpcRefusal(this.call(subject, body, caller));
  }

  apply(
    overrides: Partial<ApplyForMembershipDto> = {},
    caller: RpcCaller | null = ADMIN,
  ): Promise<MemberView> {
    return this.call<MemberView>(MembershipRpc.applyMember, application(overrides), caller);
  }

  /** Events of one aggregate as written to the outbox, in order. */
  async outboxEvents(aggregateId: string): Promise<EventEnvelope[]> {
    const rows = (await this.dataSource.query(
      `SELECT payload FROM "${this.schema}".outbox WHERE aggregate_id = $1 ORDER BY id`,
      [aggregateId],
    )) as Array<{ payload: EventEnvelope }>;
    return rows.map((r) => r.payload);
  }

  /** Waits until the relay has published this aggregate's events and returns them as they are on the stream. */
  streamEventsOf(aggregateId: string, count: number): Promise<StreamEvent[]> {
    return waitForAggregateEvents(
      this.nc,
      streamName('membership', this.env.streamPrefix),
      aggregateId,
      count,
    );
  }
}
