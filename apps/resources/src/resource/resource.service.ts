import { randomUUID } from 'node:crypto';
import { DomainError, ErrorCode, type RpcCaller } from '@alliance/contracts';
import {
  BookingRefusal,
  isTimedKind,
  RESOURCES_LIST_DEFAULT_LIMIT,
  ResourcesEvent,
  ResourceStatus,
  Visibility,
  type GetResourceDto,
  type ListResourceDto,
  type ResourcePage,
  type ResourceView,
  type SearchResourcesDto,
  type UpdateResourceDto,
  type WithdrawResourceDto,
} from '@alliance/contracts/resources';
import { eventMeta, OutboxWriter, type EventMeta, type RequestContext } from '@alliance/messaging';
import {
  decodePageCursor,
  inTransaction,
  lockVersioned,
  encodePageCursor,
  textSearchCondition,
} from '@alliance/persistence';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { BookingService } from '../booking/booking.service';
import { MemberOrganisationEntity } from '../member-projection/member-organisation.entity';
import { PlaceRequestService } from '../place-request/place-request.service';
import { isAdmin, ownOrganisationOf, requireActsFor } from '../shared/access';
import { BookingRefused } from '../shared/refusal';
import { SqlParams } from '../shared/sql-params';
import { fieldError } from '../shared/validation-error';
import { checkedBlackouts, checkedOpeningHours } from './resource-rules';
import { toResourceEventData, toResourceView } from './resource-view';
import { ResourceEntity } from './resource.entity';

const firstOfMonth = (month: string | undefined) => (month ? `${month}-01` : null);

/** The organisation as the projection has it, locked against a concurrent status change (FOR SHARE). */
export async function admittedOrganisation(
  manager: EntityManager,
  organisationId: string,
  field: string,
): Promise<MemberOrganisationEntity> {
  const organisation = await manager.findOne(MemberOrganisationEntity, {
    where: { organisationId },
    lock: { mode: 'pessimistic_read' },
  });
  if (!organisation || organisation.status !== 'admitted') {
    throw new BookingRefused(
      BookingRefusal.OrganisationNotAdmitted,
      field,
      `organisation ${organisationId} is ${organisation ? organisation.status : 'not known'}: only admitted members offer and book resources`,
    );
  }
  return organisation;
}

