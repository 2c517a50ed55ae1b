import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '@alliance/contracts';
import {
  ComplianceEvent,
  type AuditEventData,
  type CorrectiveActionEventData,
  type FindingRaisedData,
  type GradeChangedData,
  type Grade,
} from '@alliance/contracts/compliance';
import {
  MembershipEvent,
  type MemberAdmittedData,
  type MemberAffordableDesignationReviewedData,
  type MemberAffordableDesignationReviewOpenedData,
  type MemberAppliedData,
  type MemberProfileData,
  type MemberProfileUpdatedData,
  type MemberStatus,
  type MemberStatusChangeData,
  type OrganisationKind,
} from '@alliance/contracts/membership';
import {
  ResourcesEvent,
  type BookingEventData,
  type BookingStatus,
  type PlaceRequestEventData,
  type PlaceRequestStatus,
  type ResourceEventData,
} from '@alliance/contracts/resources';
import { TrainingEvent, type CertificateEventData, type StaffEventData } from '@alliance/contracts/training';
import type { DashboardHarness } from './dashboard-harness';

type Envelope = EventEnvelope<object>;

/**
 * Builds the events of the four contexts with the contracts' data, each aggregate numbered 1, 2, 3, … as
 * its producer's outbox does. `events` keeps them in the order they were made (each aggregate in order).
 */
export class EventScript {
  readonly events: Envelope[] = [];
  private readonly versions = new Map<string, number>();
  private readonly profiles = new Map<string, MemberProfileData>();

  constructor(private readonly h: DashboardHarness) {}

  private emit(type: string, aggregateId: string, data: object): Envelope {
    const key = `${type.split('.').slice(1, 3).join('.')}:${aggregateId}`;
    const version = (this.versions.get(key) ?? 0) + 1;
    this.versions.set(key, version);
    const envelope = this.h.event(type, aggregateId, version, data);
    this.events.push(envelope);
    return envelope;
  }

  // ---- membership ------------------------------------------------------------------------------------
  apply(
    id: string,
    p: { name: string; kind: OrganisationKind; districtCode: string; districtName: string; licensed: number; affordable: number },
  ): void {
    const profile: MemberProfileData = {
      memberId: id,
      name: p.name,
      nameEn: null,
      creditCode: '91510100MA6CXXXX0X',
      kind: p.kind,
      ownership: 'private',
      districtCode: p.districtCode,
      districtName: p.districtName,
      address: `成都市${p.districtName}`,
      licensedPlaces: p.licensed,
      affordablePlaces: p.affordable,
      allianceRole: 'member',
      status: 'applied',
    };
    this.profiles.set(id, profile);
    const data: MemberAppliedData = { ...profile, appliedAt: '2026-01-05T02:00:00.000Z', previousApplicationId: null };
    this.emit(MembershipEvent.memberApplied, id, data);
  }

  admit(id: string): void {
    const profile = { ...this.profiles.get(id)!, status: 'admitted' as const };
    this.profiles.set(id, profile);
    const data: MemberAdmittedData = { ...profile, fromStatus: 'applied', reason: null, admittedAt: '2026-01-10T02:00:00.000Z' };
    this.emit(MembershipEvent.memberAdmitted, id, data);
  }

  updateProfile(id: string, change: Partial<MemberProfileData>): void {
    const profile = { ...this.profiles.get(id)!, ...change };
    this.profiles.set(id, profile);
    const data: MemberProfileUpdatedData = { ...profile, changedFields: Object.keys(change) };
    this.emit(MembershipEvent.memberProfileUpdated, id, data);
  }

  changeStatus(id: string, type: string, toStatus: MemberStatus): void {
    const profile = this.profiles.get(id)!;
    const data: MemberStatusChangeData = {
      memberId: id,
      name: profile.name,
      districtCode: profile.districtCode,
      fromStatus: profile.status,
      toStatus,
      reason: '测试',
      changedAt: '2026-03-01T02:00:00.000Z',
    };
    this.profiles.set(id, { ...profile, status: toStatus });
    this.emit(type, id, data);
  }

  /** A failed audit opens the review (places unchanged), then the admins revoke: affordable places to 0. */
  revokeAffordableDesignation(id: string, auditId: string): void {
    const profile = this.profiles.get(id)!;
    const opened: MemberAffordableDesignationReviewOpenedData = {
      memberId: id,
      name: profile.name,
      districtCode: profile.districtCode,
      auditId,
      standardCode: 'TY-QA',
      grade: 'fail',
      affordablePlaces: profile.affordablePlaces,
      openedAt: '2026-04-01T02:00:00.000Z',
    };
    this.emit(MembershipEvent.memberAffordableDesignationReviewOpened, id, opened);
    const revoked = { ...profile, affordablePlaces: 0 };
    this.profiles.set(id, revoked);
    const reviewed: MemberAffordableDesignationReviewedData = {
      ...revoked,
      decision: 'revoke',
      reason: '一票否决',
      auditId,
      previousAffordablePlaces: profile.affordablePlaces,
      reviewedAt: '2026-04-02T02:00:00.000Z',
    };
    this.emit(MembershipEvent.memberAffordableDesignationReviewed, id, reviewed);
  }

