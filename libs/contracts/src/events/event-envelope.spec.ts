import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { EventEnvelope } from './event-envelope';

const valid = {
  eventId: '0f8fad5b-d9cb-469f-a165-70867728950e',
  type: 'evt.membership.member.admitted.v1',
  version: 1,
  occurredAt: '2026-06-12T02:00:00.000Z',
  aggregateId: 'm-1',
  aggregateVersion: 2,
  correlationId: 'req-1',
  causationId: null,
  actor: { id: 'u-1', kind: 'user', role: 'alliance_admin' },
  data: { name: '咿薇托育' },
};

function errorsOf(plain: object): string[] {
  return validateSync(plainToInstance(EventEnvelope, plain)).map((e) => e.property);
}

describe('EventEnvelope', () => {
  it('accepts a complete envelope', () => {
    expect(errorsOf(valid)).toEqual([]);
  });

  it('names each broken field', () => {
    expect(errorsOf({ ...valid, eventId: 'nope', type: 'member.admitted', aggregateVersion: 0 }).sort()).toEqual([
      'aggregateVersion',
      'eventId',
      'type',
    ]);
    expect(errorsOf({ ...valid, actor: { id: '' } })).toEqual(['actor']);
    expect(errorsOf({ ...valid, data: undefined })).toEqual(['data']);
  });
});
