import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Files attached to a notice or a library entry. The bytes live in the attachment store (libs/storage); the row
 * keeps their SHA-256, checked on every read.
 */
export class Attachments1765402000000 implements MigrationInterface {
  name = 'Attachments1765402000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE attachment (
        id            uuid PRIMARY KEY,
        notice_id     uuid REFERENCES notice(id),
        practice_id   uuid REFERENCES practice(id),
        file_name     text NOT NULL,
        content_type  text NOT NULL,
        size_bytes    integer NOT NULL CHECK (size_bytes > 0),
        sha256        char(64) NOT NULL,
        storage_key   text NOT NULL UNIQUE,
        added_by      text NOT NULL,
        added_at      timestamptz NOT NULL,
        CONSTRAINT attachment_one_owner CHECK ((notice_id IS NULL) <> (practice_id IS NULL))
      )`);
    await q.query(
      `CREATE INDEX attachment_notice ON attachment (notice_id, added_at) WHERE notice_id IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX attachment_practice ON attachment (practice_id, added_at) WHERE practice_id IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE attachment`);
  }
}
