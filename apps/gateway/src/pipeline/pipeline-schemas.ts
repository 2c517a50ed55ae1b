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
} from '@alliance/contracts/pipeline';
import { arrayOf, ref } from '../openapi/api-docs.decorators';
import { dateTime, int, nullableStr, objectSchema, oneOf, str } from '../openapi/typed-schema';
import type { PipelineOverview, ServicePipeline } from './pipeline-view.service';

/*
 * Response schemas of the pipeline routes, written against the messaging library's interfaces
 * (objectSchema makes a missing or extra property a compile error), contributed to the document's
 * components by PipelineModule.
 */

const nullableInt = (description?: string): SchemaObject => ({
  type: 'integer',
  nullable: true,
  description,
});

/** A nullable reference (OpenAPI 3.0 ignores siblings of `$ref`). */
const nullableRef = (name: string, description?: string): SchemaObject => ({
  // OpenAPI 3.0 has no null type: `nullable` needs a `type` beside it, and a bare $ref takes no siblings.
  type: 'object',
  allOf: [ref(name)],
  nullable: true,
  description,
});

const actor = objectSchema<DeadLetterActorView>(
  { id: str(), kind: oneOf(['user', 'service']), username: str(), role: str() },
  { optional: ['username', 'role'], description: 'Who replayed or discarded a dead letter.' },
);

const outbox = objectSchema<OutboxBacklog>({
  unpublished: int({ description: 'Rows committed but not yet acknowledged by JetStream.' }),
  oldestUnpublishedAt: dateTime(true),
  oldestAgeMs: nullableInt('Age of the oldest unpublished row (database clock).'),
  lastError: nullableStr({ description: 'Last publish error recorded on an unpublished row.' }),
});

const relay = objectSchema<RelayStatusView>(
  {
    lastPublishedAt: dateTime(true),
    failingSince: dateTime(true),
    failingForMs: nullableInt('How long publishing has been failing (service clock).'),
    lastError: nullableStr(),
    published: int({ description: 'Events this process has published since it started.' }),
  },
  { description: 'The relay of the process that answered.' },
);

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

const status = objectSchema<PipelineStatus>({
  service: str(),
  checkedAt: dateTime(),
  outbox: ref('OutboxBacklog'),
  relay: nullableRef('RelayStatus', 'Null when the process that answered runs no relay.'),
  consumers: arrayOf(ref('ConsumerStatus')),
  deadLetters: ref('DeadLetterCounts'),
});

const servicePipeline = objectSchema<ServicePipeline>({
  service: str(),
  stalled: {
    type: 'boolean',
    description: 'The relay has failed to publish for longer than RELAY_STALL_MS.',
  },
  problem: nullableStr({ description: 'Why the service gave no status (down, slow, failed).' }),
  status: nullableRef('PipelineStatus'),
});

const overview = objectSchema<PipelineOverview>({
  relayStallMs: int(),
  services: arrayOf(ref('ServicePipeline')),
});

const deadLetter = objectSchema<DeadLetterView>({
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
  replayedBy: nullableRef('DeadLetterActor'),
  replayError: nullableStr({ description: 'Why the last replay failed.' }),
  discardedAt: dateTime(true),
  discardedBy: nullableRef('DeadLetterActor'),
  discardReason: nullableStr(),
});

const deadLetterPage = objectSchema<DeadLetterPage>({
  items: arrayOf(ref('DeadLetter')),
  nextCursor: nullableStr({ description: 'Pass as `after` for the next page.' }),
});

const replayResult = objectSchema<ReplayResult>({
  id: str(),
  outcome: oneOf(['applied', 'duplicate'], {
    description: '`duplicate`: the event had been applied before.',
  }),
});

export const PIPELINE_SCHEMAS: Record<string, SchemaObject> = {
  PipelineOverview: overview,
  ServicePipeline: servicePipeline,
  PipelineStatus: status,
  OutboxBacklog: outbox,
  RelayStatus: relay,
  ConsumerStatus: consumer,
  DeadLetterCounts: deadLetterCounts,
  DeadLetter: deadLetter,
  DeadLetterActor: actor,
  DeadLetterPage: deadLetterPage,
  ReplayResult: replayResult,
};
