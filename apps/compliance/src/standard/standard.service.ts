import { DomainError, ErrorCode } from '@alliance/contracts';
import {
  ComplianceEvent,
  StandardStatus,
  type CreateStandardDto,
  type DraftNextEditionDto,
  type ListStandardsDto,
  type PublishStandardDto,
  type RetireStandardDto,
  type StandardContentDto,
  type StandardEventData,
  type StandardList,
  type StandardView,
  type UpdateStandardDto,
} from '@alliance/contracts/compliance';
import { eventMeta, OutboxWriter, type EventMeta, type RequestContext } from '@alliance/messaging';
import { lockVersioned, PgErrorCode, violatedConstraint } from '@alliance/persistence';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { illegal } from '../shared/errors';
import { checkStandardContent } from './standard-content';
import { criteriaOf, loadStandardView, toStandardSummary } from './standard-view';
import { StandardEntity } from './standard.entity';

function frozen(standard: StandardEntity): DomainError {
  return illegal(
    `standard ${standard.code} edition ${standard.edition} is ${standard.status}: a published edition is immutable; draft the next edition instead`,
    { status: standard.status },
  );
}

/** Versioned standards: draft → published (immutable) → retired; a new edition supersedes the old. */
@Injectable()
export class StandardService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(OutboxWriter) private readonly outbox: OutboxWriter,
  ) {}

  async create(dto: CreateStandardDto, _ctx: RequestContext): Promise<StandardView> {
    checkStandardContent(dto);
    return this.translate(() =>
      this.dataSource.transaction(async (manager) => {
        const [{ exists }] = await manager.query(
          `SELECT EXISTS (SELECT 1 FROM standard WHERE code = $1) AS exists`,
          [dto.code],
        );
        if (exists) {
          throw new DomainError(
            ErrorCode.AlreadyExists,
            `standard ${dto.code} exists; draft its next edition instead`,
            { fields: [{ field: 'code', reasons: [`standard ${dto.code} already exists`] }] },
          );
        }
        const id = await this.insertEdition(manager, dto.code, 1, null, dto);
        return loadStandardView(manager, id);
      }),
    );
  }

  async update(dto: UpdateStandardDto, _ctx: RequestContext): Promise<StandardView> {
    return this.dataSource.transaction(async (manager) => {
      const standard = await lockVersioned(manager, StandardEntity, dto.id, dto.expectedVersion, 'standard');
      if (standard.status !== StandardStatus.Draft) throw frozen(standard);
      checkStandardContent(dto);
      await manager.query(`DELETE FROM standard_criterion WHERE standard_id = $1`, [standard.id]);
      await manager.query(`DELETE FROM standard_area WHERE standard_id = $1`, [standard.id]);
      Object.assign(standard, {
        title: dto.title.trim(),
        issuer: dto.issuer.trim(),
        effectiveFrom: dto.effectiveFrom,
        totalPoints: dto.totalPoints,
        gradeBands: dto.gradeBands.map(({ grade, minPercent }) => ({ grade, minPercent })),
        version: standard.version + 1,
        updatedAt: new Date(),
      });
      await manager.save(StandardEntity, standard);
      await this.insertParts(manager, standard.id, dto);
      return loadStandardView(manager, standard.id);
    });
  }

  /** Publishes a draft; the published edition of the same code, if any, is retired as superseded. */
  async publish(dto: PublishStandardDto, ctx: RequestContext): Promise<StandardView> {
    return this.dataSource.transaction(async (manager) => {
      const standard = await lockVersioned(manager, StandardEntity, dto.id, dto.expectedVersion, 'standard');
      await this.publishLocked(manager, standard, eventMeta(ctx));
      return loadStandardView(manager, standard.id);
    });
  }

  async publishLocked(manager: EntityManager, standard: StandardEntity, meta: EventMeta): Promise<void> {
    if (standard.status !== StandardStatus.Draft) {
      throw illegal(`standard ${standard.code} edition ${standard.edition} is already ${standard.status}`);
    }
    const criteria = await criteriaOf(manager, standard.id);
    if (criteria.length === 0) throw illegal('a standard without criteria cannot be published');
    const now = new Date();
    const previous = await manager.findOne(StandardEntity, {
      where: { code: standard.code, status: StandardStatus.Published },
      lock: { mode: 'pessimistic_write' },
    });
    if (previous) {
      Object.assign(previous, {
        status: StandardStatus.Retired,
        retiredAt: now,
        retireReason: `superseded by edition ${standard.edition}`,
        supersededById: standard.id,
        version: previous.version + 1,
        eventVersion: previous.eventVersion + 1,
        updatedAt: now,
      });
      await manager.save(StandardEntity, previous);
      await this.emit(manager, ComplianceEvent.standardRetired, previous, meta, {
        supersededById: standard.id,
        reason: previous.retireReason,
      });
    }
    Object.assign(standard, {
      status: StandardStatus.Published,
      publishedAt: now,
      supersedesId: previous?.id ?? standard.supersedesId,
      version: standard.version + 1,
      eventVersion: standard.eventVersion + 1,
      updatedAt: now,
    });
    await manager.save(StandardEntity, standard);
    await this.emit(manager, ComplianceEvent.standardPublished, standard, meta, {
      supersedesId: standard.supersedesId,
      criteriaCodes: (await criteriaOf(manager, standard.id)).map((c) => c.code),
    });
  }

  async retire(dto: RetireStandardDto, ctx: RequestContext): Promise<StandardView> {
    return this.dataSource.transaction(async (manager) => {
      const standard = await lockVersioned(manager, StandardEntity, dto.id, dto.expectedVersion, 'standard');
      if (standard.status !== StandardStatus.Published) {
        throw illegal(`only a published standard can be retired (this one is ${standard.status})`);
      }
      const now = new Date();
      Object.assign(standard, {
        status: StandardStatus.Retired,
        retiredAt: now,
        retireReason: dto.reason.trim(),
        version: standard.version + 1,
        eventVersion: standard.eventVersion + 1,
        updatedAt: now,
      });
      await manager.save(StandardEntity, standard);
      await this.emit(manager, ComplianceEvent.standardRetired, standard, eventMeta(ctx), {
        reason: standard.retireReason,
      });
      return loadStandardView(manager, standard.id);
    });
  }

  /** A draft of the next edition with the content of a published (or retired) one, to be edited. */
  async draftNextEdition(dto: DraftNextEditionDto, _ctx: RequestContext): Promise<StandardView> {
    return this.translate(() =>
      this.dataSource.transaction(async (manager) => {
        const source = await loadStandardView(manager, dto.id);
        if (source.status === StandardStatus.Draft) {
          throw illegal('this edition is still a draft: edit it instead of drafting another');
        }
        const [{ next }] = await manager.query(
          `SELECT max(edition) + 1 AS next FROM standard WHERE code = $1`,
          [source.code],
        );
        const content: StandardContentDto = {
          title: source.title,
          issuer: source.issuer,
          effectiveFrom: source.effectiveFrom,
          totalPoints: source.totalPoints,
          gradeBands: source.gradeBands,
          areas: source.areas.map((a) => ({
            code: a.code,
            title: a.title,
            maxPoints: a.maxPoints,
            criteria: a.criteria.map(({ id: _id, ...c }) => c),
          })),
        };
        const id = await this.insertEdition(manager, source.code, Number(next), source.id, content);
        return loadStandardView(manager, id);
      }),
    );
  }

  get(id: string): Promise<StandardView> {
    return loadStandardView(this.dataSource.manager, id);
  }

  async list(dto: ListStandardsDto): Promise<StandardList> {
    const qb = this.dataSource.getRepository(StandardEntity).createQueryBuilder('s');
    if (dto.code) qb.andWhere('s.code = :code', { code: dto.code });
    if (dto.status) qb.andWhere('s.status = :status', { status: dto.status });
    const rows = await qb
      .orderBy('s.code')
      .addOrderBy('s.edition', 'DESC')
      .take(dto.limit ?? 50)
      .getMany();
    return { items: rows.map(toStandardSummary) };
  }

  /** The published edition of a code, if any. */
  async publishedEdition(manager: EntityManager, code: string): Promise<StandardEntity | null> {
    return manager.findOneBy(StandardEntity, { code, status: StandardStatus.Published });
  }

  async insertEdition(
    manager: EntityManager,
    code: string,
    edition: number,
    supersedesId: string | null,
    content: StandardContentDto,
  ): Promise<string> {
    const id = randomUUID();
    const now = new Date();
    await manager.insert(StandardEntity, {
      id,
      code,
      edition,
      title: content.title.trim(),
      issuer: content.issuer.trim(),
      effectiveFrom: content.effectiveFrom,
      status: StandardStatus.Draft,
      totalPoints: content.totalPoints,
      gradeBands: content.gradeBands.map(({ grade, minPercent }) => ({ grade, minPercent })),
      supersedesId,
      supersededById: null,
      publishedAt: null,
      retiredAt: null,
      retireReason: null,
      version: 1,
      eventVersion: 0,
      createdAt: now,
      updatedAt: now,
    });
    await this.insertParts(manager, id, content);
    return id;
  }

  private async insertParts(
    manager: EntityManager,
    standardId: string,
    content: StandardContentDto,
  ): Promise<void> {
    for (const [i, area] of content.areas.entries()) {
      const areaId = randomUUID();
      await manager.query(
        `INSERT INTO standard_area (id, standard_id, position, code, title, max_points) VALUES ($1, $2, $3, $4, $5, $6)`,
        [areaId, standardId, i, area.code, area.title.trim(), area.maxPoints],
      );
      const c = area.criteria;
      await manager.query(
        `INSERT INTO standard_criterion
           (id, standard_id, area_id, position, code, text, points, evidence_required, veto, applies_to, training_category)
         SELECT gen_random_uuid(), $1, $2, t.position, t.code, t.text, t.points, t.evidence_required, t.veto,
                ARRAY(SELECT jsonb_array_elements_text(t.applies_to)), t.training_category
           FROM jsonb_to_recordset($3::jsonb) AS t(position int, code text, text text, points int,
                evidence_required boolean, veto boolean, applies_to jsonb, training_category text)`,
        [
          standardId,
          areaId,
          JSON.stringify(
            c.map((x, j) => ({
              position: j,
              code: x.code,
              text: x.text.trim(),
              points: x.points,
              evidence_required: x.evidenceRequired,
              veto: x.veto,
              applies_to: x.appliesTo,
              training_category: x.trainingCategory ?? null,
            })),
          ),
        ],
      );
    }
  }

  private emit(
    manager: EntityManager,
    type: string,
    s: StandardEntity,
    meta: EventMeta,
    extra: Partial<StandardEventData>,
  ) {
    const data: StandardEventData = {
      standardId: s.id,
      code: s.code,
      edition: s.edition,
      title: s.title,
      totalPoints: s.totalPoints,
      ...extra,
    };
    return this.outbox.append(manager, {
      type,
      aggregateId: s.id,
      aggregateVersion: s.eventVersion,
      data,
      meta,
    });
  }

  /** Two drafts of one code at once: the database keeps one (`standard_one_draft_per_code`). */
  private async translate<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      const constraint = violatedConstraint(error, PgErrorCode.UniqueViolation);
      if (constraint === 'standard_one_draft_per_code' || constraint === 'standard_code_edition_key') {
        throw new DomainError(
          ErrorCode.AlreadyExists,
          'this standard already has a draft edition; edit that one',
        );
      }
      throw error;
    }
  }
}
