import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { NatsConnection } from '@nats-io/transport-node';
import { ConsumerRunner } from './consumer/consumer-runner';
import { EventHandlerRegistry } from './consumer/event-handler-registry';
import { MESSAGING_OPTIONS, type MessagingOptions } from './messaging-options';
import { NATS_CONNECTION } from './nats/nats-connection.provider';
import { StreamProvisioner } from './nats/stream-provisioner';
import { OutboxRelay, type RelayStatus } from './outbox/outbox-relay';

/**
 * Starts what moves events (streams, relay, consumers) once the app is up, and drains it on
 * shutdown before the database and NATS connections close (rule 7).
 */
@Injectable()
export class MessagingLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger('Messaging');
  private relay?: OutboxRelay;
  private readonly runners: ConsumerRunner[] = [];

  constructor(
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    private readonly dataSource: DataSource,
    private readonly registry: EventHandlerRegistry,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const provisioner = new StreamProvisioner(
      this.nc,
      { subjectPrefix: this.options.subjectPrefix ?? '', streamPrefix: this.options.streamPrefix ?? '' },
      { duplicateWindowMs: this.options.duplicateWindowMs, replicas: this.options.streamReplicas },
    );
    for (const context of this.options.publishes ?? []) await provisioner.ensureStream(context);
    if ((this.options.publishes?.length ?? 0) > 0 && this.options.relay?.enabled !== false) {
      this.relay = new OutboxRelay({
        ...this.options.relay,
        dataSource: this.dataSource,
        nc: this.nc,
        subjectPrefix: this.options.subjectPrefix,
        logger: this.logger,
      });
      await this.relay.start();
    }
    for (const context of this.registry.contexts()) {
      const runner = new ConsumerRunner({
        ...this.options.consumer,
        dataSource: this.dataSource,
        nc: this.nc,
        provisioner,
        service: this.options.service,
        context,
        handlerFor: (type) => this.registry.handlerFor(type),
        logger: this.logger,
      });
      await runner.start();
      this.runners.push(runner);
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(this.runners.map((r) => r.stop()));
    await this.relay?.stop();
  }

  async onApplicationShutdown(): Promise<void> {
    if (!this.nc.isClosed()) await this.nc.drain().catch(() => this.nc.close());
  }

  /** The relay of this process, or null when it runs none (nothing published, or relay disabled). */
  relayStatus(): RelayStatus | null {
    return this.relay?.status() ?? null;
  }

  consumerStats() {
    return this.runners.map((r) => ({ ...r.stats }));
  }
}
