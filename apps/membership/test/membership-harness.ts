import { randomUUID } from 'node:crypto';
import {
  streamName,
  unifiedSocialCreditCodeCheckChar,
  type EventEnvelope,
  type RpcCaller,
  type RpcErrorPayload,
} from '@alliance/contracts';
import { type ApplyForMembershipDto, type MemberView } from '@alliance/contracts/membership';
import { connectNats, RpcCallError, RpcClient } from '@alliance/messaging';
import { TestEnvironment, waitFor } from '@alliance/testing';
import { jetstreamManager } from '@nats-io/jetstream';
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

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
let codeCounter = 0;

/** A fresh valid credit code (Chengdu division 510100) per call, so tests never collide on the unique key. */
export function newCreditCode(): string {
  codeCounter += 1;
  const random = Array.from({ length: 6 }, () => ALPHABET[Math.floor(Math.random() * ALPHABET.length)]).join(
    '',
  );
  const first17 = `91510100${random}${String(codeCounter % 1000).padStart(3, '0')}`;
  return first17 + unifiedSocialCreditCodeCheckChar(first17)!;
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

  /** The refusal the service answered; fails the test if the call succeeded. */
  async refusal(subject: string, body: object, caller: RpcCaller | null = ADMIN): Promise<RpcErrorPayload> {
    const outcome = await this.call(subject, body, caller).then(
      (result) => ({ ok: true as const, result }),
      (error: unknown) => ({ ok: false as const, error }),
    );
    if (outcome.ok)
      throw new Error(`expected ${subject} to be refused, it answered ${JSON.stringify(outcome.result)}`);
    if (!(outcome.error instanceof RpcCallError)) throw outcome.error;
    return outcome.error.payload;
  }

  apply(
    overrides: Partial<ApplyForMembershipDto> = {},
    caller: RpcCaller | null = ADMIN,
  ): Promise<MemberView> {
    return this.call<MemberView>('membership.member.apply', application(overrides), caller);
  }

  /** Events of one aggregate as written to the outbox, in order. */
  async outboxEvents(aggregateId: string): Promise<EventEnvelope[]> {
    const rows = (await this.dataSource.query(
      `SELECT payload FROM "${this.schema}".outbox WHERE aggregate_id = $1 ORDER BY id`,
      [aggregateId],
    )) as Array<{ payload: EventEnvelope }>;
    return rows.map((r) => r.payload);
  }

  /** Every event on this run's membership stream, in stream order. */
  async streamEvents(): Promise<Array<{ subject: string; envelope: EventEnvelope }>> {
    const jsm = await jetstreamManager(this.nc);
    const stream = streamName('membership', this.env.streamPrefix);
    const info = await jsm.streams.info(stream);
    const events: Array<{ subject: string; envelope: EventEnvelope }> = [];
    for (let seq = info.state.first_seq; seq <= info.state.last_seq && info.state.messages > 0; seq++) {
      const message = await jsm.streams.getMessage(stream, { seq });
      if (message) events.push({ subject: message.subject, envelope: message.json<EventEnvelope>() });
    }
    return events;
  }

  /** Waits until the relay has published this aggregate's events and returns them as they are on the stream. */
  async streamEventsOf(
    aggregateId: string,
    count: number,
  ): Promise<Array<{ subject: string; envelope: EventEnvelope }>> {
    return waitFor(
      async () => {
        const events = (await this.streamEvents()).filter((e) => e.envelope.aggregateId === aggregateId);
        return events.length >= count ? events : null;
      },
      { what: `${count} events of ${aggregateId} on the stream`, timeoutMs: 10_000 },
    );
  }
}
