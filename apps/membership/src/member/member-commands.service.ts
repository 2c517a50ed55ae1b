import { randomUUID } from 'node:crypto';
import { ErrorCode } from '@alliance/contracts';
import {
  AllianceRole,
  MemberStatus,
  MembershipEvent,
  type ApplyForMembershipDto,
  type MemberAdmittedData,
  type MemberAppliedData,
  type MemberHistoryAction,
  type MemberProfileUpdatedData,
  type MemberReinstatedData,
  type MemberStatusChangeData,
  type MemberView,
  type UpdateMemberProfileDto,
} from '@alliance/contracts/membership';
import {
  actorOf,
  DomainError,
  eventMeta,
  isMemberRep,
  OutboxWriter,
  type RequestContext,
} from '@alliance/messaging';
import { inTransaction, lockVersioned, PgErrorCode, violatedConstraint } from '@alliance/persistence';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { DistrictService } from '../district/district.service';
import { WorkingGroupDepartures } from '../working-group/working-group-departures';
import { AffordableDesignationService } from './affordable-designation.service';
import { MemberHistoryEntity } from './member-history.entity';
import {
  decideTransition,
  isLiveRecord,
  isProfileEditable,
  type MemberLifecycleAction,
} from './member-lifecycle';
import { normaliseContacts, profileValueChanged } from './member-profile-changes';
import { toMemberView, toProfileData } from './member-view';
import { MemberEntity } from './member.entity';

export interface TransitionCommand {
  id: string;
  expectedVersion: number;
  reason?: string | null;
}

/** Profile fields a member_rep may not set: they are alliance decisions, not the organisation's own data. */
const ADMIN_ONLY_FIELDS = ['allianceRole'] as const;

const PROFILE_FIELDS = [
  'name',
  'nameEn',
  'kind',
  'ownership',
  'districtCode',
  'address',
  'contacts',
  'licensedPlaces',
  'affordablePlaces',
  'allianceRole',
] as const satisfies ReadonlyArray<keyof UpdateMemberProfileDto & keyof MemberEntity>;

