import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { EVENT_TYPE_PATTERN, EventEnvelope } from '@alliance/contracts';
import { PermanentEventError } from './permanent-event-error';
import type { EventDataClass } from './event-handler.decorators';

function describe(errors: ValidationError[], parent = ''): string[] {
  return errors.flatMap((e) => {
    const path = parent ? `${parent}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((reason) => `${path}: ${reason}`);
    return [...own, ...describe(e.children ?? [], path)];
  });
}

const UUID = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/i;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

const nonEmptyString = (v: unknown): boolean => typeof v === 'string' && v !== '';
const positiveInt = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v) && v >= 1;
const optionalString = (v: unknown): boolean => v === undefined || v === null || typeof v === 'string';
const plainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * True only for an envelope that class-validator would certainly accept too (each check is as strict
 * or stricter: e.g. `occurredAt` only in the form `Date#toISOString` writes). Anything else goes
 * through class-validator, which decides and says why. Validating every envelope with class-validator
 * cost the consumer about a tenth of its CPU per event.
 */
export function isPlainlyValidEnvelope(e: Record<string, unknown>): boolean {
  const actor = e.actor;
  return (
    typeof e.eventId === 'string' &&
    UUID.test(e.eventId) &&
    typeof e.type === 'string' &&
    EVENT_TYPE_PATTERN.test(e.type) &&
    positiveInt(e.version) &&
    typeof e.occurredAt === 'string' &&
    ISO_INSTANT.test(e.occurredAt) &&
    new Date(e.occurredAt).toISOString() === e.occurredAt &&
    nonEmptyString(e.aggregateId) &&
    positiveInt(e.aggregateVersion) &&
    nonEmptyString(e.correlationId) &&
    optionalString(e.causationId) &&
    plainObject(actor) &&
    nonEmptyString(actor.id) &&
    nonEmptyString(actor.kind) &&
    optionalString(actor.role) &&
    plainObject(e.data)
  );
}

/** Parses and validates an envelope; anything wrong is permanent (redelivery cannot fix bytes). */
export function decodeEnvelope(bytes: Uint8Array): EventEnvelope {
  let plain: unknown;
  try {
    plain = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch (error) {
    throw new PermanentEventError(`undecodable event: ${(error as Error).message}`);
  }
  if (typeof plain !== 'object' || plain === null || Array.isArray(plain)) {
    throw new PermanentEventError('undecodable event: not a JSON object');
  }
  if (isPlainlyValidEnvelope(plain as Record<string, unknown>)) return plain as EventEnvelope;
  const errors = validateSync(plainToInstance(EventEnvelope, plain));
  if (errors.length > 0) throw new PermanentEventError(`invalid event envelope: ${describe(errors).join('; ')}`);
  return plain as EventEnvelope;
}

export function validateEventData(envelope: EventEnvelope, dataClass?: EventDataClass): void {
  if (!dataClass) return;
  const errors = validateSync(plainToInstance(dataClass, envelope.data), { forbidUnknownValues: false });
  if (errors.length > 0) {
    throw new PermanentEventError(`invalid ${envelope.type} data: ${describe(errors).join('; ')}`);
  }
}
