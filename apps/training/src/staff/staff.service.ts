import { randomUUID } from 'node:crypto';
import { DomainError, ErrorCode } from '@alliance/contracts';
import { MemberStatus } from '@alliance/contracts/membership';
import {
  EmploymentStatus,
  TRAINING_LIST_DEFAULT_LIMIT,
  TrainingEvent,
  type ListStaffDto,
  type QualificationDto,
  type QualificationView,
  type RegisterStaffDto,
  type StaffLeavesDto,
  type StaffPage,
  type StaffView,
  type UpdateStaffDto,
} from '@alliance/contracts/training';
import { eventMeta, OutboxWriter, type RequestContext } from '@alliance/messaging';
import {
  decodePageCursor,
  inTransaction,
  lockVersioned,
  encodePageCursor,
  PgErrorCode,
  violatedConstraint,
  textSearchCondition,
} from '@alliance/persistence';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { MemberOrganisationEntity } from '../member-projection/member-organisation.entity';
import { organisationScope, requireOwnOrganisation } from '../shared/access';
import { toStaffEventData, toStaffView } from './staff-view';
import { StaffEntity } from './staff.entity';

const EDITABLE = [
  'name',
  'role',
  'hiredOn',
  'residentId',
  'qualifications',
  'healthCertificateExpiresOn',
  'backgroundCheckedOn',
] as const;

function qualifications(list: QualificationDto[] | undefined): QualificationView[] {
  return (list ?? []).map((q) => ({
    kind: q.kind.trim(),
    number: q.number.trim(),
    issuedOn: q.issuedOn.slice(0, 10),
    expiresOn: q.expiresOn ? q.expiresOn.slice(0, 10) : null,
  }));
}

const date = (value: string | null | undefined) => (value ? value.slice(0, 10) : null);

