import { maskResidentId, type RpcCaller } from '@alliance/contracts';
import type { StaffEventData, StaffView } from '@alliance/contracts/training';
import { seesPrivateDataOf } from '../shared/access';
import type { StaffEntity } from './staff.entity';

export function toStaffView(
  staff: StaffEntity,
  organisationName: string | null,
  caller: RpcCaller | null,
): StaffView {
  const full = seesPrivateDataOf(caller, staff.organisationId);
  return {
    id: staff.id,
    organisationId: staff.organisationId,
    organisationName,
    name: staff.name,
    role: staff.role,
    hiredOn: staff.hiredOn,
    status: staff.status,
    leftOn: staff.leftOn,
    residentId: staff.residentId && !full ? maskResidentId(staff.residentId) : staff.residentId,
    residentIdMasked: !!staff.residentId && !full,
    qualifications: staff.qualifications,
    healthCertificateExpiresOn: staff.healthCertificateExpiresOn,
    backgroundCheckedOn: staff.backgroundCheckedOn,
    version: staff.version,
    updatedAt: staff.updatedAt.toISOString(),
  };
}

/** Event data: never the resident ID. */
export function toStaffEventData(staff: StaffEntity, extra: Partial<StaffEventData> = {}): StaffEventData {
  return {
    staffId: staff.id,
    organisationId: staff.organisationId,
    name: staff.name,
    role: staff.role,
    status: staff.status,
    ...extra,
  };
}