@Injectable()
export class MemberCommandsService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(OutboxWriter) private readonly outbox: OutboxWriter,
    @Inject(DistrictService) private readonly districts: DistrictService,
    @Inject(WorkingGroupDepartures) private readonly workingGroups: WorkingGroupDepartures,
    @Inject(AffordableDesignationService) private readonly designations: AffordableDesignationService,
  ) {}

  /** An organisation applies; the gateway links a member_rep's account to the returned id afterwards. */
  async apply(dto: ApplyForMembershipDto, ctx: RequestContext): Promise<MemberView> {
    if (isMemberRep(ctx.caller) && dto.allianceRole && dto.allianceRole !== AllianceRole.Member) {
      throw new DomainError(
        ErrorCode.Forbidden,
        'only an alliance admin may give an organisation another alliance role',
      );
    }
    return inTransaction(this.dataSource, async (manager) => {
      const district = await this.districts.requireActive(manager, dto.districtCode);
      // Earlier records of the code, newest first: a live one refuses the application, the newest ended one
      // is the record this application follows.
      const earlier = await manager.getRepository(MemberEntity).find({
        where: { creditCode: dto.creditCode },
        order: { appliedAt: 'DESC', id: 'DESC' },
      });
      if (earlier.some((m) => isLiveRecord(m.status))) throw this.creditCodeTaken(dto.creditCode);

      const now = new Date();
      const member = manager.getRepository(MemberEntity).create({
        id: randomUUID(),
        name: dto.name.trim(),
        nameEn: dto.nameEn?.trim() || null,
        creditCode: dto.creditCode,
        kind: dto.kind,
        ownership: dto.ownership,
        districtCode: district.code,
        address: dto.address.trim(),
        contacts: normaliseContacts(dto.contacts),
        licensedPlaces: dto.licensedPlaces,
        affordablePlaces: dto.affordablePlaces,
        affordableDesignation: 'designated',
        allianceRole: dto.allianceRole ?? AllianceRole.Member,
        status: MemberStatus.Applied,
        version: 1,
        appliedAt: now,
        statusChangedAt: null,
        updatedAt: now,
        previousApplicationId: earlier[0]?.id ?? null,
      });
      try {
        await manager.insert(MemberEntity, member);
      } catch (error) {
        // Two applications with one code at once: the unique index of live records (or, for two that follow
        // the same earlier record, the one-successor key) decides, and the loser hears why.
        const constraint = violatedConstraint(error, PgErrorCode.UniqueViolation);
        if (
          constraint === 'member_live_credit_code_key' ||
          constraint === 'member_previous_application_key'
        ) {
          throw this.creditCodeTaken(dto.creditCode);
        }
        throw error;
      }
      await this.record(manager, member, 'applied', null, null, now, ctx);
      const data: MemberAppliedData = {
        ...toProfileData(member, district.name),
        appliedAt: now.toISOString(),
        previousApplicationId: member.previousApplicationId,
      };
      await this.outbox.append(manager, {
        type: MembershipEvent.memberApplied,
        aggregateId: member.id,
        aggregateVersion: member.version,
        data,
        meta: eventMeta(ctx),
      });
      return toMemberView(member, district.name, null);
    });
  }

  async transition(
    action: MemberLifecycleAction,
    command: TransitionCommand,
    ctx: RequestContext,
  ): Promise<MemberView> {
    // A rep may take its own organisation out of the alliance, nothing more: the rest are alliance decisions.
    if (isMemberRep(ctx.caller) && !(action === 'withdraw' && ctx.caller.organisationId === command.id)) {
      throw new DomainError(
        ErrorCode.Forbidden,
        `a member representative may not ${action} this organisation`,
      );
    }
    return inTransaction(this.dataSource, async (manager) => {
      const member = await lockVersioned(
        manager,
        MemberEntity,
        command.id,
        command.expectedVersion,
        'member organisation',
      );
      const from = member.status;
      const reason = command.reason?.trim() || null;
      const outcome = decideTransition(from, action, reason);
      if (!outcome.allowed) {
        if (outcome.reason === 'reason-required') {
          throw new DomainError(
            ErrorCode.ValidationFailed,
            `a reason is required to ${action} a member organisation`,
            {
              fields: [{ field: 'reason', reasons: ['reason must not be empty'] }],
            },
          );
        }
        throw new DomainError(
          ErrorCode.IllegalTransition,
          `cannot ${action} a member organisation that is ${from}` +
            (outcome.allowedActions.length ? ` (possible: ${outcome.allowedActions.join(', ')})` : ''),
          { status: from, action, allowedActions: outcome.allowedActions },
        );
      }

      const now = new Date();
      member.status = outcome.to;
      member.version += 1;
      member.statusChangedAt = now;
      member.updatedAt = now;
      await manager.save(MemberEntity, member);
      await this.record(manager, member, outcome.rule.historyAction, from, reason, now, ctx);

      const districtName = await this.districts.nameOf(manager, member.districtCode);
      await this.outbox.append(manager, {
        type: outcome.rule.event,
        aggregateId: member.id,
        aggregateVersion: member.version,
        data: this.transitionData(action, member, districtName, from, reason, now),
        meta: eventMeta(ctx),
      });
      // An organisation that left the alliance leaves its working groups with it, in this transaction.
      if (member.status === MemberStatus.Withdrawn || member.status === MemberStatus.Expelled) {
        await this.workingGroups.leaveAll(manager, member, member.status, now, ctx);
      }
      return toMemberView(member, districtName, await this.designations.latestReview(manager, member.id));
    });
  }

  async updateProfile(dto: UpdateMemberProfileDto, ctx: RequestContext): Promise<MemberView> {
    if (isMemberRep(ctx.caller)) {
      if (ctx.caller.organisationId !== dto.id) {
        throw new DomainError(
          ErrorCode.Forbidden,
          'a member representative may only update its own organisation',
        );
      }
    }
    return inTransaction(this.dataSource, async (manager) => {
      const member = await lockVersioned(
        manager,
        MemberEntity,
        dto.id,
        dto.expectedVersion,
        'member organisation',
      );
      if (!isProfileEditable(member.status)) {
        throw new DomainError(
          ErrorCode.BusinessRuleViolated,
          `the profile of a ${member.status} organisation is kept as it was and cannot be changed`,
          { status: member.status },
        );
      }

      const proposed: Partial<Pick<MemberEntity, (typeof PROFILE_FIELDS)[number]>> = {
        ...(dto.name !== undefined && { name: dto.name.trim() }),
        ...(dto.nameEn !== undefined && { nameEn: dto.nameEn?.trim() || null }),
        ...(dto.kind !== undefined && { kind: dto.kind }),
        ...(dto.ownership !== undefined && { ownership: dto.ownership }),
        ...(dto.districtCode !== undefined && { districtCode: dto.districtCode }),
        ...(dto.address !== undefined && { address: dto.address.trim() }),
        ...(dto.contacts !== undefined && { contacts: normaliseContacts(dto.contacts) }),
        ...(dto.licensedPlaces !== undefined && { licensedPlaces: dto.licensedPlaces }),
        ...(dto.affordablePlaces !== undefined && { affordablePlaces: dto.affordablePlaces }),
        ...(dto.allianceRole !== undefined && { allianceRole: dto.allianceRole }),
      };
      const changedFields = PROFILE_FIELDS.filter(
        (field) => field in proposed && profileValueChanged(field, proposed[field], member[field]),
      );

      if (isMemberRep(ctx.caller)) {
        const adminOnly = changedFields.filter((f) => (ADMIN_ONLY_FIELDS as readonly string[]).includes(f));
        if (adminOnly.length) {
          throw new DomainError(
            ErrorCode.Forbidden,
            `only an alliance admin may change ${adminOnly.join(', ')}`,
          );
        }
      }
      if (proposed.districtCode !== undefined && changedFields.includes('districtCode')) {
        await this.districts.requireActive(manager, proposed.districtCode);
      }

      const licensed = proposed.licensedPlaces ?? member.licensedPlaces;
      const affordable = proposed.affordablePlaces ?? member.affordablePlaces;
      if (affordable > licensed) {
        throw new DomainError(ErrorCode.ValidationFailed, 'affordable places cannot exceed licensed places', {
          fields: [
            {
              field: 'affordablePlaces',
              reasons: [
                `affordablePlaces (${affordable}) must not be greater than licensedPlaces (${licensed})`,
              ],
            },
          ],
        });
      }

      if (changedFields.includes('affordablePlaces')) this.checkDesignation(member, affordable, ctx);

      const districtName = await this.districts.nameOf(manager, proposed.districtCode ?? member.districtCode);
      const review = await this.designations.latestReview(manager, member.id);
      // Nothing changed: no new version and no event, so retries and double submits are harmless.
      if (!changedFields.length) return toMemberView(member, districtName, review);

      const now = new Date();
      Object.assign(member, proposed);
      // Affordable places offered again after a revocation are a new designation (checkDesignation: an admin's).
      if (member.affordableDesignation === 'revoked' && member.affordablePlaces > 0) {
        member.affordableDesignation = 'designated';
      }
      member.version += 1;
      member.updatedAt = now;
      await manager.save(MemberEntity, member);
      await this.record(manager, member, 'profile-updated', member.status, null, now, ctx);
      const data: MemberProfileUpdatedData = { ...toProfileData(member, districtName), changedFields };
      await this.outbox.append(manager, {
        type: MembershipEvent.memberProfileUpdated,
        aggregateId: member.id,
        aggregateVersion: member.version,
        data,
        meta: eventMeta(ctx),
      });
      return toMemberView(member, districtName, review);
    });
  }

  /**
   * Affordable places are the subject of a designation review while one is open: the admins' decision
   * settles them (keep or revoke), not a profile edit made meanwhile. After a revocation, offering affordable
   * places again is a new designation, which is the alliance's to give.
   */
  private checkDesignation(member: MemberEntity, affordable: number, ctx: RequestContext): void {
    if (member.affordableDesignation === 'under_review') {
      throw new DomainError(
        ErrorCode.BusinessRuleViolated,
        'the affordable places are under review after a failed audit; the admins decide them first',
        {
          reason: 'affordable_designation_under_review',
          fields: [
            {
              field: 'affordablePlaces',
              reasons: [
                'affordablePlaces cannot change while the affordable-place designation is under review',
              ],
            },
          ],
        },
      );
    }
    if (member.affordableDesignation === 'revoked' && affordable > 0 && isMemberRep(ctx.caller)) {
      throw new DomainError(
        ErrorCode.Forbidden,
        'the affordable-place designation was revoked; only an alliance admin may designate affordable places again',
      );
    }
  }

  /** Loads and row-locks the member so that the version check and the write cannot interleave with another. */
  private async record(
    manager: EntityManager,
    member: MemberEntity,
    action: MemberHistoryAction,
    fromStatus: MemberStatus | null,
    reason: string | null,
    at: Date,
    ctx: RequestContext,
  ): Promise<void> {
    const actor = actorOf(ctx.caller);
    await manager.insert(MemberHistoryEntity, {
      memberId: member.id,
      version: member.version,
      action,
      fromStatus,
      toStatus: member.status,
      reason,
      actorId: actor.id,
      actorRole: actor.role ?? null,
      correlationId: ctx.requestId,
      occurredAt: at,
    });
  }

  private transitionData(
    action: MemberLifecycleAction,
    member: MemberEntity,
    districtName: string,
    fromStatus: MemberStatus,
    reason: string | null,
    at: Date,
  ): MemberAdmittedData | MemberReinstatedData | MemberStatusChangeData {
    if (action === 'admit') {
      return { ...toProfileData(member, districtName), fromStatus, reason, admittedAt: at.toISOString() };
    }
    if (action === 'reinstate') {
      return { ...toProfileData(member, districtName), fromStatus, reason, reinstatedAt: at.toISOString() };
    }
    return {
      memberId: member.id,
      name: member.name,
      districtCode: member.districtCode,
      fromStatus,
      toStatus: member.status,
      reason,
      changedAt: at.toISOString(),
    };
  }

  private creditCodeTaken(creditCode: string): DomainError {
    return new DomainError(
      ErrorCode.AlreadyExists,
      `an organisation with credit code ${creditCode} is already applying or a member`,
      {
        fields: [
          {
            field: 'creditCode',
            reasons: ['creditCode belongs to an organisation already applying or a member of the alliance'],
          },
        ],
      },
    );
  }
}
