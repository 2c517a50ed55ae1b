import { randomUUID } from 'node:crypto';
import { DomainError, ErrorCode } from '@alliance/contracts';
import {
  CertificateValidity,
  TRAINING_LIST_DEFAULT_LIMIT,
  TrainingEvent,
  type CertificateEventData,
  type CertificatePage,
  type CertificateVerification,
  type CertificateView,
  type ListCertificatesDto,
  type RevokeCertificateDto,
} from '@alliance/contracts/training';
import { eventMeta, OutboxWriter, type EventMeta, type RequestContext } from '@alliance/messaging';
import {
  decodePageCursor,
  inTransaction,
  lockVersioned,
  encodePageCursor,
  PgErrorCode,
  violatedConstraint,
} from '@alliance/persistence';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { CourseEntity } from '../course/course.entity';
import type { SessionEntity } from '../session/session.entity';
import { organisationScope } from '../shared/access';
import { maskPersonName } from '../shared/masking';
import { addMonths, allianceDate } from '../shared/time';
import { CertificateEntity } from './certificate.entity';
import { newVerificationCode } from './verification-code';

export function validityOf(
  certificate: Pick<CertificateEntity, 'revokedAt' | 'expiresOn'>,
  today: string,
): CertificateValidity {
  if (certificate.revokedAt) return CertificateValidity.Revoked;
  if (certificate.expiresOn && certificate.expiresOn < today) return CertificateValidity.Expired;
  return CertificateValidity.Valid;
}

interface CourseRef {
  code: string;
  title: string;
  category: string;
}

