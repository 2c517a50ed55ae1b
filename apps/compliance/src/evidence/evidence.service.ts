import { DomainError, ErrorCode, Role } from '@alliance/contracts';
import {
  ActionStatus,
  AuditStatus,
  EvidenceKind,
  type AddEvidenceLinkDto,
  type EvidenceContent,
  type EvidenceView,
  type UploadEvidenceDto,
} from '@alliance/contracts/compliance';
import type { RequestContext } from '@alliance/messaging';
import {
  ChecksumMismatch,
  contentMatches,
  readVerified,
  sha256,
  storageKey as newStorageKey,
  StoredFileMissing,
  type FileStorage,
} from '@alliance/storage';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { EVIDENCE_COLUMNS } from '../audit/audit-view';
import { AuditEntity } from '../audit/audit.entity';
import { CorrectiveActionEntity } from '../finding/corrective-action.entity';
import { COMPLIANCE_CONFIG, type ComplianceConfig } from '../shared/compliance-config';
import { actorId, fieldError, illegal, notFound, requireOwnOrganisation } from '../shared/errors';
import { criteriaOf } from '../standard/standard-view';

/** The FileStorage (libs/storage) that keeps evidence files. */
export const EVIDENCE_STORAGE = Symbol('EVIDENCE_STORAGE');

interface Target {
  auditId: string | null;
  criterionId: string | null;
  actionId: string | null;
}

/**
 * Evidence files and links, for a criterion of an audit in progress (its inspectors) or for a corrective
 * action (the organisation's representative). A file's size, real content type and SHA-256 are checked on the
 * way in; every read checks the SHA-256 again, so a file changed in storage is refused, never served.
 */
