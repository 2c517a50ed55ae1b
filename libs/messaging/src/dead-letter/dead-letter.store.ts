import type { DataSource } from 'typeorm';

export interface NewDeadLetter {
  consumer: string;
  stream: string;
  subject: string;
  streamSeq: number;
  eventId: string | null;
  eventType: string | null;
  payload: Uint8Array;
  error: string;
  deliveries: number;
}

/**
 * Stores a message that will not be applied, with why; a second failure of the same message updates it
 * (and reopens it if it had been replayed). A discarded letter stays discarded: an admin decided about it.
 */
export async function recordDeadLetter(dataSource: DataSource, letter: NewDeadLetter): Promise<void> {
  await dataSource.query(
    `INSERT INTO dead_letter (consumer, stream, subject, stream_seq, event_id, event_type, payload, error, deliveries)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     ON CONFLICT (consumer, stream, stream_seq)
     DO UPDATE SET error = EXCLUDED.error, deliveries = EXCLUDED.deliveries, failed_at = now(), replayed_at = NULL, replayed_by = NULL`,
    [
      letter.consumer,
      letter.stream,
      letter.subject,
      letter.streamSeq,
      letter.eventId,
      letter.eventType,
      Buffer.from(letter.payload),
      letter.error.slice(0, 4000),
      letter.deliveries,
    ],
  );
}