@Injectable()
export class CertificateService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(OutboxWriter) private readonly outbox: OutboxWriter,
  ) {}

  /** Issues one person's certificate of a completed session (in the completion's transaction). */
  async issue(
    manager: EntityManager,
    input: { session: SessionEntity; course: CourseEntity; staffId: string; issuedAt: Date },
    meta: EventMeta,
  ): Promise<CertificateEntity> {
    const [holder] = (await manager.query(`SELECT name, organisation_id FROM staff WHERE id = $1`, [
      input.staffId,
    ])) as Array<{ name: string; organisation_id: string }>;
    const issuedOn = allianceDate(input.issuedAt);
    const certificate = manager.create(CertificateEntity, {
      id: randomUUID(),
      code: newVerificationCode(),
      staffId: input.staffId,
      organisationId: holder.organisation_id,
      holderName: holder.name,
      courseId: input.course.id,
      sessionId: input.session.id,
      hours: input.course.creditHours,
      issuedAt: input.issuedAt,
      expiresOn: input.course.certificateValidityMonths
        ? addMonths(issuedOn, input.course.certificateValidityMonths)
        : null,
      revokedAt: null,
      revocationReason: null,
      version: 1,
    });
    for (let attempt = 0; ; attempt++) {
      try {
        await manager.query('SAVEPOINT certificate_code');
        await manager.insert(CertificateEntity, certificate);
        await manager.query('RELEASE SAVEPOINT certificate_code');
        break;
      } catch (error) {
        // 100 random bits do not collide in practice; should they, draw again rather than fail the completion.
        if (
          violatedConstraint(error, PgErrorCode.UniqueViolation) !== 'certificate_code_key' ||
          attempt >= 3
        ) {
          throw error;
        }
        await manager.query('ROLLBACK TO SAVEPOINT certificate_code');
        certificate.code = newVerificationCode();
      }
    }
    await this.outbox.append(manager, {
      type: TrainingEvent.certificateIssued,
      aggregateId: certificate.id,
      aggregateVersion: certificate.version,
      data: this.eventData(certificate, input.course),
      meta,
    });
    return certificate;
  }

  async revoke(dto: RevokeCertificateDto, ctx: RequestContext): Promise<CertificateView> {
    return inTransaction(this.dataSource, async (manager) => {
      const certificate = await lockVersioned(
        manager,
        CertificateEntity,
        dto.id,
        dto.expectedVersion,
        'certificate',
      );
      if (certificate.revokedAt)
        throw new DomainError(ErrorCode.IllegalTransition, 'the certificate is already revoked');
      certificate.revokedAt = new Date();
      certificate.revocationReason = dto.reason.trim();
      certificate.version += 1;
      await manager.save(CertificateEntity, certificate);
      const course = await this.courseOf(manager, certificate.courseId);
      await this.outbox.append(manager, {
        type: TrainingEvent.certificateRevoked,
        aggregateId: certificate.id,
        aggregateVersion: certificate.version,
        data: this.eventData(certificate, course, { reason: certificate.revocationReason }),
        meta: eventMeta(ctx),
      });
      return this.view(certificate, course, allianceDate(new Date()));
    });
  }

  /** Public: what a code proves, with the holder's name masked and nothing else about the person. */
  async verify(code: string): Promise<CertificateVerification> {
    const certificate = await this.dataSource.manager.findOne(CertificateEntity, { where: { code } });
    if (!certificate) throw new DomainError(ErrorCode.NotFound, 'no certificate has this verification code');
    const course = await this.courseOf(this.dataSource.manager, certificate.courseId);
    return {
      validity: validityOf(certificate, allianceDate(new Date())),
      holderName: maskPersonName(certificate.holderName),
      courseTitle: course.title,
      courseCode: course.code,
      hours: certificate.hours,
      issuedOn: allianceDate(certificate.issuedAt),
      expiresOn: certificate.expiresOn,
      revokedOn: certificate.revokedAt ? allianceDate(certificate.revokedAt) : null,
    };
  }

  /** Newest first; a representative sees its own organisation's only. */
  async list(dto: ListCertificatesDto, ctx: RequestContext): Promise<CertificatePage> {
    const organisationId = organisationScope(ctx.caller, dto.organisationId);
    const limit = dto.limit ?? TRAINING_LIST_DEFAULT_LIMIT;
    const today = allianceDate(new Date());
    const qb = this.dataSource.manager
      .createQueryBuilder(CertificateEntity, 'c')
      .orderBy('c.issued_at', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .limit(limit + 1);
    if (organisationId) qb.andWhere('c.organisation_id = :organisationId', { organisationId });
    if (dto.staffId) qb.andWhere('c.staff_id = :staffId', { staffId: dto.staffId });
    if (dto.courseId) qb.andWhere('c.course_id = :courseId', { courseId: dto.courseId });
    if (dto.sessionId) qb.andWhere('c.session_id = :sessionId', { sessionId: dto.sessionId });
    if (dto.validity === CertificateValidity.Revoked) qb.andWhere('c.revoked_at IS NOT NULL');
    if (dto.validity === CertificateValidity.Expired) {
      qb.andWhere('c.revoked_at IS NULL AND c.expires_on < :today', { today });
    }
    if (dto.validity === CertificateValidity.Valid) {
      qb.andWhere('c.revoked_at IS NULL AND (c.expires_on IS NULL OR c.expires_on >= :today)', { today });
    }
    const after = decodePageCursor(dto.cursor);
    if (after)
      qb.andWhere('(c.issued_at, c.id) < (:key::timestamptz, :id)', { key: after.key, id: after.id });
    const rows = await qb.getMany();
    const page = rows.slice(0, limit);
    const items = await this.views(this.dataSource.manager, page, today);
    const last = items[items.length - 1];
    return {
      items,
      nextCursor: rows.length > limit && last ? encodePageCursor({ key: last.issuedAt, id: last.id }) : null,
    };
  }

  async views(
    manager: EntityManager,
    certificates: CertificateEntity[],
    today: string,
  ): Promise<CertificateView[]> {
    const courses = new Map<string, CourseRef>();
    for (const id of new Set(certificates.map((c) => c.courseId)))
      courses.set(id, await this.courseOf(manager, id));
    const views: CertificateView[] = [];
    for (const c of certificates) {
      const course = courses.get(c.courseId);
      if (course) views.push(this.view(c, course, today));
    }
    return views;
  }

  private view(certificate: CertificateEntity, course: CourseRef, today: string): CertificateView {
    return {
      id: certificate.id,
      code: certificate.code,
      staffId: certificate.staffId,
      holderName: certificate.holderName,
      organisationId: certificate.organisationId,
      courseId: certificate.courseId,
      courseTitle: course.title,
      sessionId: certificate.sessionId,
      hours: certificate.hours,
      issuedAt: certificate.issuedAt.toISOString(),
      expiresOn: certificate.expiresOn,
      revokedAt: certificate.revokedAt?.toISOString() ?? null,
      revocationReason: certificate.revocationReason,
      validity: validityOf(certificate, today),
      version: certificate.version,
    };
  }

  private async courseOf(manager: EntityManager, id: string): Promise<CourseRef> {
    const [course] = (await manager.query(`SELECT code, title, category FROM course WHERE id = $1`, [
      id,
    ])) as CourseRef[];
    return course;
  }

  private eventData(
    certificate: CertificateEntity,
    course: CourseRef,
    extra: Partial<CertificateEventData> = {},
  ): CertificateEventData {
    return {
      certificateId: certificate.id,
      staffId: certificate.staffId,
      organisationId: certificate.organisationId,
      courseId: certificate.courseId,
      courseCode: course.code,
      category: course.category,
      courseTitle: course.title,
      verificationCode: certificate.code,
      sessionId: certificate.sessionId,
      hours: certificate.hours,
      issuedAt: certificate.issuedAt.toISOString(),
      expiresOn: certificate.expiresOn,
      ...extra,
    };
  }
}
