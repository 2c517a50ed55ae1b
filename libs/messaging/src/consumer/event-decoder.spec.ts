import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { EventEnvelope } from '@alliance/contracts';
import { decodeEnvelope, isPlainlyValidEnvelope } from './event-decoder';
import { PermanentEventError } from './permanent-event-error';

const valid = {
  eventId: '7d9a4f52-1f0b-4c53-9a39-0d2b2f7d3a11',
  type: 'evt.ledger.entry.recorded.v1',
  version: 1,
  occurredAt: '2026-11-29T17:11:17.123Z',
  aggregateId: 'entry-1',
  aggregateVersion: 3,
  correlationId: 'req-1',
  causationId: null,
  actor: { id: 'u1', kind: 'user', role: 'alliance_admin' },
  data: { label: 'x' },
};

const classValidatorAccepts = (e: object) => validateSync(plainToInstance(EventEnvelope, e)).length === 0;

// Each differs from `valid` in one field; the fast path must refuse every one class-validator refuses.
const variants: Array<[string, Record<string, unknown>]> = [
  ['eventId not a uuid', { eventId: 'nope' }],
  ['eventId a number', { eventId: 42 }],
  ['eventId upper case', { eventId: '7D9A4F52-1F0B-4C53-9A39-0D2B2F7D3A11' }],
  ['type not an event type', { type: 'member.admitted' }],
  ['version 0', { version: 0 }],
  ['version 1.5', { version: 1.5 }],
  ['version a string', { version: '1' }],
  ['occurredAt without milliseconds', { occurredAt: '2026-11-29T17:11:17Z' }],
  ['occurredAt with an offset', { occurredAt: '2026-11-29T18:11:17.123+01:00' }],
  ['occurredAt 30 February', { occurredAt: '2026-02-30T10:00:00.000Z' }],
  ['occurredAt not a date', { occurredAt: 'yesterday' }],
  ['aggregateId empty', { aggregateId: '' }],
  ['aggregateId a number', { aggregateId: 7 }],
  ['aggregateVersion 0', { aggregateVersion: 0 }],
  ['correlationId missing', { correlationId: undefined }],
  ['causationId absent', { causationId: undefined }],
  ['causationId a number', { causationId: 5 }],
  ['actor missing', { actor: undefined }],
  ['actor a string', { actor: 'admin' }],
  ['actor an array', { actor: [{ id: 'u1', kind: 'user' }] }],
  ['actor without id', { actor: { kind: 'user' } }],
  ['actor with empty kind', { actor: { id: 'u1', kind: '' } }],
  ['actor role a number', { actor: { id: 'u1', kind: 'user', role: 1 } }],
  ['actor without role', { actor: { id: 'u1', kind: 'service' } }],
  ['data an array', { data: [] }],
  ['data null', { data: null }],
  ['data a string', { data: 'x' }],
  ['an extra field', { extra: true }],
];

describe('envelope decoding', () => {
  it('takes the fast path for an envelope as the outbox writes it', () => {
    expect(isPlainlyValidEnvelope(valid)).toBe(true);
    expect(classValidatorAccepts(valid)).toBe(true);
    expect(decodeEnvelope(Buffer.from(JSON.stringify(valid)))).toEqual(valid);
  });

  it.each(variants)('never accepts on the fast path what class-validator refuses: %s', (_what, change) => {
    const envelope = { ...valid, ...change };
    for (const key of Object.keys(change))
      if (change[key] === undefined) delete (envelope as Record<string, unknown>)[key];
    if (isPlainlyValidEnvelope(envelope)) expect(classValidatorAccepts(envelope)).toBe(true);
    // And decoding agrees with class-validator either way.
    const bytes = Buffer.from(JSON.stringify(envelope));
    if (classValidatorAccepts(envelope)) expect(decodeEnvelope(bytes)).toEqual(envelope);
    else expect(() => decodeEnvelope(bytes)).toThrow(PermanentEventError);
  });
});