@Injectable()
export class EvidenceService {
  private readonly logger = new Logger('Evidence');

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(EVIDENCE_STORAGE) private readonly storage: FileStorage,
    @Inject(COMPLIANCE_CONFIG) private readonly config: ComplianceConfig,
  ) {}

  async upload(dto: UploadEvidenceDto, ctx: RequestContext): Promise<EvidenceView> {
    const bytes = Buffer.from(dto.contentBase64, 'base64');
    if (bytes.length === 0) throw fieldError('contentBase64', 'the file is empty');
    const max = this.config.evidence.maxBytes;
    if (bytes.length > max) {
      throw fieldError('contentBase64', `the file is ${bytes.length} bytes; the limit is ${max} bytes`);
    }
    if (!contentMatches(bytes, dto.contentType)) {
      throw fieldError('contentType', `the file's content is not ${dto.contentType}`);
    }
    return this.dataSource.transaction(async (manager) => {
      const target = await this.target(manager, dto, ctx);
      const id = randomUUID();
      const storageKey = newStorageKey(id);
      try {
        await this.storage.put(storageKey, bytes);
      } catch (error) {
        throw this.unavailable(error);
      }
      await manager.query(
        `INSERT INTO evidence (id, audit_id, criterion_id, action_id, kind, file_name, content_type, size_bytes,
                               sha256, storage_key, added_by, added_at)
         VALUES ($1, $2, $3, $4, 'file', $5, $6, $7, $8, $9, $10, now())`,
        [
          id,
          target.auditId,
          target.criterionId,
          target.actionId,
          dto.fileName.trim(),
          dto.contentType,
          bytes.length,
          sha256(bytes),
          storageKey,
          actorId(ctx.caller),
        ],
      );
      return this.view(manager, id);
    });
  }

  async addLink(dto: AddEvidenceLinkDto, ctx: RequestContext): Promise<EvidenceView> {
    return this.dataSource.transaction(async (manager) => {
      const target = await this.target(manager, dto, ctx);
      const id = randomUUID();
      await manager.query(
        `INSERT INTO evidence (id, audit_id, criterion_id, action_id, kind, url, title, added_by, added_at)
         VALUES ($1, $2, $3, $4, 'link', $5, $6, $7, now())`,
        [
          id,
          target.auditId,
          target.criterionId,
          target.actionId,
          dto.url,
          dto.title.trim(),
          actorId(ctx.caller),
        ],
      );
      return this.view(manager, id);
    });
  }

  /** The file's bytes, only if they still hash to the SHA-256 stored at upload. */
  async read(id: string, ctx: RequestContext): Promise<EvidenceContent> {
    const [row] = await this.dataSource.query(
      `SELECT e.kind, e.file_name AS "fileName", e.content_type AS "contentType", e.size_bytes AS "sizeBytes",
              e.sha256, e.storage_key AS "storageKey", COALESCE(a.organisation_id, x.organisation_id) AS "organisationId"
         FROM evidence e LEFT JOIN audit a ON a.id = e.audit_id LEFT JOIN corrective_action x ON x.id = e.action_id
        WHERE e.id = $1`,
      [id],
    );
    if (!row) throw notFound('evidence', id);
    requireOwnOrganisation(ctx.caller, row.organisationId);
    if (row.kind !== EvidenceKind.File) throw illegal('this evidence is a link, not a file');
    let bytes: Buffer;
    try {
      bytes = await readVerified(this.storage, row.storageKey, row.sha256);
    } catch (error) {
      if (error instanceof StoredFileMissing) {
        throw new DomainError(ErrorCode.NotFound, `the file of evidence ${id} is missing from storage`, {
          evidence: id,
        });
      }
      if (error instanceof ChecksumMismatch) {
        throw new DomainError(
          ErrorCode.Conflict,
          `evidence ${id} failed its integrity check: the stored file no longer matches the SHA-256 recorded at upload`,
          { evidence: id, expectedSha256: error.expectedSha256, actualSha256: error.actualSha256 },
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
      'the evidence store is not available; try again later',
    );
  }

  private async target(
    manager: EntityManager,
    dto: { auditId?: string; criterionId?: string; actionId?: string },
    ctx: RequestContext,
  ): Promise<Target> {
    if (dto.actionId) {
      if (dto.auditId || dto.criterionId) {
        throw fieldError('actionId', 'evidence is for either an action or an audit criterion, not both');
      }
      const action = await manager.findOne(CorrectiveActionEntity, {
        where: { id: dto.actionId },
        lock: { mode: 'pessimistic_read' },
      });
      if (!action) throw notFound('corrective action', dto.actionId);
      requireOwnOrganisation(ctx.caller, action.organisationId);
      if (action.status === ActionStatus.Closed) throw illegal('the corrective action is closed');
      return { auditId: null, criterionId: null, actionId: action.id };
    }
    if (!dto.auditId) throw fieldError('auditId', 'auditId and criterionId, or actionId, are required');
    if (!dto.criterionId) throw fieldError('criterionId', 'criterionId is required with auditId');
    const audit = await manager.findOne(AuditEntity, {
      where: { id: dto.auditId },
      lock: { mode: 'pessimistic_read' },
    });
    if (!audit) throw notFound('audit', dto.auditId);
    if (ctx.caller && ctx.caller.role !== Role.AllianceAdmin) {
      if (ctx.caller.role === Role.Inspector && ctx.caller.organisationId === audit.organisationId) {
        throw new DomainError(
          ErrorCode.Forbidden,
          'conflict of interest: this inspector is bound to the organisation',
        );
      }
      const [assigned] = await manager.query(
        `SELECT 1 FROM audit_inspector WHERE audit_id = $1 AND inspector_id = $2`,
        [audit.id, ctx.caller.userId],
      );
      if (!assigned)
        throw new DomainError(ErrorCode.Forbidden, 'only an inspector of this audit adds its evidence');
    }
    if (audit.status !== AuditStatus.InProgress) {
      throw illegal(`audit ${audit.id} is ${audit.status}: evidence is added while it is in progress`);
    }
    if (!(await criteriaOf(manager, audit.standardId)).some((c) => c.id === dto.criterionId)) {
      throw fieldError('criterionId', `criterion ${dto.criterionId} is not part of the audit's standard`);
    }
    return { auditId: audit.id, criterionId: dto.criterionId, actionId: null };
  }

  private async view(manager: EntityManager, id: string): Promise<EvidenceView> {
    const [row] = await manager.query(`SELECT ${EVIDENCE_COLUMNS} FROM evidence WHERE id = $1`, [id]);
    return row;
  }
}
