import type { ResourceEventData, ResourceView } from '@alliance/contracts/resources';
import type { ResourceEntity } from './resource.entity';

const month = (date: string | null) => (date ? date.slice(0, 7) : null);

export function toResourceView(r: ResourceEntity, ownerName: string | null): ResourceView {
  return {
    id: r.id,
    kind: r.kind,
    title: r.title,
    description: r.description,
    ownerOrganisationId: r.ownerOrganisationId,
    ownerOrganisationName: ownerName,
    districtCode: r.districtCode,
    address: r.address,
    capacity: r.capacity,
    visibility: r.visibility,
    visibleDistricts: r.visibleDistricts,
    openingHours: r.openingHours,
    blackouts: r.blackouts,
    policy: {
      approval: r.approvalMode,
      minNoticeMinutes: r.minNoticeMinutes,
      maxDurationMinutes: r.maxDurationMinutes,
      monthlyQuota: r.monthlyQuota,
    },
    availableFrom: month(r.availableFrom),
    availableUntil: month(r.availableUntil),
    status: r.status,
    withdrawalReason: r.withdrawalReason,
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

export function toResourceEventData(r: ResourceEntity, reason: string | null = null): ResourceEventData {
  return {
    resourceId: r.id,
    kind: r.kind,
    title: r.title,
    ownerOrganisationId: r.ownerOrganisationId,
    districtCode: r.districtCode,
    capacity: r.capacity,
    status: r.status,
    reason,
  };
}
