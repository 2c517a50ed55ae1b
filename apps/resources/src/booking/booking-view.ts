import type { BookingEventData, BookingView } from '@alliance/contracts/resources';
import type { ResourceEntity } from '../resource/resource.entity';
import type { BookingEntity } from './booking.entity';

export function toBookingView(
  b: BookingEntity,
  resource: Pick<ResourceEntity, 'title' | 'kind' | 'ownerOrganisationId'>,
  organisationName: string | null,
): BookingView {
  return {
    id: b.id,
    resourceId: b.resourceId,
    resourceTitle: resource.title,
    resourceKind: resource.kind,
    ownerOrganisationId: resource.ownerOrganisationId,
    organisationId: b.organisationId,
    organisationName,
    seriesId: b.seriesId,
    startsAt: b.startsAt.toISOString(),
    endsAt: b.endsAt.toISOString(),
    purpose: b.purpose,
    headcount: b.headcount,
    status: b.status,
    decisionNote: b.decisionNote,
    cancellationReason: b.cancellationReason,
    onBehalfKey: b.onBehalfKey,
    version: b.version,
    createdAt: b.createdAt.toISOString(),
    updatedAt: b.updatedAt.toISOString(),
  };
}

export function toBookingEventData(
  b: BookingEntity,
  resource: Pick<ResourceEntity, 'kind' | 'ownerOrganisationId'>,
  reason: string | null = null,
): BookingEventData {
  return {
    bookingId: b.id,
    resourceId: b.resourceId,
    resourceKind: resource.kind,
    ownerOrganisationId: resource.ownerOrganisationId,
    organisationId: b.organisationId,
    seriesId: b.seriesId,
    startsAt: b.startsAt.toISOString(),
    endsAt: b.endsAt.toISOString(),
    headcount: b.headcount,
    status: b.status,
    reason,
    onBehalfKey: b.onBehalfKey,
  };
}
