import type {
  AffordableDesignationReview,
  AffordableDesignationStatus,
  MemberHistoryEntry,
  MemberProfileData,
  MemberSummary,
  MemberView,
} from '@alliance/contracts/membership';
import type { MemberHistoryEntity } from './member-history.entity';
import type { MemberEntity } from './member.entity';

/** As PostgreSQL computes `member.affordable_designation_status` (migration AffordableDesignation). */
export function affordableDesignationStatus(
  m: Pick<MemberEntity, 'affordableDesignation' | 'affordablePlaces'>,
): AffordableDesignationStatus {
  return m.affordableDesignation === 'designated' && m.affordablePlaces === 0
    ? 'none'
    : m.affordableDesignation;
}

export function toMemberSummary(m: MemberEntity, districtName: string): MemberSummary {
  return {
    id: m.id,
    name: m.name,
    nameEn: m.nameEn,
    creditCode: m.creditCode,
    kind: m.kind,
    ownership: m.ownership,
    districtCode: m.districtCode,
    districtName,
    allianceRole: m.allianceRole,
    status: m.status,
    licensedPlaces: m.licensedPlaces,
    affordablePlaces: m.affordablePlaces,
    affordableDesignation: affordableDesignationStatus(m),
    appliedAt: m.appliedAt.toISOString(),
    version: m.version,
  };
}

export function toMemberView(
  m: MemberEntity,
  districtName: string,
  affordableDesignationReview: AffordableDesignationReview | null,
): MemberView {
  return {
    ...toMemberSummary(m, districtName),
    address: m.address,
    contacts: m.contacts.map((c) => ({ name: c.name, role: c.role, phone: c.phone, email: c.email ?? null })),
    statusChangedAt: m.statusChangedAt?.toISOString() ?? null,
    updatedAt: m.updatedAt.toISOString(),
    previousApplicationId: m.previousApplicationId,
    affordableDesignationReview,
  };
}

export function toHistoryEntry(h: MemberHistoryEntity): MemberHistoryEntry {
  return {
    action: h.action,
    fromStatus: h.fromStatus,
    toStatus: h.toStatus,
    reason: h.reason,
    actor: { id: h.actorId, role: h.actorRole },
    version: h.version,
    at: h.occurredAt.toISOString(),
    correlationId: h.correlationId,
  };
}

/** The public profile that travels in events (never the contacts). */
export function toProfileData(m: MemberEntity, districtName: string): MemberProfileData {
  return {
    memberId: m.id,
    name: m.name,
    nameEn: m.nameEn,
    creditCode: m.creditCode,
    kind: m.kind,
    ownership: m.ownership,
    districtCode: m.districtCode,
    districtName,
    address: m.address,
    licensedPlaces: m.licensedPlaces,
    affordablePlaces: m.affordablePlaces,
    allianceRole: m.allianceRole,
    status: m.status,
  };
}
