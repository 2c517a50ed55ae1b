import { randomUUID } from 'node:crypto';
import { ErrorCode } from '@alliance/contracts';
import {
  MemberStatus,
  MembershipEvent,
  WorkingGroupMemberRole,
  WorkingGroupStatus,
  type AddWorkingGroupMemberDto,
  type DissolveWorkingGroupDto,
  type FormWorkingGroupDto,
  type ListWorkingGroupsDto,
  type NameWorkingGroupChairDto,
  type RemoveWorkingGroupMemberDto,
  type WorkingGroupChairNamedData,
  type WorkingGroupDissolvedData,
  type WorkingGroupFormedData,
  type WorkingGroupMemberAddedData,
  type WorkingGroupView,
} from '@alliance/contracts/membership';
import { DomainError, eventMeta, isMemberRep, OutboxWriter, type RequestContext } from '@alliance/messaging';
import { inTransaction, lockVersioned, PgErrorCode, violatedConstraint } from '@alliance/persistence';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { isActiveMember } from '../member/member-lifecycle';
import { MemberEntity } from '../member/member.entity';
import { WorkingGroupDepartures } from './working-group-departures';
import { WorkingGroupEntity, WorkingGroupMemberEntity } from './working-group.entity';

@Injectable()
export class WorkingGroupService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(OutboxWriter) private readonly outbox: OutboxWriter,
    @Inject(WorkingGroupDepartures) private readonly departures: WorkingGroupDepartures,
  ) {}

  async form(dto: FormWorkingGroupDto, ctx: RequestContext): Promise<WorkingGroupView> {
    this.refuseMemberRep(ctx, 'form a working group');
    const name = dto.name.trim();
    const memberIds = [dto.chairOrganisationId, ...(dto.memberOrganisationIds ?? [])].filter(
      (id, i, all) => all.indexOf(id) === i,
    );
    return inTransaction(this.dataSource, async (manager) => {
      const [chair] = await this.lockAdmitted(manager, memberIds);
      if (
        await manager.getRepository(WorkingGroupEntity).existsBy({ name, status: WorkingGroupStatus.Active })
      ) {
        throw this.nameTaken(name);
      }
      const now = new Date();
      const group = manager.getRepository(WorkingGroupEntity).create({
        id: randomUUID(),
        name,
        description: dto.description?.trim() || null,
        chairMemberId: dto.chairOrganisationId,
        status: WorkingGroupStatus.Active,
        version: 1,
        formedAt: now,
        dissolvedAt: null,
        dissolutionReason: null,
      });
      try {
        await manager.insert(WorkingGroupEntity, group);
      } catch (error) {
        if (violatedConstraint(error, PgErrorCode.UniqueViolation) === 'working_group_active_name_key')
          throw this.nameTaken(name);
        throw error;
      }
      await manager.insert(
        WorkingGroupMemberEntity,
        memberIds.map((memberId) => ({
          workingGroupId: group.id,
          memberId,
          role:
            memberId === group.chairMemberId ? WorkingGroupMemberRole.Chair : WorkingGroupMemberRole.Member,
          addedAt: now,
        })),
      );
      const data: WorkingGroupFormedData = {
        workingGroupId: group.id,
        name: group.name,
        description: group.description,
        chairOrganisationId: chair.id,
        chairOrganisationName: chair.name,
        memberOrganisationIds: memberIds,
        formedAt: now.toISOString(),
      };
      return this.announce(manager, group, MembershipEvent.workingGroupFormed, data, ctx);
    });
  }

  async addMember(dto: AddWorkingGroupMemberDto, ctx: RequestContext): Promise<WorkingGroupView> {
    this.refuseMemberRep(ctx, 'change a working group');
    return inTransaction(this.dataSource, async (manager) => {
      // Organisation first, then group: the order of a withdrawal (see WorkingGroupDepartures).
      const [organisation] = await this.lockAdmitted(manager, [dto.organisationId]);
      const group = await this.lockActive(manager, dto.id, dto.expectedVersion, 'add members to');
      const exists = await manager
        .getRepository(WorkingGroupMemberEntity)
        .existsBy({ workingGroupId: group.id, memberId: organisation.id });
      if (exists) {
        throw new DomainError(
          ErrorCode.AlreadyExists,
          `${organisation.name} is already in working group ${group.name}`,
        );
      }
      const now = new Date();
      await manager.insert(WorkingGroupMemberEntity, {
        workingGroupId: group.id,
        memberId: organisation.id,
        role: WorkingGroupMemberRole.Member,
        addedAt: now,
      });
      group.version += 1;
      await manager.save(WorkingGroupEntity, group);
      const data: WorkingGroupMemberAddedData = {
        workingGroupId: group.id,
        workingGroupName: group.name,
        organisationId: organisation.id,
        organisationName: organisation.name,
        changedAt: now.toISOString(),
      };
      return this.announce(manager, group, MembershipEvent.workingGroupMemberAdded, data, ctx);
    });
  }

  async removeMember(dto: RemoveWorkingGroupMemberDto, ctx: RequestContext): Promise<WorkingGroupView> {
    this.refuseMemberRep(ctx, 'change a working group');
    return inTransaction(this.dataSource, async (manager) => {
      const group = await this.lockActive(manager, dto.id, dto.expectedVersion, 'remove members from');
      const membership = await manager
        .getRepository(WorkingGroupMemberEntity)
        .findOneBy({ workingGroupId: group.id, memberId: dto.organisationId });
      if (!membership) {
        throw new DomainError(
          ErrorCode.NotFound,
          `organisation ${dto.organisationId} is not in working group ${group.name}`,
        );
      }
      if (membership.role === WorkingGroupMemberRole.Chair) {
        throw new DomainError(
          ErrorCode.BusinessRuleViolated,
          'the chair organisation cannot be removed; name another chair first, or dissolve the working group',
          { organisationId: dto.organisationId },
        );
      }
      const organisation = await manager
        .getRepository(MemberEntity)
        .findOneByOrFail({ id: dto.organisationId });
      await this.departures.removeFromGroup(
        manager,
        group,
        organisation,
        { cause: 'removed', chairVacated: false, at: new Date() },
        ctx,
      );
      return this.view(manager, group);
    });
  }

  /** Names the chair; it joins the group if it is not in it, and the former chair stays as a member. */
  async nameChair(dto: NameWorkingGroupChairDto, ctx: RequestContext): Promise<WorkingGroupView> {
    this.refuseMemberRep(ctx, 'name the chair of a working group');
    return inTransaction(this.dataSource, async (manager) => {
      // Organisation first, then group: the order of a withdrawal, which would otherwise deadlock with this.
      const [organisation] = await this.lockAdmitted(manager, [dto.organisationId]);
      const group = await this.lockActive(manager, dto.id, dto.expectedVersion, 'name the chair of');
      const previousChair = group.chairMemberId;
      // Naming the current chair again changes nothing: no new version, no event.
      if (previousChair === organisation.id) return this.view(manager, group);

      const memberships = manager.getRepository(WorkingGroupMemberEntity);
      // Demote before promoting: the database allows one chair row per group at any moment.
      if (previousChair) {
        await memberships.update(
          { workingGroupId: group.id, memberId: previousChair },
          { role: WorkingGroupMemberRole.Member },
        );
      }
      const now = new Date();
      const joined = !(await memberships.existsBy({ workingGroupId: group.id, memberId: organisation.id }));
      if (joined) {
        await manager.insert(WorkingGroupMemberEntity, {
          workingGroupId: group.id,
          memberId: organisation.id,
          role: WorkingGroupMemberRole.Chair,
          addedAt: now,
        });
      } else {
        await memberships.update(
          { workingGroupId: group.id, memberId: organisation.id },
          { role: WorkingGroupMemberRole.Chair },
        );
      }
      group.chairMemberId = organisation.id;
      group.version += 1;
      await manager.save(WorkingGroupEntity, group);
      const data: WorkingGroupChairNamedData = {
        workingGroupId: group.id,
        workingGroupName: group.name,
        organisationId: organisation.id,
        organisationName: organisation.name,
        previousChairOrganisationId: previousChair,
        joined,
        changedAt: now.toISOString(),
      };
      return this.announce(manager, group, MembershipEvent.workingGroupChairNamed, data, ctx);
    });
  }

  async dissolve(dto: DissolveWorkingGroupDto, ctx: RequestContext): Promise<WorkingGroupView> {
    this.refuseMemberRep(ctx, 'dissolve a working group');
    return inTransaction(this.dataSource, async (manager) => {
      const group = await this.lockActive(manager, dto.id, dto.expectedVersion, 'dissolve');
      const now = new Date();
      group.status = WorkingGroupStatus.Dissolved;
      group.dissolvedAt = now;
      group.dissolutionReason = dto.reason?.trim() || null;
      group.version += 1;
      await manager.save(WorkingGroupEntity, group);
      const members = await manager
        .getRepository(WorkingGroupMemberEntity)
        .find({ where: { workingGroupId: group.id }, order: { addedAt: 'ASC', memberId: 'ASC' } });
      const data: WorkingGroupDissolvedData = {
        workingGroupId: group.id,
        name: group.name,
        reason: group.dissolutionReason,
        memberOrganisationIds: members.map((m) => m.memberId),
        dissolvedAt: now.toISOString(),
      };
      return this.announce(manager, group, MembershipEvent.workingGroupDissolved, data, ctx);
    });
  }

  async get(id: string): Promise<WorkingGroupView> {
    const group = await this.dataSource.getRepository(WorkingGroupEntity).findOneBy({ id });
    if (!group) throw new DomainError(ErrorCode.NotFound, `working group ${id} not found`);
    return this.view(this.dataSource.manager, group);
  }

  async list(query: ListWorkingGroupsDto): Promise<WorkingGroupView[]> {
    const status = query.status ?? 'active';
    const qb = this.dataSource
      .getRepository(WorkingGroupEntity)
      .createQueryBuilder('g')
      .orderBy('g.formed_at', 'ASC')
      .addOrderBy('g.id', 'ASC');
    if (status !== 'all') qb.andWhere('g.status = :status', { status });
    if (query.organisationId) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM working_group_member wm WHERE wm.working_group_id = g.id AND wm.member_id = :org)',
        { org: query.organisationId },
      );
    }
    if (query.needsChair !== undefined) {
      const vacant = `(g.status = 'active' AND g.chair_member_id IS NULL)`;
      qb.andWhere(query.needsChair ? vacant : `NOT ${vacant}`);
    }
    const groups = await qb.getMany();
    return Promise.all(groups.map((g) => this.view(this.dataSource.manager, g)));
  }

  /** Writes the group's event in the same transaction as its change, and answers the new view. */
  private async announce(
    manager: EntityManager,
    group: WorkingGroupEntity,
    type: string,
    data: object,
    ctx: RequestContext,
  ): Promise<WorkingGroupView> {
    await this.outbox.append(manager, {
      type,
      aggregateId: group.id,
      aggregateVersion: group.version,
      data,
      meta: eventMeta(ctx),
    });
    return this.view(manager, group);
  }

  private async view(manager: EntityManager, group: WorkingGroupEntity): Promise<WorkingGroupView> {
    const rows = (await manager.query(
      `SELECT wm.member_id, m.name, wm.role, wm.added_at
         FROM working_group_member wm
         JOIN member m ON m.id = wm.member_id
        WHERE wm.working_group_id = $1
        ORDER BY (wm.role = 'chair') DESC, wm.added_at, m.name, wm.member_id`,
      [group.id],
    )) as Array<{ member_id: string; name: string; role: WorkingGroupMemberRole; added_at: Date }>;
    // The chair is always a member (the database checks it), so its name is among the rows.
    const chairName = rows.find((r) => r.member_id === group.chairMemberId)?.name ?? null;
    return {
      id: group.id,
      name: group.name,
      description: group.description,
      chairOrganisationId: group.chairMemberId,
      chairOrganisationName: chairName,
      needsChair: group.status === WorkingGroupStatus.Active && group.chairMemberId === null,
      status: group.status,
      formedAt: group.formedAt.toISOString(),
      dissolvedAt: group.dissolvedAt?.toISOString() ?? null,
      dissolutionReason: group.dissolutionReason,
      version: group.version,
      members: rows.map((r) => ({
        organisationId: r.member_id,
        organisationName: r.name,
        role: r.role,
        addedAt: r.added_at.toISOString(),
      })),
    };
  }

  private async lockActive(
    manager: EntityManager,
    id: string,
    expectedVersion: number,
    what: string,
  ): Promise<WorkingGroupEntity> {
    const group = await lockVersioned(manager, WorkingGroupEntity, id, expectedVersion, 'working group');
    if (group.status !== WorkingGroupStatus.Active) {
      throw new DomainError(ErrorCode.IllegalTransition, `cannot ${what} a dissolved working group`, {
        status: group.status,
      });
    }
    return group;
  }

  /**
   * Only admitted organisations join working groups. FOR SHARE keeps them admitted until this
   * transaction commits: a concurrent suspension waits instead of slipping in between check and insert.
   * Answers the organisations in the order of `ids`.
   */
  private async lockAdmitted(manager: EntityManager, ids: string[]): Promise<MemberEntity[]> {
    const found = await manager
      .getRepository(MemberEntity)
      .find({ where: { id: In(ids) }, lock: { mode: 'pessimistic_read' }, order: { id: 'ASC' } });
    const byId = new Map(found.map((m) => [m.id, m]));
    const missing = ids.filter((id) => !byId.has(id));
    if (missing.length) {
      throw new DomainError(ErrorCode.NotFound, `member organisation ${missing.join(', ')} not found`, {
        organisationIds: missing,
      });
    }
    const notAdmitted = found.filter((m) => !isActiveMember(m.status));
    if (notAdmitted.length) {
      throw new DomainError(
        ErrorCode.BusinessRuleViolated,
        `only admitted organisations take part in working groups: ${notAdmitted
          .map((m) => `${m.name} is ${m.status}`)
          .join('; ')}`,
        { organisationIds: notAdmitted.map((m) => m.id), required: MemberStatus.Admitted },
      );
    }
    return ids.map((id) => byId.get(id) as MemberEntity);
  }

  private refuseMemberRep(ctx: RequestContext, what: string): void {
    if (isMemberRep(ctx.caller)) {
      throw new DomainError(ErrorCode.Forbidden, `a member representative may not ${what}`);
    }
  }

  private nameTaken(name: string): DomainError {
    return new DomainError(ErrorCode.AlreadyExists, `an active working group is already called ${name}`, {
      fields: [{ field: 'name', reasons: ['name is already used by an active working group'] }],
    });
  }
}
