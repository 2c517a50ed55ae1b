import { Type } from 'class-transformer';
import {
  IsDefined,
  IsISO8601,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Min,
  ValidateNested,
} from 'class-validator';

/** Who caused a change: a user of the gateway, or a service acting on its own (a reaction, a scheduler). */
export class EventActor {
  @IsString()
  @IsNotEmpty()
  id!: string;

  @IsString()
  @IsNotEmpty()
  kind!: 'user' | 'service';

  @IsOptional()
  @IsString()
  role?: string;
}

export const EVENT_TYPE_PATTERN = /^evt\.[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*\.v[1-9][0-9]*$/;

/**
 * The envelope every domain event travels in. `type` is also the event's subject (before any
 * deployment prefix), so a consumer can route on either.
 */
export class EventEnvelope<TData extends object = Record<string, unknown>> {
  @IsUUID()
  eventId!: string;

  @Matches(EVENT_TYPE_PATTERN, { message: 'type must look like evt.<context>.<aggregate>.<past-tense>.v<N>' })
  type!: string;

  @IsInt()
  @Min(1)
  version!: number;

  @IsISO8601({ strict: true })
  occurredAt!: string;

  @IsString()
  @IsNotEmpty()
  aggregateId!: string;

  @IsInt()
  @Min(1)
  aggregateVersion!: number;

  @IsString()
  @IsNotEmpty()
  correlationId!: string;

  @IsOptional()
  @IsString()
  causationId?: string | null;

  @ValidateNested()
  @Type(() => EventActor)
  @IsDefined()
  actor!: EventActor;

  @IsObject()
  data!: TData;
}

export const SYSTEM_ACTOR: EventActor = { id: 'system', kind: 'service' };
