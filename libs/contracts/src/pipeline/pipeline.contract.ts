import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { Role } from '../auth/roles';
import { rpcSubject } from '../events/subjects';

/*
 * What every service that imports MessagingModule answers about its own event pipeline, over RPC
 * (served by startRpcServer): the gateway's /pipeline routes and /ready speak this.
 */

export const PipelineRpc = {
  status: (service: string) => rpcSubject(service, 'pipeline', 'status'),
  /** Only the relay of the answering process: no database or JetStream work, for readiness probes. */
  relay: (service: string) => rpcSubject(service, 'pipeline', 'relay'),
  listDeadLetters: (service: string) => rpcSubject(service, 'dead-letter', 'list'),
  replayDeadLetter: (service: string) => rpcSubject(service, 'dead-letter', 'replay'),
  discardDeadLetter: (service: string) => rpcSubject(service, 'dead-letter', 'discard'),
} as const;

/**
 * The role a gateway caller needs for these subjects. The gateway refuses everyone else first; a
 * service checks again so that no other caller (another service forwarding a user) can repair the
 * pipeline. A request without a caller is the platform itself (operators' tooling on NATS).
 */
export const PIPELINE_ADMIN_ROLE = Role.AllianceAdmin;

export const DEAD_LETTER_STATUSES = ['open', 'replayed', 'discarded', 'all'] as const;
export type DeadLetterStatusFilter = (typeof DEAD_LETTER_STATUSES)[number];
export type DeadLetterStatus = Exclude<DeadLetterStatusFilter, 'all'>;

/** Dead-letter ids are bigserial values, sent as decimal strings. */
export const DEAD_LETTER_ID = /^[1-9][0-9]{0,17}$/;

export class ListDeadLettersRequest {
  @IsOptional()
  @IsIn(DEAD_LETTER_STATUSES)
  status?: DeadLetterStatusFilter;

  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  consumer?: string;

  @IsOptional()
  @Matches(DEAD_LETTER_ID, { message: 'after must be a dead-letter id' })
  after?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}

export class ReplayDeadLetterRequest {
  @Matches(DEAD_LETTER_ID, { message: 'id must be a dead-letter id' })
  id!: string;

  /** A corrected event envelope, for a letter that can never be applied as it was sent. */
  @IsOptional()
  @IsObject()
  payload?: Record<string, unknown>;
}

export class DiscardDeadLetterRequest {
  @Matches(DEAD_LETTER_ID, { message: 'id must be a dead-letter id' })
  id!: string;

  @IsString()
  @Matches(/\S/, { message: 'reason must not be blank' })
  @MaxLength(1000)
  reason!: string;
}

export interface DeadLetterActorView {
  id: string;
  kind: 'user' | 'service';
  username?: string;
  role?: string;
}

export interface DeadLetterView {
  id: string;
  status: DeadLetterStatus;
  consumer: string;
  stream: string;
  subject: string;
  streamSeq: string;
  eventId: string | null;
  eventType: string | null;
  /** The message as it arrived, as text (it may not be JSON). */
  payload: string;
  error: string;
  deliveries: number;
  failedAt: string;
  replayedAt: string | null;
  replayedBy: DeadLetterActorView | null;
  replayError: string | null;
  discardedAt: string | null;
  discardedBy: DeadLetterActorView | null;
  discardReason: string | null;
}

export interface DeadLetterPage {
  items: DeadLetterView[];
  nextCursor: string | null;
}

export interface ReplayResult {
  id: string;
  outcome: 'applied' | 'duplicate';
}

export interface OutboxBacklog {
  /** Rows committed but not yet acknowledged by JetStream. */
  unpublished: number;
  oldestUnpublishedAt: string | null;
  /** Age of the oldest unpublished row, on the database clock. */
  oldestAgeMs: number | null;
  /** The last publish error recorded on an unpublished row. */
  lastError: string | null;
}

export interface RelayStatusView {
  lastPublishedAt: string | null;
  /** When publishing started failing (null while it succeeds). */
  failingSince: string | null;
  /** How long it has been failing, on the service's clock (so no clock skew with the reader). */
  failingForMs: number | null;
  lastError: string | null;
  /** Events published by this process since it started. */
  published: number;
}

/** The answer of `<service>.pipeline.relay`. */
export interface RelayProbe {
  relay: RelayStatusView | null;
}

export interface ConsumerStatusView {
  /** The producing context whose stream is consumed. */
  context: string;
  stream: string;
  durable: string;
  /** From JetStream consumer info; null when JetStream did not answer (see `error`). */
  numPending: number | null;
  numAckPending: number | null;
  numRedelivered: number | null;
  error: string | null;
}

export interface DeadLetterCounts {
  open: number;
  replayed: number;
  discarded: number;
  oldestOpenAt: string | null;
}

export interface PipelineStatus {
  service: string;
  checkedAt: string;
  outbox: OutboxBacklog;
  /** Null when no relay runs in the process that answered (it publishes nothing, or relay is off). */
  relay: RelayStatusView | null;
  consumers: ConsumerStatusView[];
  deadLetters: DeadLetterCounts;
}
