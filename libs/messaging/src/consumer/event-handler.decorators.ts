import 'reflect-metadata';
import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from '@alliance/contracts';

const CONSUMER_CONTEXT = Symbol('alliance:event-consumer');
const EVENT_HANDLERS = Symbol('alliance:event-handlers');

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type EventDataClass = new (...args: any[]) => object;

export interface EventHandlerMeta {
  type: string;
  method: string | symbol;
  dataClass?: EventDataClass;
}

export type EventReaction<T extends object = Record<string, unknown>> = (
  event: EventEnvelope<T>,
  manager: EntityManager,
) => Promise<void>;

/** Marks a provider that reacts to the events of one producing context (one stream). */
export function EventConsumer(context: string): ClassDecorator {
  return (target) => Reflect.defineMetadata(CONSUMER_CONTEXT, context, target);
}

/**
 * Marks the method that applies one event type. Its writes go through the given manager, so they
 * commit together with the inbox row. `dataClass` (class-validator) validates `event.data`;
 * an event that fails it is dead-lettered at once.
 */
export function OnEvent(type: string, dataClass?: EventDataClass): MethodDecorator {
  return (target, method) => {
    const list: EventHandlerMeta[] = Reflect.getMetadata(EVENT_HANDLERS, target.constructor) ?? [];
    Reflect.defineMetadata(EVENT_HANDLERS, [...list, { type, method, dataClass }], target.constructor);
  };
}

export function consumerContextOf(target: object): string | undefined {
  return Reflect.getMetadata(CONSUMER_CONTEXT, target);
}

export function eventHandlersOf(target: object): EventHandlerMeta[] {
  return Reflect.getMetadata(EVENT_HANDLERS, target) ?? [];
}
