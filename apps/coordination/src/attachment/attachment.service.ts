import { DomainError, ErrorCode } from '@alliance/contracts';
import type {
  AttachmentContent,
  AttachmentView,
  UploadAttachmentDto,
} from '@alliance/contracts/coordination';
import type { RequestContext } from '@alliance/messaging';
import { inTransaction } from '@alliance/persistence';
import {
  ChecksumMismatch,
  contentMatches,
  readVerified,
  sha256,
  storageKey,
  StoredFileMissing,
  type FileStorage,
} from '@alliance/storage';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { NoticeService } from '../notice/notice.service';
import { requireOrganiser, requireOrganiserOf } from '../organiser/organisers';
import { PracticeService } from '../practice/practice.service';
import { COORDINATION_CONFIG, type CoordinationConfig } from '../shared/coordination-config';
import { actorId, fieldError, illegal, isAdmin, notFound } from '../shared/errors';
import { ATTACHMENT_COLUMNS as COLUMNS } from './attachments-of';

/** The FileStorage (libs/storage) that keeps attachments, the same kind of store as compliance's evidence. */
export const ATTACHMENT_STORAGE = Symbol('ATTACHMENT_STORAGE');

/**
 * Files on notices and library entries. Added while what they belong to is a draft (what was published is what
 * its readers were sent); size, real content type and SHA-256 checked on the way in, the SHA-256 again on every
 * read, so a file changed in the store is refused, never served. Read by whoever may read the notice or entry.
 */
@Injectable()
export class AttachmentService {
  private readonly logger = new Logger('Attachments');

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(ATTACHMENT_STORAGE) private readonly storage: FileStorage,
    @Inject(COORDINATION_CONFIG) private readonly config: CoordinationConfig,
    @Inject(NoticeService) private readonly notices: NoticeService,
    @Inject(PracticeService) private readonly practices: PracticeService,
  ) {}

  async upload(dto: UploadAttachmentDto, ctx: RequestContext): Promise<AttachmentView> {
    if (!dto.noticeId === !dto.practiceId) {
      throw fieldError(
        dto.noticeId ? 'practiceId' : 'noticeId',
        'a file belongs to either a notice or a library entry',
      );
    }
    const bytes = Buffer.from(dto.contentBase64, 'base64');
    if (bytes.length === 0) throw fieldError('contentBase64', 'the file is empty');
    const max = this.config.attachments.maxBytes;
    if (bytes.length > max) {
      throw fieldError('contentBase64', `the file is ${bytes.length} bytes; the limit is ${max} bytes`);
    }
    if (!contentMatches(bytes, dto.contentType)) {
      throw fieldError('contentType', `the file's content is not ${dto.contentType}`);
    }
    const id = randomUUID();
    await inTransaction(this.dataSource, async (manager) => {
      // Locked so that a publication waits for the upload (or the upload sees it published and is refused).
      if (dto.noticeId) await this.requireDraftNotice(manager, dto.noticeId, ctx);
      else await this.requireDraftPractice(manager, dto.practiceId as string, ctx);
      const key = storageKey(id);
      try {
        await this.storage.put(key, bytes);
      } catch (error) {
        throw this.unavailable(error);
      }
      await manager.query(
        `INSERT INTO attachment (id, notice_id, practice_id, file_name, content_type, size_bytes, sha256,
                                 storage_key, added_by, added_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now())`,
        [
          id,
          dto.noticeId ?? null,
          dto.practiceId ?? null,
          dto.fileName.trim(),
          dto.contentType,
          bytes.length,
          sha256(bytes),
          key,
          actorId(ctx.caller),
        ],
      );
    });
    const [view] = await this.dataSource.query(`SELECT ${COLUMNS} FROM attachment WHERE id = $1`, [id]);
    return view;
  }

  /** The file's bytes, to whoever may read its notice or entry, only if they still hash to the recorded SHA-256. */
  async read(id: string, ctx: RequestContext): Promise<AttachmentContent> {
    const [row] = await this.dataSource.query(
      `SELECT notice_id AS "noticeId", practice_id AS "practiceId", file_name AS "fileName",
              content_type AS "contentType", size_bytes AS "sizeBytes", sha256, storage_key AS "storageKey"
         FROM attachment WHERE id = $1`,
      [id],
    );
    if (!row) throw notFound('attachment', id);
    try {
      if (row.noticeId) await this.notices.get(row.noticeId, ctx);
      else await this.practices.get(row.practiceId, ctx);
    } catch (error) {
      // Not readable by this caller: the file does not exist for them either.
      if (error instanceof DomainError && error.code === ErrorCode.NotFound) throw notFound('attachment', id);
      throw error;
    }
    let bytes: Buffer;
    try {
      bytes = await readVerified(this.storage, row.storageKey, row.sha256);
    } catch (error) {
      if (error instanceof StoredFileMissing) {
        throw new DomainError(ErrorCode.NotFound, `the file of attachment ${id} is missing from storage`, {
          attachment: id,
        });
      }
      if (error instanceof ChecksumMismatch) {
        throw new DomainError(
          ErrorCode.Conflict,
          `attachment ${id} failed its integrity check: the stored file no longer matches the SHA-256 recorded at upload`,
          { attachment: id, expectedSha256: error.expectedSha256, actualSha256: error.actualSha256 },
        );
      }
      throw this.unavailable(error);
    }
    return {
      id,
      fileName: row.fileName,
      contentType: row.contentType,
      sizeBytes: row.sizeBytes,
      sha256: row.sha256,
      contentBase64: bytes.toString('base64'),
    };
  }

  private async requireDraftNotice(manager: EntityManager, id: string, ctx: RequestContext): Promise<void> {
    const [notice] = await manager.query(
      `SELECT status, created_by_organisation_id AS "organisationId" FROM notice WHERE id = $1 FOR UPDATE`,
      [id],
    );
    if (!notice) throw notFound('notice', id);
    await requireOrganiserOf(manager, ctx.caller, notice.organisationId);
    if (notice.status !== 'draft') {
      throw illegal(`notice ${id} is ${notice.status}: files are attached while it is a draft`);
    }
  }

  private async requireDraftPractice(manager: EntityManager, id: string, ctx: RequestContext): Promise<void> {
    const [practice] = await manager.query(
      `SELECT status, created_by AS "createdBy" FROM practice WHERE id = $1 FOR UPDATE`,
      [id],
    );
    // Someone else's draft is invisible to a representative, as in the library's lists.
    if (!practice || (!isAdmin(ctx.caller) && practice.createdBy !== ctx.caller?.userId)) {
      throw notFound('practice', id);
    }
    await requireOrganiser(manager, ctx.caller);
    if (practice.status !== 'draft') {
      throw illegal(`practice ${id} is ${practice.status}: files are attached while it is a draft`);
    }
  }

  /**
   * The store could not be reached or refused the request: the caller may try again (an upload recorded
   * nothing). The store's own error goes to the log only, as it may name hosts and buckets.
   */
  private unavailable(error: unknown): DomainError {
    this.logger.error(
      `${this.storage.description}: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`,
    );
    return new DomainError(
      ErrorCode.ServiceUnavailable,
      'the attachment store is not available; try again later',
    );
  }
}
