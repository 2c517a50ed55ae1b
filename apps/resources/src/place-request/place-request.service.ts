import { randomUUID } from 'node:crypto';
import { DomainError, ErrorCode, type RpcCaller } from '@alliance/contracts';
import {
  BookingRefusal,
  isTimedKind,
  PlaceRequestStatus,
  RESOURCES_LIST_DEFAULT_LIMIT,
  ResourcesEvent,
  ResourceStatus,
  Visibility,
  type ApprovePlaceRequestDto,
  type CancelPlaceRequestDto,
  type ListPlaceRequestsDto,
  type PlaceRequestEventData,
  type PlaceRequestPage,
  type PlaceRequestView,
  type RejectPlaceRequestDto,
  type RequestPlacesDto,
} from '@alliance/contracts/resources';
import {
  eventMeta,
  isMemberRep,
  OutboxWriter,
  type EventMeta,
  type RequestContext,
} from '@alliance/messaging';
import { decodePageCursor, inTransaction, lockVersioned, encodePageCursor } from '@alliance/persistence';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { organisationNames } from '../booking/booking.service';
import { MemberOrganisationEntity } from '../member-projection/member-organisation.entity';
import { ResourceEntity } from '../resource/resource.entity';
import { isAdmin, listScope, requireCancelSide, requireOwnerSide } from '../shared/access';
import { SqlParams } from '../shared/sql-params';
import { found } from '../shared/found';
import { BookingRefused } from '../shared/refusal';
import { localMonth } from '../shared/shanghai-time';
import { fieldError } from '../shared/validation-error';
import { PlaceRequestEntity } from './place-request.entity';

const OPEN = [PlaceRequestStatus.Requested, PlaceRequestStatus.Approved] as string[];
const month = (date: string) => date.slice(0, 7);

