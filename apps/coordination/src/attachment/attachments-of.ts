import type { AttachmentView } from '@alliance/contracts/coordination';
import type { EntityManager } from 'typeorm';

export const ATTACHMENT_COLUMNS = `id, file_name AS "fileName", content_type AS "contentType", size_bytes AS "sizeBytes", sha256,
  added_by AS "addedBy", to_char(added_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "addedAt"`;

/** The files of a notice or of a library entry, oldest first, for its view. */
export function attachmentsOf(
  manager: EntityManager,
  owner: 'notice_id' | 'practice_id',
  id: string,
): Promise<AttachmentView[]> {
  return manager.query(
    `SELECT ${ATTACHMENT_COLUMNS} FROM attachment WHERE ${owner} = $1 ORDER BY added_at, id`,
    [id],
  );
}
