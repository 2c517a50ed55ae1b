import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { EventEnvelope } from '@alliance/contracts';
import { PermanentEventError } from './permanent-event-error';
import type { EventDataClass } from './event-handler.decorators';

function describe(errors: ValidationError[], parent = ''): string[] {
  return errors.flatMap((e) => {
    const path = parent ? `${parent}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((reason) => `${path}: ${reason}`);
    return [...own, ...describe(e.children ?? [], path)];
  });
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
