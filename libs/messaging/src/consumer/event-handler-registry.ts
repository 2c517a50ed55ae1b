import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import {
  consumerContextOf,
  eventHandlersOf,
  type EventDataClass,
  type EventReaction,
} from './event-handler.decorators';

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
          reaction: (event, manager) =>
            (instance as Record<string | symbol, EventReaction>)[meta.method].call(instance, event, manager),
        });
      }
    }
  }

  /**
   * A second handler of a type already handled is applied after the first, in the same transaction (one inbox
   * row for both): two projections of one service may follow the same event (coordination's to-do list and its
   * meeting venues both follow resources' bookings). They must agree on the data class, or the event could be
   * valid for one and not the other; an event of another context under the same type is a mistake.
   */
  register(handler: RegisteredHandler): void {
    const existing = this.byType.get(handler.type);
    if (!existing) {
      this.byType.set(handler.type, handler);
      return;
    }
    if (
      existing.context !== handler.context ||
      (existing.dataClass && handler.dataClass && existing.dataClass !== handler.dataClass)
    ) {
      throw new Error(
        `${handler.type} has two handlers in one service: ${existing.owner} and ${handler.owner}`,
      );
    }
    this.byType.set(handler.type, {
      context: existing.context,
      type: existing.type,
      dataClass: existing.dataClass ?? handler.dataClass,
      owner: `${existing.owner}+${handler.owner}`,
      batch: existing.batch === false || handler.batch === false ? false : (existing.batch ?? handler.batch),
      reaction: async (event, manager) => {
        await existing.reaction(event, manager);
        await handler.reaction(event, manager);
      },
    });
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
