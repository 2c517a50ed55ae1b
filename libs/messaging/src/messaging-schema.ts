import { DeadLetter } from './dead-letter/dead-letter.entity';
import { InboxRecord } from './inbox/inbox-record.entity';
import { AddDeadLetterDiscard1764000100000 } from './migrations/add-dead-letter-discard.migration';
import { CreateConsumerAggregateVersions1764000200000 } from './migrations/create-consumer-aggregate-versions.migration';
import { CreateMessagingTables1764000000000 } from './migrations/create-messaging-tables.migration';
import { OutboxRecord } from './outbox/outbox-record.entity';

/** Add to the service's DataSource: the outbox, inbox and dead letters live in its schema. */
export const messagingEntities = [OutboxRecord, InboxRecord, DeadLetter];
export const messagingMigrations = [CreateMessagingTables1764000000000, AddDeadLetterDiscard1764000100000, CreateConsumerAggregateVersions1764000200000];
