import {
  CoordinationEvent,
  type CreatePracticeDto,
  type ListPracticesDto,
  type PracticePage,
  type PracticePublishedData,
  type PracticeSummary,
  type PracticeView,
  type PublishPracticeDto,
} from '@alliance/contracts/coordination';
import { eventMeta, OutboxWriter, type RequestContext } from '@alliance/messaging';
import {
  decodePageCursor,
  encodePageCursor,
  inTransaction,
  lockVersioned,
  textSearchCondition,
} from '@alliance/persistence';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, In } from 'typeorm';
import { attachmentsOf } from '../attachment/attachments-of';
import { requireOrganiser } from '../organiser/organisers';
import { actorId, illegal, isAdmin, notFound, ruleError } from '../shared/errors';
import { PracticeEntity } from './practice.entity';

const isInstant = (s: string): boolean => !Number.isNaN(Date.parse(s)) && /^\d{4}-\d{2}-\d{2}T/.test(s);
const SEARCH_TEXT = 'practice_search_text(p.title, p.summary, p.tags)';

/** The practice library (南部经验): organisers collect cases, reports and research; every account reads them. */
@Injectable()
export class PracticeService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(OutboxWriter) private readonly outbox: OutboxWriter,
  ) {}

  async create(dto: CreatePracticeDto, ctx: RequestContext): Promise<PracticeView> {
    const id = randomUUID();
    await inTransaction(this.dataSource, async (manager) => {
      await requireOrganiser(manager, ctx.caller);
      let contributorName: string | null = null;
      if (dto.contributorOrganisationId) {
        const [org] = await manager.query(`SELECT name FROM member_organisation WHERE organisation_id = $1`, [
          dto.contributorOrganisationId,
        ]);
        if (!org)
          throw ruleError('contributorOrganisationId', 'no member organisation with this id is known');
        contributorName = org.name;
      }
      if (dto.standardCodes.length) {
        // A link is a published standard's code (TY-QA), or one of its criteria: the standard's code, a hyphen
        // and the criterion's code (TY-QA-CON-1), checked against the criteria its published event listed.
        const known: Array<{ link: string }> = await manager.query(
          `SELECT l.link FROM unnest($1::text[]) AS l(link)
            WHERE EXISTS (SELECT 1 FROM standard_code s WHERE s.published
                    AND (s.code = l.link
                         OR (left(l.link, length(s.code) + 1) = s.code || '-'
                             AND substr(l.link, length(s.code) + 2) = ANY(s.criteria_codes))))`,
          [dto.standardCodes],
        );
        const unknown = dto.standardCodes.filter((c) => !known.some((k) => k.link === c));
        if (unknown.length) {
          throw ruleError(
            'standardCodes',
            `no published standard has the code or criterion ${unknown.join(', ')}`,
          );
        }
      }
      const now = new Date();
      await manager.insert(PracticeEntity, {
        id,
        kind: dto.kind,
        title: dto.title.trim(),
        summary: dto.summary.trim(),
        body: dto.body,
        tags: dto.tags.map((t) => t.trim()),
        contributorOrganisationId: dto.contributorOrganisationId ?? null,
        contributorName,
        standardCodes: dto.standardCodes,
        trainingCategories: dto.trainingCategories,
        status: 'draft',
        publishedAt: null,
        createdBy: actorId(ctx.caller),
        version: 1,
        createdAt: now,
        updatedAt: now,
      });
    });
    return this.get(id, ctx);
  }

  /** Curated: an admin publishes (draft → published). */
  async publish(dto: PublishPracticeDto, ctx: RequestContext): Promise<PracticeView> {
    await inTransaction(this.dataSource, async (manager) => {
      const practice = await lockVersioned(manager, PracticeEntity, dto.id, dto.expectedVersion, 'practice');
      if (practice.status !== 'draft') throw illegal(`practice ${practice.id} is already published`);
      const now = new Date();
      Object.assign(practice, {
        status: 'published',
        publishedAt: now,
        version: practice.version + 1,
        updatedAt: now,
      });
      await manager.save(PracticeEntity, practice);
      const data: PracticePublishedData = {
        practiceId: practice.id,
        kind: practice.kind,
        title: practice.title,
        tags: practice.tags,
        contributorOrganisationId: practice.contributorOrganisationId,
        standardCodes: practice.standardCodes,
        trainingCategories: practice.trainingCategories,
        publishedAt: now.toISOString(),
      };
      await this.outbox.append(manager, {
        type: CoordinationEvent.practicePublished,
        aggregateId: practice.id,
        aggregateVersion: 1,
        data,
        meta: eventMeta(ctx),
      });
    });
    return this.get(dto.id, ctx);
  }

  async get(id: string, ctx: RequestContext): Promise<PracticeView> {
    const practice = await this.dataSource.manager.findOneBy(PracticeEntity, { id });
    if (
      !practice ||
      (practice.status !== 'published' && !isAdmin(ctx.caller) && practice.createdBy !== ctx.caller?.userId)
    ) {
      throw notFound('practice', id);
    }
    return {
      ...toView(practice),
      attachments: await attachmentsOf(this.dataSource.manager, 'practice_id', id),
    };
  }

  async list(dto: ListPracticesDto, ctx: RequestContext): Promise<PracticePage> {
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const where: string[] = [];
    if (!isAdmin(ctx.caller))
      where.push(`(p.status = 'published' OR p.created_by = ${param(ctx.caller?.userId ?? '')})`);
    if (dto.status) where.push(`p.status = ${param(dto.status)}`);
    if (dto.kind) where.push(`p.kind = ${param(dto.kind)}`);
    if (dto.tag) where.push(`p.tags @> ARRAY[${param(dto.tag.trim())}]::text[]`);
    const q = dto.q?.trim();
    if (q)
      where.push(textSearchCondition({ termsColumn: 'p.search_terms', text: SEARCH_TEXT, query: q, param }));
    if (dto.cursor) {
      const { key, id } = decodePageCursor(dto.cursor, isInstant);
      where.push(`(p.created_at, p.id) < (${param(key)}::timestamptz, ${param(id)}::uuid)`);
    }
    const limit = dto.limit ?? 50;
    const raw: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT p.id FROM practice p WHERE ${where.join(' AND ') || 'true'}
        ORDER BY p.created_at DESC, p.id DESC LIMIT ${param(limit + 1)}`,
      params,
    );
    const ids = raw.map((r) => r.id as string);
    const found = ids.length
      ? await this.dataSource.manager.getRepository(PracticeEntity).findBy({ id: In(ids) })
      : [];
    const byId = new Map(found.map((p) => [p.id, p]));
    const ordered = ids.map((id) => byId.get(id)).filter((p): p is PracticeEntity => Boolean(p));
    const items = ordered.slice(0, limit).map(toSummary);
    const last = ordered[limit - 1];
    return {
      items,
      nextCursor:
        ordered.length > limit && last
          ? encodePageCursor({ key: last.createdAt.toISOString(), id: last.id })
          : null,
    };
  }
}

function toSummary(p: PracticeEntity): PracticeSummary {
  return {
    id: p.id,
    kind: p.kind,
    title: p.title,
    summary: p.summary,
    tags: p.tags,
    contributorOrganisationId: p.contributorOrganisationId,
    contributorName: p.contributorName,
    standardCodes: p.standardCodes,
    trainingCategories: p.trainingCategories,
    status: p.status,
    publishedAt: p.publishedAt?.toISOString() ?? null,
    version: p.version,
  };
}

function toView(p: PracticeEntity): Omit<PracticeView, 'attachments'> {
  return {
    id: p.id,
    kind: p.kind,
    title: p.title,
    summary: p.summary,
    body: p.body,
    tags: p.tags,
    contributorOrganisationId: p.contributorOrganisationId,
    contributorName: p.contributorName,
    standardCodes: p.standardCodes,
    trainingCategories: p.trainingCategories,
    status: p.status,
    publishedAt: p.publishedAt?.toISOString() ?? null,
    createdBy: p.createdBy,
    createdAt: p.createdAt.toISOString(),
    version: p.version,
  };
}