@Injectable()
export class StaffService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(OutboxWriter) private readonly outbox: OutboxWriter,
  ) {}

  async register(dto: RegisterStaffDto, ctx: RequestContext): Promise<StaffView> {
    requireOwnOrganisation(ctx.caller, dto.organisationId, 'register staff');
    return inTransaction(this.dataSource, async (manager) => {
      const organisation = await manager.findOne(MemberOrganisationEntity, {
        where: { organisationId: dto.organisationId },
      });
      if (!organisation || organisation.status !== MemberStatus.Admitted) {
        throw new DomainError(
          ErrorCode.BusinessRuleViolated,
          organisation
            ? `organisation ${organisation.name} is ${organisation.status}: staff are registered for admitted members only`
            : `organisation ${dto.organisationId} is not an admitted member organisation`,
          { reason: 'organisation_not_admitted', organisationId: dto.organisationId },
        );
      }
      const now = new Date();
      const staff = manager.create(StaffEntity, {
        id: randomUUID(),
        organisationId: dto.organisationId,
        name: dto.name.trim(),
        role: dto.role,
        hiredOn: dto.hiredOn.slice(0, 10),
        status: EmploymentStatus.Active,
        leftOn: null,
        residentId: dto.residentId ?? null,
        qualifications: qualifications(dto.qualifications),
        healthCertificateExpiresOn: date(dto.healthCertificateExpiresOn),
        backgroundCheckedOn: date(dto.backgroundCheckedOn),
        version: 1,
        createdAt: now,
        updatedAt: now,
      });
      await this.guardResidentId(() => manager.insert(StaffEntity, staff));
      await this.outbox.append(manager, {
        type: TrainingEvent.staffRegistered,
        aggregateId: staff.id,
        aggregateVersion: staff.version,
        data: toStaffEventData(staff),
        meta: eventMeta(ctx),
      });
      return toStaffView(staff, organisation.name, ctx.caller);
    });
  }

  async update(dto: UpdateStaffDto, ctx: RequestContext): Promise<StaffView> {
    return inTransaction(this.dataSource, async (manager) => {
      const staff = await lockVersioned(manager, StaffEntity, dto.id, dto.expectedVersion, 'staff member');
      requireOwnOrganisation(ctx.caller, staff.organisationId, 'change the records of staff');
      if (staff.status === EmploymentStatus.Left) {
        throw new DomainError(
          ErrorCode.IllegalTransition,
          `${staff.name} has left; the record is kept as it was`,
        );
      }
      const proposed: Partial<StaffEntity> = {
        ...(dto.name !== undefined && { name: dto.name.trim() }),
        ...(dto.role !== undefined && { role: dto.role }),
        ...(dto.hiredOn !== undefined && { hiredOn: dto.hiredOn.slice(0, 10) }),
        ...(dto.residentId !== undefined && { residentId: dto.residentId ?? null }),
        ...(dto.qualifications !== undefined && { qualifications: qualifications(dto.qualifications) }),
        ...(dto.healthCertificateExpiresOn !== undefined && {
          healthCertificateExpiresOn: date(dto.healthCertificateExpiresOn),
        }),
        ...(dto.backgroundCheckedOn !== undefined && { backgroundCheckedOn: date(dto.backgroundCheckedOn) }),
      };
      const changedFields = EDITABLE.filter(
        (field) => field in proposed && JSON.stringify(proposed[field]) !== JSON.stringify(staff[field]),
      );
      if (!changedFields.length) return this.viewOf(manager, staff, ctx);
      Object.assign(staff, proposed);
      staff.version += 1;
      staff.updatedAt = new Date();
      await this.guardResidentId(() => manager.save(StaffEntity, staff));
      await this.outbox.append(manager, {
        type: TrainingEvent.staffUpdated,
        aggregateId: staff.id,
        aggregateVersion: staff.version,
        // The resident ID's value never travels; that it changed does.
        data: toStaffEventData(staff, { changedFields: [...changedFields] }),
        meta: eventMeta(ctx),
      });
      return this.viewOf(manager, staff, ctx);
    });
  }

  async leave(dto: StaffLeavesDto, ctx: RequestContext): Promise<StaffView> {
    return inTransaction(this.dataSource, async (manager) => {
      const staff = await lockVersioned(manager, StaffEntity, dto.id, dto.expectedVersion, 'staff member');
      requireOwnOrganisation(ctx.caller, staff.organisationId, 'record the departure of staff');
      if (staff.status === EmploymentStatus.Left) {
        throw new DomainError(ErrorCode.IllegalTransition, `${staff.name} has already left`);
      }
      staff.status = EmploymentStatus.Left;
      staff.leftOn = dto.leftOn.slice(0, 10);
      staff.version += 1;
      staff.updatedAt = new Date();
      await manager.save(StaffEntity, staff);
      await this.outbox.append(manager, {
        type: TrainingEvent.staffLeft,
        aggregateId: staff.id,
        aggregateVersion: staff.version,
        data: toStaffEventData(staff, { leftOn: staff.leftOn }),
        meta: eventMeta(ctx),
      });
      return this.viewOf(manager, staff, ctx);
    });
  }

  async get(id: string, ctx: RequestContext): Promise<StaffView> {
    const staff = await this.dataSource.manager.findOne(StaffEntity, { where: { id } });
    if (!staff) throw new DomainError(ErrorCode.NotFound, `staff member ${id} not found`);
    organisationScope(ctx.caller, staff.organisationId);
    return this.viewOf(this.dataSource.manager, staff, ctx);
  }

  /** By name, then id; filters combine with AND; `text` searches inside the name (Chinese by characters). */
  async list(dto: ListStaffDto, ctx: RequestContext): Promise<StaffPage> {
    const organisationId = organisationScope(ctx.caller, dto.organisationId);
    const limit = dto.limit ?? TRAINING_LIST_DEFAULT_LIMIT;
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const where: string[] = [];
    if (organisationId) where.push(`s.organisation_id = ${param(organisationId)}`);
    if (dto.role) where.push(`s.role = ${param(dto.role)}`);
    if (dto.status) where.push(`s.status = ${param(dto.status)}`);
    const text = dto.text?.trim();
    if (text)
      where.push(textSearchCondition({ termsColumn: 's.search_terms', text: 's.name', query: text, param }));
    const after = decodePageCursor(dto.cursor);
    if (after) where.push(`(s.name, s.id) > (${param(after.key)}, ${param(after.id)})`);
    const rows = (await this.dataSource.query(
      `SELECT s.id FROM staff s ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY s.name, s.id LIMIT ${param(limit + 1)}`,
      params,
    )) as Array<{ id: string }>;
    const ids = rows.slice(0, limit).map((r) => r.id);
    const entities = ids.length
      ? await this.dataSource.manager
          .createQueryBuilder(StaffEntity, 's')
          .where('s.id IN (:...ids)', { ids })
          .getMany()
      : [];
    const byId = new Map(entities.map((s) => [s.id, s]));
    const names = await this.organisationNames(
      this.dataSource.manager,
      entities.map((s) => s.organisationId),
    );
    const items = ids
      .flatMap((id) => byId.get(id) ?? [])
      .map((s) => toStaffView(s, names.get(s.organisationId) ?? null, ctx.caller));
    const last = items[items.length - 1];
    return {
      items,
      nextCursor: rows.length > limit && last ? encodePageCursor({ key: last.name, id: last.id }) : null,
    };
  }

  async viewOf(manager: EntityManager, staff: StaffEntity, ctx: RequestContext): Promise<StaffView> {
    const names = await this.organisationNames(manager, [staff.organisationId]);
    return toStaffView(staff, names.get(staff.organisationId) ?? null, ctx.caller);
  }

  async organisationNames(manager: EntityManager, ids: string[]): Promise<Map<string, string>> {
    const unique = [...new Set(ids)];
    if (!unique.length) return new Map();
    const rows = (await manager.query(
      `SELECT organisation_id, name FROM member_organisation WHERE organisation_id = ANY($1::uuid[])`,
      [unique],
    )) as Array<{ organisation_id: string; name: string }>;
    return new Map(rows.map((r) => [r.organisation_id, r.name]));
  }

  /** The partial unique index decides between two registrations of one ID at once; the loser hears why. */
  private async guardResidentId(write: () => Promise<unknown>): Promise<void> {
    try {
      await write();
    } catch (error) {
      if (violatedConstraint(error, PgErrorCode.UniqueViolation) === 'staff_active_resident_id_key') {
        throw new DomainError(
          ErrorCode.AlreadyExists,
          'an active staff member with this resident ID number is already registered',
          {
            fields: [
              {
                field: 'residentId',
                reasons: ['residentId is already registered for an active staff member'],
              },
            ],
          },
        );
      }
      throw error;
    }
  }
}