  // ---- training --------------------------------------------------------------------------------------
  staff(staffId: string, organisationId: string, status: 'active' | 'left', type: string = TrainingEvent.staffRegistered): void {
    const data: StaffEventData = { staffId, organisationId, name: '测试保育员', role: 'caregiver', status };
    this.emit(type, staffId, data);
  }

  certificate(
    certificateId: string,
    c: { staffId: string; organisationId: string; hours: number; issuedAt: string; expiresOn: string | null },
    type: string = TrainingEvent.certificateIssued,
  ): void {
    const data: CertificateEventData = {
      certificateId,
      staffId: c.staffId,
      organisationId: c.organisationId,
      courseId: '00000000-0000-4000-8000-00000000c0de',
      courseCode: 'FA-01',
      sessionId: '00000000-0000-4000-8000-000000005e55',
      hours: c.hours,
      issuedAt: c.issuedAt,
      expiresOn: c.expiresOn,
      reason: type === TrainingEvent.certificateRevoked ? '测试撤销' : null,
    };
    this.emit(type, certificateId, data);
  }

  // ---- compliance ------------------------------------------------------------------------------------
  audit(auditId: string, organisationId: string, type: string, grade: Grade | null = null): void {
    const data: AuditEventData = {
      auditId,
      organisationId,
      organisationName: '测试单位',
      standardId: '00000000-0000-4000-8000-0000000057d0',
      standardCode: 'CD-TY',
      standardEdition: 1,
      kind: 'routine',
      plannedDate: '2026-04-01',
      inspectorIds: ['u-inspector'],
      score: grade ? '800.00' : null,
      grade,
    };
    this.emit(type, auditId, data);
  }

  grade(organisationId: string, grade: Grade, previousGrade: Grade | null): void {
    const data: GradeChangedData = {
      organisationId,
      standardCode: 'CD-TY',
      standardId: '00000000-0000-4000-8000-0000000057d0',
      auditId: randomUUID(),
      previousGrade,
      grade,
      score: '800.00',
    };
    this.emit(ComplianceEvent.gradeChanged, organisationId, data);
  }

  finding(actionId: string, organisationId: string, dueDate: string): void {
    const findingId = randomUUID();
    const data: FindingRaisedData = {
      findingId,
      actionId,
      auditId: randomUUID(),
      organisationId,
      criterionId: randomUUID(),
      criterionCode: 'C-1',
      severity: 'major',
      pointsLost: 10,
      veto: false,
      dueDate,
      trainingCategory: null,
    };
    this.emit(ComplianceEvent.findingRaised, findingId, data);
  }

  action(actionId: string, organisationId: string, type: string, status: 'open' | 'submitted' | 'closed', dueDate: string): void {
    const data: CorrectiveActionEventData = {
      actionId,
      findingId: randomUUID(),
      auditId: randomUUID(),
      organisationId,
      severity: 'major',
      status,
      dueDate,
      trainingCategory: null,
    };
    this.emit(type, actionId, data);
  }

  // ---- resources -------------------------------------------------------------------------------------
  resource(resourceId: string, ownerOrganisationId: string, type: string, status: 'listed' | 'withdrawn', kind: 'venue' | 'places' = 'venue'): void {
    const data: ResourceEventData = {
      resourceId,
      kind,
      title: '多功能活动室',
      ownerOrganisationId,
      districtCode: 'gaoxin',
      capacity: 30,
      status,
    };
    this.emit(type, resourceId, data);
  }

  booking(bookingId: string, b: { resourceId: string; ownerOrganisationId: string; organisationId: string }, type: string, status: BookingStatus): void {
    const data: BookingEventData = {
      bookingId,
      resourceId: b.resourceId,
      resourceKind: 'venue',
      ownerOrganisationId: b.ownerOrganisationId,
      organisationId: b.organisationId,
      seriesId: null,
      startsAt: '2026-05-01T01:00:00.000Z',
      endsAt: '2026-05-01T03:00:00.000Z',
      headcount: 20,
      status,
      reason: null,
      onBehalfKey: null,
    };
    this.emit(type, bookingId, data);
  }

  placeRequest(
    placeRequestId: string,
    p: { resourceId: string; ownerOrganisationId: string; organisationId: string },
    type: string,
    status: PlaceRequestStatus,
  ): void {
    const data: PlaceRequestEventData = {
      placeRequestId,
      resourceId: p.resourceId,
      resourceKind: 'places',
      ownerOrganisationId: p.ownerOrganisationId,
      organisationId: p.organisationId,
      quantity: 5,
      fromMonth: '2026-09',
      toMonth: '2026-12',
      status,
      reason: null,
    };
    this.emit(type, placeRequestId, data);
  }
}

export { ComplianceEvent, MembershipEvent, ResourcesEvent, TrainingEvent };
