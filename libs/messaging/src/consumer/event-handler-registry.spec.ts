import type { EntityManager } from 'typeorm';
import { EventHandlerRegistry, type RegisteredHandler } from './event-handler-registry';

class BookingData {}
class OtherData {}

describe('EventHandlerRegistry: two handlers of one event type in one service', () => {
  const registry = () => new EventHandlerRegistry({} as never);
  const handler = (
    owner: string,
    calls: string[],
    extra: Partial<RegisteredHandler> = {},
  ): RegisteredHandler => ({
    context: 'resources',
    type: 'resources.booking.approved',
    owner,
    dataClass: BookingData,
    reaction: async () => {
      calls.push(owner);
    },
    ...extra,
  });

  it('applies both in registration order, unbatched if either asks', async () => {
    const calls: string[] = [];
    const r = registry();
    r.register(handler('Tasks', calls));
    r.register(handler('Venues', calls, { batch: false }));
    const combined = r.handlerFor('resources.booking.approved')!;
    await combined.reaction({} as never, {} as EntityManager);
    expect(calls).toEqual(['Tasks', 'Venues']);
    expect([combined.owner, combined.batch, combined.dataClass]).toEqual([
      'Tasks+Venues',
      false,
      BookingData,
    ]);
  });

  it('refuses handlers that disagree on the data class or the context', () => {
    const r = registry();
    r.register(handler('Tasks', []));
    expect(() => r.register(handler('Venues', [], { dataClass: OtherData }))).toThrow(/two handlers/);
    expect(() => r.register(handler('Venues', [], { context: 'training' }))).toThrow(/two handlers/);
  });
});
