import type { SchemaObject } from '@nestjs/swagger';
import {
  DEAD_LETTER_STATUSES,
  type ConsumerStatusView,
  type DeadLetterActorView,
  type DeadLetterCounts,
  type DeadLetterPage,
  type DeadLetterView,
  type OutboxBacklog,
  type PipelineStatus,
  type RelayStatusView,
  type ReplayResult,
} from '@alliance/messaging';
import { arrayOf } from '../openapi/api-docs.decorators';
import { dateTime, int, nullableStr, objectSchema, oneOf, str } from '../openapi/typed-schema';
import type { PipelineOverview, ServicePipeline } from './pipeline-view.service';

/*
 * Response schemas of the pipeline routes, written against the messaging library's interfaces
 * (objectSchema makes a missing or extra property a compile error). Inline rather than registered
 * components: they are used by these routes only.
 */

const nullableInt = (description?: string): SchemaObject => ({
  type: 'integer',
  nullable: true,
  description,
});

const actor: SchemaObject = {
  ...objectSchema<DeadLetterActorView>(
    { id: str(), kind: oneOf(['user', 'service']), username: str(), role: str() },
    { optional: ['username', 'role'], description: 'Who replayed or discarded it.' },
  ),
  nullable: true,
};

const outbox = objectSchema<OutboxBacklog>({
  unpublished: int({ description: 'Rows committed but not yet acknowledged by JetStream.' }),
  oldestUnpublishedAt: dateTime(true),
  oldestAgeMs: nullableInt('Age of the oldest unpublished row (database clock).'),
  lastError: nullableStr({ description: 'Last publish error recorded on an unpublished row.' }),
});

const relay: SchemaObject = {
  ...objectSchema<RelayStatusView>({
    lastPublishedAt: dateTime(true),
    failingSince: dateTime(true),
    failingForMs: nullableInt('How long publishing has been failing (service clock).'),
    lastError: nullableStr(),
    published: int({ description: 'Events this process has published since it started.' }),
  }),
  nullable: true,
  description: 'The relay of the process that answered; null when it runs none.',
};

const consumer = objectSchema<ConsumerStatusView>({
  context: str({ description: 'Producing context whose stream is consumed.' }),
  stream: str(),
  durable: str(),
  numPending: nullableInt('JetStream num_pending: not yet delivered.'),
  numAckPending: nullableInt('JetStream num_ack_pending: delivered, not yet acknowledged.'),
  numRedelivered: nullableInt('JetStream num_redelivered.'),
  error: nullableStr({ description: 'Why JetStream gave no numbers.' }),
});

const deadLetterCounts = objectSchema<DeadLetterCounts>({
  open: int(),
  replayed: int(),
  discarded: int(),
  oldestOpenAt: dateTime(true),
});

export const PIPELINE_STATUS_SCHEMA = objectSchema<PipelineStatus>({
  service: str(),
  checkedAt: dateTime(),
  outbox,
  relay,
  consumers: arrayOf(consumer),
  deadLetters: deadLetterCounts,
});

export const SERVICE_PIPELINE_SCHEMA = objectSchema<ServicePipeline>({
  service: str(),
  stalled: {
    type: 'boolean',
    description: 'The relay has failed to publish for longer than RELAY_STALL_MS.',
  },
  problem: nullableStr({ description: 'Why the service gave no status (down, slow, failed).' }),
  status: { ...PIPELINE_STATUS_SCHEMA, nullable: true },
});

export const PIPELINE_OVERVIEW_SCHEMA = objectSchema<PipelineOverview>({
  relayStallMs: int(),
  services: arrayOf(SERVICE_PIPELINE_SCHEMA),
});

export const DEAD_LETTER_SCHEMA = objectSchema<DeadLetterView>({
  id: str({ pattern: '^[1-9][0-9]*$' }),
  status: oneOf(DEAD_LETTER_STATUSES.filter((s) => s !== 'all')),
  consumer: str(),
  stream: str(),
  subject: str(),
  streamSeq: str(),
  eventId: nullableStr({ format: 'uuid' }),
  eventType: nullableStr(),
  payload: str({ description: 'The message as it arrived, as text (it may not be JSON).' }),
  error: str(),
  deliveries: int(),
  failedAt: dateTime(),
  replayedAt: dateTime(true),
  replayedBy: actor,
  replayError: nullableStr({ description: 'Why the last replay failed.' }),
  discardedAt: dateTime(true),
  discardedBy: actor,
  discardReason: nullableStr(),
});

export const DEAD_LETTER_PAGE_SCHEMA = objectSchema<DeadLetterPage>({
  items: arrayOf(DEAD_LETTER_SCHEMA),
  nextCursor: nullableStr({ description: 'Pass as `after` for the next page.' }),
});

export const REPLAY_RESULT_SCHEMA = objectSchema<ReplayResult>({
  id: str(),
  outcome: oneOf(['applied', 'duplicate'], {
    description: '`duplicate`: the event had been applied before.',
  }),
});
