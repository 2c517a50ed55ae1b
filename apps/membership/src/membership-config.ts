import { databaseUrlFromEnv } from '@alliance/persistence';
import { natsUrlFromEnv } from '@alliance/messaging';

export interface MembershipConfig {
  databaseUrl: string;
  /** The schema membership owns (its tables, outbox, inbox, migrations). */
  schema: string;
  natsUrl: string;
  subjectPrefix: string;
  streamPrefix: string;
  /** Run the outbox relay in this process (tests may turn it off to read the outbox untouched). */
  relayEnabled: boolean;
  logLevel: string;
}

export function membershipConfigFromEnv(env: NodeJS.ProcessEnv = process.env): MembershipConfig {
  return {
    databaseUrl: env.MEMBERSHIP_DATABASE_URL?.trim() || databaseUrlFromEnv(env),
    schema: env.MEMBERSHIP_DB_SCHEMA?.trim() || 'membership',
    natsUrl: natsUrlFromEnv(env),
    subjectPrefix: env.SUBJECT_PREFIX ?? '',
    streamPrefix: env.STREAM_PREFIX ?? '',
    relayEnabled: env.MEMBERSHIP_RELAY_ENABLED !== 'false',
    logLevel: env.LOG_LEVEL?.trim() || 'info',
  };
}