@Injectable()
export class ResourceService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(OutboxWriter) private readonly outbox: OutboxWriter,
    @Inject(BookingService) private readonly bookings: BookingService,
    @Inject(PlaceRequestService) private readonly placeRequests: PlaceRequestService,
  ) {}

  async list(dto: ListResourceDto, ctx: RequestContext): Promise<ResourceView> {
    requireActsFor(ctx.caller, dto.ownerOrganisationId, 'offer resources');
    const openingHours = checkedOpeningHours(dto.openingHours);
    const blackouts = checkedBlackouts(dto.blackouts);
    const timed = isTimedKind(dto.kind);
    if (!timed && (openingHours.length || blackouts.length)) {
      throw fieldError(
        'openingHours',
        `a ${dto.kind} offer has no opening hours or blackouts (it is requested by month)`,
      );
    }
    if (dto.visibility === Visibility.Districts && !dto.visibleDistricts?.length) {
      throw fieldError('visibleDistricts', 'visibleDistricts is required when visibility is districts');
    }
    if (dto.availableFrom && dto.availableUntil && dto.availableUntil < dto.availableFrom) {
      throw fieldError('availableUntil', 'availableUntil must not be before availableFrom');
    }
    const now = new Date();
    return inTransaction(this.dataSource, async (manager) => {
      const owner = await admittedOrganisation(manager, dto.ownerOrganisationId, 'ownerOrganisationId');
      const resource = manager.create(ResourceEntity, {
        id: randomUUID(),
        kind: dto.kind,
        title: dto.title.trim(),
        description: dto.description?.trim() || null,
        ownerOrganisationId: owner.organisationId,
        districtCode: dto.districtCode ?? owner.districtCode,
        address: dto.address?.trim() || null,
        capacity: dto.capacity,
        visibility: dto.visibility,
        visibleDistricts: dto.visibility === Visibility.Districts ? (dto.visibleDistricts ?? []) : [],
        openingHours,
        blackouts,
        approvalMode: dto.policy.approval,
        minNoticeMinutes: dto.policy.minNoticeMinutes ?? null,
        maxDurationMinutes: dto.policy.maxDurationMinutes ?? null,
        monthlyQuota: dto.policy.monthlyQuota ?? null,
        availableFrom: timed ? null : firstOfMonth(dto.availableFrom),
        availableUntil: timed ? null : firstOfMonth(dto.availableUntil),
        status: ResourceStatus.Listed,
        withdrawalReason: null,
        withdrawnAt: null,
        version: 1,
        createdAt: now,
        updatedAt: now,
      });
      await manager.insert(ResourceEntity, resource);
      await this.outbox.append(manager, {
        type: ResourcesEvent.resourceListed,
        aggregateId: resource.id,
        aggregateVersion: resource.version,
        data: toResourceEventData(resource),
        meta: eventMeta(ctx),
      });
      return toResourceView(resource, owner.name);
    });
  }

  async update(dto: UpdateResourceDto, ctx: RequestContext): Promise<ResourceView> {
    return inTransaction(this.dataSource, async (manager) => {
      const resource = await lockVersioned(manager, ResourceEntity, dto.id, dto.expectedVersion, 'resource');
      requireActsFor(ctx.caller, resource.ownerOrganisationId, "change a resource's offer");
      if (resource.status !== ResourceStatus.Listed) {
        throw new DomainError(
          ErrorCode.IllegalTransition,
          `resource ${resource.id} is withdrawn: list it anew instead`,
        );
      }
      const timed = isTimedKind(resource.kind);
      if (dto.title !== undefined) resource.title = dto.title.trim();
      if (dto.description !== undefined) resource.description = dto.description?.trim() || null;
      if (dto.address !== undefined) resource.address = dto.address?.trim() || null;
      if (dto.capacity !== undefined) resource.capacity = dto.capacity;
      if (dto.visibility !== undefined) resource.visibility = dto.visibility;
      if (dto.visibleDistricts !== undefined) resource.visibleDistricts = dto.visibleDistricts;
      if (resource.visibility === Visibility.Districts && !resource.visibleDistricts.length) {
        throw fieldError('visibleDistricts', 'visibleDistricts is required when visibility is districts');
      }
      if (resource.visibility === Visibility.Alliance) resource.visibleDistricts = [];
      if (dto.openingHours !== undefined || dto.blackouts !== undefined) {
        if (!timed)
          throw fieldError('openingHours', `a ${resource.kind} offer has no opening hours or blackouts`);
        if (dto.openingHours !== undefined) resource.openingHours = checkedOpeningHours(dto.openingHours);
        if (dto.blackouts !== undefined) resource.blackouts = checkedBlackouts(dto.blackouts);
      }
      if (dto.policy) {
        resource.approvalMode = dto.policy.approval;
        resource.minNoticeMinutes = dto.policy.minNoticeMinutes ?? null;
        resource.maxDurationMinutes = dto.policy.maxDurationMinutes ?? null;
        resource.monthlyQuota = dto.policy.monthlyQuota ?? null;
      }
      if (!timed) {
        if (dto.availableFrom !== undefined) resource.availableFrom = firstOfMonth(dto.availableFrom);
        if (dto.availableUntil !== undefined) resource.availableUntil = firstOfMonth(dto.availableUntil);
        if (
          resource.availableFrom &&
          resource.availableUntil &&
          resource.availableUntil < resource.availableFrom
        ) {
          throw fieldError('availableUntil', 'availableUntil must not be before availableFrom');
        }
        // The offer may shrink only down to what is already promised (under this row lock, approvals wait).
        await this.placeRequests.requireOfferCoversApproved(manager, resource);
      }
      resource.version += 1;
      resource.updatedAt = new Date();
      await manager.save(ResourceEntity, resource);
      await this.outbox.append(manager, {
        type: ResourcesEvent.resourceUpdated,
        aggregateId: resource.id,
        aggregateVersion: resource.version,
        data: toResourceEventData(resource),
        meta: eventMeta(ctx),
      });
      return toResourceView(resource, await this.ownerName(manager, resource.ownerOrganisationId));
    });
  }

  async withdraw(dto: WithdrawResourceDto, ctx: RequestContext): Promise<ResourceView> {
    return inTransaction(this.dataSource, async (manager) => {
      const resource = await lockVersioned(manager, ResourceEntity, dto.id, dto.expectedVersion, 'resource');
      requireActsFor(ctx.caller, resource.ownerOrganisationId, 'withdraw a resource');
      if (resource.status !== ResourceStatus.Listed) {
        throw new DomainError(ErrorCode.IllegalTransition, `resource ${resource.id} is already withdrawn`);
      }
      await this.withdrawLocked(manager, resource, dto.reason.trim(), eventMeta(ctx));
      return toResourceView(resource, await this.ownerName(manager, resource.ownerOrganisationId));
    });
  }

  /**
   * Withdraws every listed resource of an organisation that left the alliance (or was suspended): others'
   * future bookings and requests of them are cancelled with the reason.
   */
  async withdrawAllOf(
    manager: EntityManager,
    organisationId: string,
    reason: string,
    meta: EventMeta,
  ): Promise<void> {
    const resources = await manager.find(ResourceEntity, {
      where: { ownerOrganisationId: organisationId, status: ResourceStatus.Listed },
      order: { id: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
    for (const resource of resources) await this.withdrawLocked(manager, resource, reason, meta);
  }

  private async withdrawLocked(
    manager: EntityManager,
    resource: ResourceEntity,
    reason: string,
    meta: EventMeta,
  ): Promise<void> {
    const now = new Date();
    resource.status = ResourceStatus.Withdrawn;
    resource.withdrawalReason = reason;
    resource.withdrawnAt = now;
    resource.version += 1;
    resource.updatedAt = now;
    await manager.save(ResourceEntity, resource);
    await this.outbox.append(manager, {
      type: ResourcesEvent.resourceWithdrawn,
      aggregateId: resource.id,
      aggregateVersion: resource.version,
      data: toResourceEventData(resource, reason),
      meta,
    });
    const why = `资源已撤回 resource withdrawn: ${reason}`;
    await this.bookings.cancelFutureOfResource(manager, resource, why, meta);
    await this.placeRequests.cancelOpenOfResource(manager, resource, why, meta);
  }

  async get(dto: GetResourceDto): Promise<ResourceView> {
    const resource = await this.dataSource.manager.findOneBy(ResourceEntity, { id: dto.id });
    if (!resource) throw new DomainError(ErrorCode.NotFound, `resource ${dto.id} not found`);
    return toResourceView(
      resource,
      await this.ownerName(this.dataSource.manager, resource.ownerOrganisationId),
    );
  }

  /**
   * Listed resources (newest first), by title text, kind, district and owner. A representative sees what is
   * offered to the whole alliance, to its district, and its own organisation's offers.
   */
  async search(dto: SearchResourcesDto, caller: RpcCaller | null): Promise<ResourcePage> {
    const limit = dto.limit ?? RESOURCES_LIST_DEFAULT_LIMIT;
    const sql = new SqlParams();
    const param = sql.add;
    const where = [`r.status = ${param(dto.status ?? ResourceStatus.Listed)}`];
    if (dto.kind) where.push(`r.kind = ${param(dto.kind)}`);
    if (dto.districtCode) where.push(`r.district_code = ${param(dto.districtCode)}`);
    if (dto.ownerOrganisationId) where.push(`r.owner_organisation_id = ${param(dto.ownerOrganisationId)}`);
    const own = ownOrganisationOf(caller);
    if (own && !isAdmin(caller)) {
      const district = await this.dataSource
        .query(`SELECT district_code FROM member_organisation WHERE organisation_id = $1`, [own])
        .then((rows: Array<{ district_code: string }>) => rows[0]?.district_code ?? '');
      where.push(
        `(r.visibility = 'alliance' OR r.owner_organisation_id = ${param(own)} OR ${param(district)} = ANY (r.visible_districts) OR r.district_code = ${param(district)})`,
      );
    }
    const q = dto.q?.trim();
    if (q)
      where.push(textSearchCondition({ termsColumn: 'r.search_terms', text: 'r.title', query: q, param }));
    const after = decodePageCursor(dto.cursor);
    if (after)
      where.push(`(r.created_at, r.id) < (${param(after.key)}::timestamptz, ${param(after.id)}::uuid)`);
    const rows = (await this.dataSource.query(
      `SELECT r.id FROM resource r WHERE ${where.join(' AND ')}
       ORDER BY r.created_at DESC, r.id DESC LIMIT ${param(limit + 1)}`,
      sql.values,
    )) as Array<{ id: string }>;
    const ids = rows.slice(0, limit).map((r) => r.id);
    const entities = ids.length
      ? await this.dataSource.manager
          .createQueryBuilder(ResourceEntity, 'r')
          .where('r.id IN (:...ids)', { ids })
          .orderBy('r.created_at', 'DESC')
          .addOrderBy('r.id', 'DESC')
          .getMany()
      : [];
    const names = await this.ownerNames(entities.map((e) => e.ownerOrganisationId));
    const last = entities[entities.length - 1];
    return {
      items: entities.map((e) => toResourceView(e, names.get(e.ownerOrganisationId) ?? null)),
      nextCursor:
        rows.length > limit && last
          ? encodePageCursor({ key: last.createdAt.toISOString(), id: last.id })
          : null,
    };
  }

  private async ownerName(manager: EntityManager, organisationId: string): Promise<string | null> {
    const row = await manager.findOneBy(MemberOrganisationEntity, { organisationId });
    return row?.name ?? null;
  }

  private async ownerNames(ids: string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows = (await this.dataSource.query(
      `SELECT organisation_id, name FROM member_organisation WHERE organisation_id = ANY ($1::uuid[])`,
      [[...new Set(ids)]],
    )) as Array<{ organisation_id: string; name: string }>;
    return new Map(rows.map((r) => [r.organisation_id, r.name]));
  }
}
