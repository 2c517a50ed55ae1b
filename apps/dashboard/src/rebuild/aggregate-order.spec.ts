import type { EventEnvelope } from '@alliance/contracts';
import { AggregateOrder } from './rebuild.service';

const event = (aggregateId: string, aggregateVersion: number, type = 'evt.training.certificate.issued.v1') =>
  ({ type, aggregateId, aggregateVersion }) as EventEnvelope;
const names = (events: EventEnvelope[]) => events.map((e) => `${e.aggregateId}@${e.aggregateVersion}`);

describe('AggregateOrder (the rebuild applies each aggregate in version order)', () => {
  it('releases in order, holds an early version until its predecessor comes, drops what is stale', () => {
    const order = new AggregateOrder();
    expect(names(order.offer(event('a', 1)))).toEqual(['a@1']);
    expect(names(order.offer(event('a', 3)))).toEqual([]);
    expect(names(order.offer(event('b', 2)))).toEqual([]);
    expect(names(order.offer(event('a', 2)))).toEqual(['a@2', 'a@3']);
    expect(names(order.offer(event('a', 2)))).toEqual([]);
    expect(names(order.offer(event('b', 1)))).toEqual(['b@1', 'b@2']);
  });

  it('keeps the kinds of aggregate apart and leaves what never got its predecessor for the end, in order', () => {
    const order = new AggregateOrder();
    expect(names(order.offer(event('x', 1, 'evt.compliance.audit.planned.v1')))).toEqual(['x@1']);
    expect(names(order.offer(event('x', 1, 'evt.compliance.finding.raised.v1')))).toEqual(['x@1']);
    order.offer(event('y', 4));
    order.offer(event('y', 3));
    expect(names(order.rest())).toEqual(['y@3', 'y@4']);
    expect(order.rest()).toEqual([]);
  });
});
