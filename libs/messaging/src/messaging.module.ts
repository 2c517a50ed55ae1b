import { Module, type DynamicModule } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { EventHandlerRegistry } from './consumer/event-handler-registry';
import { DeadLetterService } from './dead-letter/dead-letter.service';
import { MessagingLifecycle } from './messaging-lifecycle';
import { MESSAGING_OPTIONS, type MessagingOptions } from './messaging-options';
import { connectNats } from './nats/nats-connection';
import { NATS_CONNECTION } from './nats/nats-connection.provider';
import { OutboxWriter } from './outbox/outbox-writer';
import { PipelineRpcHandlers } from './pipeline/pipeline-rpc.handlers';
import { PipelineStatusService } from './pipeline/pipeline-status.service';

export interface MessagingModuleAsyncOptions {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  imports?: any[];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  inject?: any[];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  useFactory: (...args: any[]) => MessagingOptions | Promise<MessagingOptions>;
}

/** Outbox writer, relay, consumers and dead letters for one service. Needs PersistenceModule. */
@Module({})
export class MessagingModule {
  static forRootAsync(options: MessagingModuleAsyncOptions): DynamicModule {
    return {
      module: MessagingModule,
      global: true,
      imports: [DiscoveryModule, ...(options.imports ?? [])],
      providers: [
        { provide: MESSAGING_OPTIONS, inject: options.inject ?? [], useFactory: options.useFactory },
        {
          provide: NATS_CONNECTION,
          inject: [MESSAGING_OPTIONS],
          useFactory: (o: MessagingOptions) => connectNats(o.natsUrl, o.service),
        },
        OutboxWriter,
        EventHandlerRegistry,
        DeadLetterService,
        MessagingLifecycle,
        PipelineStatusService,
        PipelineRpcHandlers,
      ],
      exports: [MESSAGING_OPTIONS, NATS_CONNECTION, OutboxWriter, DeadLetterService, EventHandlerRegistry, MessagingLifecycle, PipelineStatusService, PipelineRpcHandlers],
    };
  }
}
