import 'reflect-metadata';
import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from '@alliance/contracts';

const CONSUMER_CONTEXT = Symbol('alliance:event-consumer');
const EVENT_HANDLERS = Symbol('alliance:event-handlers');

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type EventDataClass = new (...args: any[]) => object;

export interface EventHandlerOptions {
  /**
   * Apply this event type together with other fetched events in one transaction (default true).
   * Set false for a reaction that must commit on its own — e.g. one that takes long, holds locks
   * other work waits for, or whose failure should never cost the rest of a batch a retry.
   */
  batch?: boolean;
}

export interface EventHandlerMeta {
  type: string;
  method: string | symbol;
  dataClass?: EventDataClass;
  options?: EventHandlerOptions;
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
 * an event that fails it is dead-lettered at once. Several fetched events may be applied in one
 * transaction (each with its own inbox row, in stream order) unless `options.batch` is false.
 */
export function OnEvent(type: string, dataClass?: EventDataClass, options?: EventHandlerOptions): MethodDecorator {
  return (target, method) => {
    const list: EventHandlerMeta[] = Reflect.getMetadata(EVENT_HANDLERS, target.constructor) ?? [];
    Reflect.defineMetadata(EVENT_HANDLERS, [...list, { type, method, dataClass, options }], target.constructor);
  };
}

export function consumerContextOf(target: object): string | undefined {
  return Reflect.getMetadata(CONSUMER_CONTEXT, target);
}

export function eventHandlersOf(target: object): EventHandlerMeta[] {
  return Reflect.getMetadata(EVENT_HANDLERS, target) ?? [];
}
