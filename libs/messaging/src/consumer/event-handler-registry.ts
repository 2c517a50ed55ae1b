import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { consumerContextOf, eventHandlersOf, type EventDataClass, type EventReaction } from './event-handler.decorators';

export interface RegisteredHandler {
  context: string;
  type: string;
  reaction: EventReaction;
  dataClass?: EventDataClass;
  owner: string;
  /** False: applied in a transaction of its own, never batched with other events. */
  batch?: boolean;
}

/** Finds every @EventConsumer provider and its @OnEvent methods, by producing context. */
@Injectable()
export class EventHandlerRegistry implements OnModuleInit {
  private readonly byType = new Map<string, RegisteredHandler>();

  constructor(private readonly discovery: DiscoveryService) {}

  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders()) {
      const { instance, metatype } = wrapper;
      if (!instance || !metatype) continue;
      const context = consumerContextOf(metatype);
      if (!context) continue;
      for (const meta of eventHandlersOf(metatype)) {
        this.register({
          context,
          type: meta.type,
          dataClass: meta.dataClass,
          owner: metatype.name,
          batch: meta.options?.batch,
          reaction: (event, manager) => (instance as Record<string | symbol, EventReaction>)[meta.method].call(instance, event, manager),
        });
      }
    }
  }

  register(handler: RegisteredHandler): void {
    const existing = this.byType.get(handler.type);
    if (existing) {
      throw new Error(`${handler.type} has two handlers in one service: ${existing.owner} and ${handler.owner}`);
    }
    this.byType.set(handler.type, handler);
  }

  handlerFor(type: string): RegisteredHandler | undefined {
    return this.byType.get(type);
  }

  contexts(): string[] {
    return [...new Set([...this.byType.values()].map((h) => h.context))];
  }

  forContext(context: string): Map<string, RegisteredHandler> {
    return new Map([...this.byType].filter(([, h]) => h.context === context));
  }
}
