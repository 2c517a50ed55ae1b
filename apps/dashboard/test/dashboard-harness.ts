import { randomUUID } from 'node:crypto';
import { CONTEXTS, type EventEnvelope, type RpcCaller, type RpcErrorPayload } from '@alliance/contracts';
import { DashboardRpc, type DashboardView } from '@alliance/contracts/dashboard';
import { buildEnvelope, connectNats, RpcClient, StreamProvisioner } from '@alliance/messaging';
import { rpcRefusal, TestEnvironment } from '@alliance/testing';
import { jetstream } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { startDashboard } from '../src/bootstrap';

export const ADMIN: RpcCaller = { userId: 'u-admin', username: 'admin', role: 'alliance_admin' };
export const VIEWER: RpcCaller = { userId: 'u-viewer', username: 'viewer', role: 'viewer' };

/**
 * The dashboard in-process against real PostgreSQL and NATS, isolated by schema and prefixes. The other
 * contexts are their events, published straight to their streams as their relays would (msgID = eventId).
 */
export class DashboardHarness {
  readonly env: TestEnvironment;
  readonly schema: string;
  app!: INestApplication;
  dataSource!: DataSource;
  nc!: NatsConnection;
  rpc!: RpcClient;

  constructor(label = 'dashboard') {
    this.env = new TestEnvironment(label);
    this.schema = this.env.schema('dashboard');
  }

  async start(): Promise<this> {
    this.nc = await connectNats(this.env.natsUrl, 'dashboard-test');
    // The producers' streams, as the producers ensure them.
    const provisioner = new StreamProvisioner(this.nc, {
      subjectPrefix: this.env.subjectPrefix,
      streamPrefix: this.env.streamPrefix,
    });
    for (const context of CONTEXTS) await provisioner.ensureStream(context);
    this.app = await this.startApp();
    this.dataSource = this.app.get(DataSource);
    this.rpc = new RpcClient(this.nc, { subjectPrefix: this.env.subjectPrefix, timeoutMs: 60_000 });
    return this;
  }

  startApp(): Promise<INestApplication> {
    return startDashboard(
      {
        service: 'dashboard',
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

  figures(asOf: string): Promise<DashboardView> {
    return this.call<DashboardView>(DashboardRpc.figures, { asOf });
  }

  /** An envelope as the producer's outbox builds it. */
  event(type: string, aggregateId: string, aggregateVersion: number, data: object): EventEnvelope<object> {
    return buildEnvelope({
      type,
      aggregateId,
      aggregateVersion,
      data,
      meta: { correlationId: `test-${randomUUID()}`, actor: { id: 'test', kind: 'service' } },
    });
  }

  /** Publishes to the event's stream; another msgID gets a duplicate past JetStream's de-duplication. */
  async publish(envelope: EventEnvelope<object>, msgID: string = envelope.eventId): Promise<void> {
    await jetstream(this.nc).publish(`${this.env.subjectPrefix}${envelope.type}`, JSON.stringify(envelope), { msgID });
  }
}