function toView(p: PlaceRequestEntity, r: ResourceEntity, organisationName: string | null): PlaceRequestView {
  return {
    id: p.id,
    resourceId: p.resourceId,
    resourceTitle: r.title,
    resourceKind: r.kind,
    ownerOrganisationId: r.ownerOrganisationId,
    organisationId: p.organisationId,
    organisationName,
    quantity: p.quantity,
    fromMonth: month(p.fromMonth),
    toMonth: month(p.toMonth),
    purpose: p.purpose,
    status: p.status,
    decisionNote: p.decisionNote,
    cancellationReason: p.cancellationReason,
    version: p.version,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}

function toEventData(p: PlaceRequestEntity, r: ResourceEntity, reason: string | null): PlaceRequestEventData {
  return {
    placeRequestId: p.id,
    resourceId: p.resourceId,
    resourceKind: r.kind,
    ownerOrganisationId: r.ownerOrganisationId,
    organisationId: p.organisationId,
    quantity: p.quantity,
    fromMonth: month(p.fromMonth),
    toMonth: month(p.toMonth),
    status: p.status,
    reason,
  };
}

/**
 * Requests for materials (items to lend) and spare childcare places (children), over whole months. Every
 * approval — by the owner, or at once for an auto-approved offer — happens under a row lock of the resource,
 * with the approved quantities of each month summed under it: however many arrive at once, no month is
 * promised more than the offer.
 */
@Injectable()
export class PlaceRequestService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(OutboxWriter) private readonly outbox: OutboxWriter,
  ) {}

  async request(dto: RequestPlacesDto, ctx: RequestContext): Promise<PlaceRequestView> {
    const caller = ctx.caller;
    if (isMemberRep(caller) && caller.organisationId !== dto.organisationId) {
      throw new DomainError(
        ErrorCode.Forbidden,
        'a member representative requests for its own organisation only',
      );
    }
    if (caller && !isAdmin(caller) && !isMemberRep(caller)) {
      throw new DomainError(
        ErrorCode.Forbidden,
        `the role ${(caller as RpcCaller).role} does not request places or materials`,
      );
    }
    if (dto.toMonth < dto.fromMonth) throw fieldError('toMonth', 'toMonth must not be before fromMonth');
    const now = new Date();
    if (dto.fromMonth < localMonth(now)) throw fieldError('fromMonth', 'fromMonth must not be in the past');
    return inTransaction(this.dataSource, async (manager) => {
      const organisation = await manager.findOne(MemberOrganisationEntity, {
        where: { organisationId: dto.organisationId },
        lock: { mode: 'pessimistic_read' },
      });
      if (!organisation || organisation.status !== 'admitted') {
        throw new BookingRefused(
          BookingRefusal.OrganisationNotAdmitted,
          'organisationId',
          `organisation ${dto.organisationId} is ${organisation?.status ?? 'not known'}: only admitted members request resources`,
        );
      }
      const resource = await this.lockResource(manager, dto.resourceId);
      if (resource.status !== ResourceStatus.Listed) {
        throw new BookingRefused(
          BookingRefusal.ResourceWithdrawn,
          'resourceId',
          `resource ${resource.id} is withdrawn`,
        );
      }
      if (isTimedKind(resource.kind)) {
        throw new BookingRefused(
          BookingRefusal.NotQuantity,
          'resourceId',
          `a ${resource.kind} is booked for a time, not requested by month`,
        );
      }
      if (
        resource.visibility === Visibility.Districts &&
        resource.ownerOrganisationId !== organisation.organisationId &&
        resource.districtCode !== organisation.districtCode &&
        !resource.visibleDistricts.includes(organisation.districtCode)
      ) {
        throw new BookingRefused(
          BookingRefusal.NotVisible,
          'resourceId',
          `resource ${resource.id} is offered to ${resource.visibleDistricts.join(', ')} only`,
        );
      }
      if (dto.quantity > resource.capacity) {
        throw new BookingRefused(
          BookingRefusal.OverOffer,
          'quantity',
          `${dto.quantity} is more than the ${resource.capacity} offered`,
        );
      }
      const offeredFrom = resource.availableFrom ? month(resource.availableFrom) : null;
      const offeredUntil = resource.availableUntil ? month(resource.availableUntil) : null;
      if ((offeredFrom && dto.fromMonth < offeredFrom) || (offeredUntil && dto.toMonth > offeredUntil)) {
        throw new BookingRefused(
          BookingRefusal.OutsideOffer,
          dto.toMonth > (offeredUntil ?? dto.toMonth) ? 'toMonth' : 'fromMonth',
          `${dto.fromMonth}–${dto.toMonth} is outside the offer (${offeredFrom ?? '…'}–${offeredUntil ?? '…'})`,
        );
      }
      const request = manager.create(PlaceRequestEntity, {
        id: randomUUID(),
        resourceId: resource.id,
        organisationId: organisation.organisationId,
        quantity: dto.quantity,
        fromMonth: `${dto.fromMonth}-01`,
        toMonth: `${dto.toMonth}-01`,
        purpose: dto.purpose.trim(),
        status: PlaceRequestStatus.Requested,
        decisionNote: null,
        cancellationReason: null,
        requestedBy: caller?.userId ?? null,
        version: 1,
        createdAt: now,
        updatedAt: now,
      });
      const meta = eventMeta(ctx);
      if (resource.approvalMode === 'auto') await this.requireAvailable(manager, resource, request);
      await manager.insert(PlaceRequestEntity, request);
      await this.appendEvent(manager, request, resource, ResourcesEvent.placeRequestRequested, null, meta);
      if (resource.approvalMode === 'auto') {
        request.status = PlaceRequestStatus.Approved;
        request.decisionNote = '自动批准 approved automatically';
        await this.saveWithEvent(manager, request, resource, ResourcesEvent.placeRequestApproved, null, meta);
      }
      return toView(request, resource, organisation.name);
    });
  }

  approve(dto: ApprovePlaceRequestDto, ctx: RequestContext): Promise<PlaceRequestView> {
    return this.decide(dto, ctx, async (manager, request, resource) => {
      requireOwnerSide(ctx.caller, resource.ownerOrganisationId, 'approve a request');
      if (request.status !== PlaceRequestStatus.Requested) throw illegal(request, 'approved');
      if (resource.status !== ResourceStatus.Listed) {
        throw new BookingRefused(
          BookingRefusal.ResourceWithdrawn,
          'id',
          `resource ${resource.id} is withdrawn`,
        );
      }
      await this.requireAvailable(manager, resource, request);
      request.status = PlaceRequestStatus.Approved;
      request.decisionNote = dto.note?.trim() || null;
      return { type: ResourcesEvent.placeRequestApproved, reason: request.decisionNote };
    });
  }

  reject(dto: RejectPlaceRequestDto, ctx: RequestContext): Promise<PlaceRequestView> {
    return this.decide(dto, ctx, async (_manager, request, resource) => {
      requireOwnerSide(ctx.caller, resource.ownerOrganisationId, 'reject a request');
      if (request.status !== PlaceRequestStatus.Requested) throw illegal(request, 'rejected');
      request.status = PlaceRequestStatus.Rejected;
      request.decisionNote = dto.reason.trim();
      return { type: ResourcesEvent.placeRequestRejected, reason: request.decisionNote };
    });
  }

  cancel(dto: CancelPlaceRequestDto, ctx: RequestContext): Promise<PlaceRequestView> {
    return this.decide(dto, ctx, async (_manager, request, resource) => {
      requireCancelSide(
        ctx.caller,
        { ...request, ownerOrganisationId: resource.ownerOrganisationId },
        'cancel a request',
      );
      if (!OPEN.includes(request.status)) throw illegal(request, 'cancelled');
      request.status = PlaceRequestStatus.Cancelled;
      request.cancellationReason = dto.reason.trim();
      return { type: ResourcesEvent.placeRequestCancelled, reason: request.cancellationReason };
    });
  }

  /** The resource row first (as approvals and withdrawals lock it), then the request with its version. */
  private async decide(
    dto: { id: string; expectedVersion: number },
    ctx: RequestContext,
    change: (
      manager: EntityManager,
      request: PlaceRequestEntity,
      resource: ResourceEntity,
    ) => Promise<{ type: string; reason: string | null }>,
  ): Promise<PlaceRequestView> {
    return inTransaction(this.dataSource, async (manager) => {
      const found = await manager.findOneBy(PlaceRequestEntity, { id: dto.id });
      if (!found) throw new DomainError(ErrorCode.NotFound, `place request ${dto.id} not found`);
      const resource = await this.lockResource(manager, found.resourceId);
      const request = await lockVersioned(
        manager,
        PlaceRequestEntity,
        dto.id,
        dto.expectedVersion,
        'place request',
      );
      const { type, reason } = await change(manager, request, resource);
      await this.saveWithEvent(manager, request, resource, type, reason, eventMeta(ctx));
      const names = await organisationNames(manager, [request.organisationId]);
      return toView(request, resource, names.get(request.organisationId) ?? null);
    });
  }

  private async lockResource(manager: EntityManager, id: string): Promise<ResourceEntity> {
    const resource = await manager.findOne(ResourceEntity, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!resource) throw new DomainError(ErrorCode.NotFound, `resource ${id} not found`);
    return resource;
  }

  /** Under the resource's row lock: the approved quantity of every month of the request, plus this one. */
  private async requireAvailable(
    manager: EntityManager,
    resource: ResourceEntity,
    request: PlaceRequestEntity,
  ) {
    const [busiest] = (await manager.query(
      `SELECT to_char(m, 'YYYY-MM') AS month, coalesce(sum(p.quantity), 0)::int AS approved
         FROM generate_series($2::date, $3::date, interval '1 month') AS m
         LEFT JOIN place_request p
           ON p.resource_id = $1 AND p.status = 'approved' AND p.from_month <= m AND p.to_month >= m
        GROUP BY m ORDER BY approved DESC, m LIMIT 1`,
      [resource.id, request.fromMonth, request.toMonth],
    )) as Array<{ month: string; approved: number }>;
    if (busiest && busiest.approved + request.quantity > resource.capacity) {
      const left = Math.max(0, resource.capacity - busiest.approved);
      throw new BookingRefused(
        BookingRefusal.OverOffer,
        'quantity',
        `only ${left} of ${resource.capacity} are still free in ${busiest.month}; ${request.quantity} asked`,
        { month: busiest.month, free: left },
      );
    }
  }

  /** An update of the offer (under its row lock) may not promise less than is approved already. */
  async requireOfferCoversApproved(manager: EntityManager, resource: ResourceEntity): Promise<void> {
    const [row] = (await manager.query(
      `SELECT to_char(m, 'YYYY-MM') AS month, sum(p.quantity)::int AS approved
         FROM place_request p, generate_series(p.from_month, p.to_month, interval '1 month') AS m
        WHERE p.resource_id = $1 AND p.status = 'approved'
        GROUP BY m ORDER BY approved DESC LIMIT 1`,
      [resource.id],
    )) as Array<{ month: string; approved: number }>;
    if (row && row.approved > resource.capacity) {
      throw fieldError('capacity', `${row.approved} are approved in ${row.month}: the offer cannot be less`);
    }
  }

  async cancelOpenOfResource(
    manager: EntityManager,
    resource: ResourceEntity,
    reason: string,
    meta: EventMeta,
  ) {
    const requests = await this.openRequests(manager, 'p.resource_id = :id', resource.id);
    for (const request of requests) await this.cancelWith(manager, request, resource, reason, meta);
  }

  async cancelOpenOfOrganisation(
    manager: EntityManager,
    organisationId: string,
    reason: string,
    meta: EventMeta,
  ) {
    const requests = await this.openRequests(manager, 'p.organisation_id = :id', organisationId);
    const resources = await manager.findBy(ResourceEntity, {
      id: In([...new Set(requests.map((r) => r.resourceId)), '00000000-0000-0000-0000-000000000000']),
    });
    const byId = new Map(resources.map((r) => [r.id, r]));
    for (const request of requests)
      await this.cancelWith(manager, request, found(byId, request.resourceId, 'resource'), reason, meta);
  }

  /** Open requests whose months have not all passed (a period under way ends with the cancellation). */
  private openRequests(manager: EntityManager, condition: string, id: string): Promise<PlaceRequestEntity[]> {
    return manager
      .createQueryBuilder(PlaceRequestEntity, 'p')
      .setLock('pessimistic_write')
      .where(`${condition} AND p.status IN (:...open) AND p.to_month >= :month`, {
        id,
        open: OPEN,
        month: `${localMonth(new Date())}-01`,
      })
      .orderBy('p.id')
      .getMany();
  }

  private async cancelWith(
    manager: EntityManager,
    request: PlaceRequestEntity,
    resource: ResourceEntity,
    reason: string,
    meta: EventMeta,
  ) {
    request.status = PlaceRequestStatus.Cancelled;
    request.cancellationReason = reason;
    await this.saveWithEvent(manager, request, resource, ResourcesEvent.placeRequestCancelled, reason, meta);
  }

  /** Requests nobody decided before their first month began expire (announced once). */
  async expireUndecided(now = new Date()): Promise<number> {
    return inTransaction(this.dataSource, async (manager) => {
      const requests = await manager
        .createQueryBuilder(PlaceRequestEntity, 'p')
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .where('p.status = :status AND p.from_month <= :month', {
          status: PlaceRequestStatus.Requested,
          month: `${localMonth(now)}-01`,
        })
        .orderBy('p.from_month')
        .limit(500)
        .getMany();
      const resources = await manager.findBy(ResourceEntity, {
        id: In([...new Set(requests.map((r) => r.resourceId)), '00000000-0000-0000-0000-000000000000']),
      });
      const byId = new Map(resources.map((r) => [r.id, r]));
      const meta: EventMeta = {
        correlationId: `expiry-${now.toISOString()}`,
        causationId: null,
        actor: { id: 'resources', kind: 'service' },
      };
      for (const request of requests) {
        request.status = PlaceRequestStatus.Expired;
        request.decisionNote = '未在开始前处理 not decided before it began';
        await this.saveWithEvent(
          manager,
          request,
          found(byId, request.resourceId, 'resource'),
          ResourcesEvent.placeRequestExpired,
          request.decisionNote,
          meta,
        );
      }
      return requests.length;
    });
  }

  private async appendEvent(
    manager: EntityManager,
    request: PlaceRequestEntity,
    resource: ResourceEntity,
    type: string,
    reason: string | null,
    meta: EventMeta,
  ) {
    await this.outbox.append(manager, {
      type,
      aggregateId: request.id,
      aggregateVersion: request.version,
      data: toEventData(request, resource, reason),
      meta,
    });
  }

  private async saveWithEvent(
    manager: EntityManager,
    request: PlaceRequestEntity,
    resource: ResourceEntity,
    type: string,
    reason: string | null,
    meta: EventMeta,
  ) {
    request.version += 1;
    request.updatedAt = new Date();
    await manager.save(PlaceRequestEntity, request);
    await this.appendEvent(manager, request, resource, type, reason, meta);
  }

  async list(dto: ListPlaceRequestsDto, caller: RpcCaller | null): Promise<PlaceRequestPage> {
    const limit = dto.limit ?? RESOURCES_LIST_DEFAULT_LIMIT;
    const sql = new SqlParams();
    const param = sql.add;
    const where: string[] = [];
    const organisationId = listScope(caller, dto.organisationId, dto.ownerOrganisationId, 'requests');
    if (organisationId) where.push(`p.organisation_id = ${param(organisationId)}`);
    if (dto.ownerOrganisationId) where.push(`r.owner_organisation_id = ${param(dto.ownerOrganisationId)}`);
    if (dto.resourceId) where.push(`p.resource_id = ${param(dto.resourceId)}`);
    if (dto.status) where.push(`p.status = ${param(dto.status)}`);
    const after = decodePageCursor(dto.cursor);
    if (after)
      where.push(`(p.created_at, p.id) < (${param(after.key)}::timestamptz, ${param(after.id)}::uuid)`);
    const rows = (await this.dataSource.query(
      `SELECT p.id FROM place_request p JOIN resource r ON r.id = p.resource_id
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY p.created_at DESC, p.id DESC LIMIT ${param(limit + 1)}`,
      sql.values,
    )) as Array<{ id: string }>;
    const ids = rows.slice(0, limit).map((r) => r.id);
    const manager = this.dataSource.manager;
    const requests = ids.length
      ? await manager.find(PlaceRequestEntity, {
          where: { id: In(ids) },
          order: { createdAt: 'DESC', id: 'DESC' },
        })
      : [];
    const resources = requests.length
      ? new Map(
          (
            await manager.findBy(ResourceEntity, { id: In([...new Set(requests.map((r) => r.resourceId))]) })
          ).map((r) => [r.id, r]),
        )
      : new Map<string, ResourceEntity>();
    const names = await organisationNames(
      manager,
      requests.map((r) => r.organisationId),
    );
    const last = requests[requests.length - 1];
    return {
      items: requests.map((p) =>
        toView(p, found(resources, p.resourceId, 'resource'), names.get(p.organisationId) ?? null),
      ),
      nextCursor:
        rows.length > limit && last
          ? encodePageCursor({ key: last.createdAt.toISOString(), id: last.id })
          : null,
    };
  }
}

function illegal(request: PlaceRequestEntity, what: string): DomainError {
  return new DomainError(
    ErrorCode.IllegalTransition,
    `place request ${request.id} is ${request.status} and cannot be ${what}`,
    {
      status: request.status,
    },
  );
}
