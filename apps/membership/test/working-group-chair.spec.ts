import { randomUUID } from 'node:crypto';
import {
  MembershipEvent,
  MembershipRpc,
  type MemberView,
  type WorkingGroupView,
} from '@alliance/contracts/membership';
import { MembershipHarness, memberRep } from './membership-harness';

/**
 * An organisation that withdraws or is expelled leaves its working groups in the same transaction; a group
 * whose chair left keeps running without one, flagged for the admins, until a new chair is named.
 * Every test applies its own organisations and forms its own groups.
 */
describe('working groups when organisations leave, and naming a chair (real PostgreSQL and NATS)', () => {
  const h = new MembershipHarness();
  beforeAll(() => h.start());
  afterAll(() => h.stop());

  async function admitted(name: string): Promise<MemberView> {
    const member = await h.apply({ name });
    return h.call<MemberView>(MembershipRpc.admitMember, { id: member.id, expectedVersion: 1 });
  }
  const form = (name: string, chair: MemberView, members: MemberView[] = []) =>
    h.call<WorkingGroupView>(MembershipRpc.formWorkingGroup, {
      name: `${name}-${randomUUID().slice(0, 8)}`,
      chairOrganisationId: chair.id,
      memberOrganisationIds: members.map((m) => m.id),
    });
  const get = (id: string) => h.call<WorkingGroupView>(MembershipRpc.getWorkingGroup, { id });
  const withdraw = (m: MemberView) =>
    h.call<MemberView>(MembershipRpc.withdrawMember, { id: m.id, expectedVersion: m.version });
  const expel = (m: MemberView) =>
    h.call<MemberView>(MembershipRpc.expelMember, {
      id: m.id,
      expectedVersion: m.version,
      reason: '严重违规',
    });

  it('takes a withdrawn member out of every active group it is in, one group event each, in the same transaction', async () => {
    const [chair, leaving, staying] = await Promise.all([
      admitted('成都高新区卫生健康局'),
      admitted('因特贝托育'),
      admitted('咿薇托育'),
    ]);
    const first = await form('标准小组', chair, [leaving, staying]);
    const second = await form('培训小组', staying, [leaving]);
    const dissolved = await form('旧小组', chair, [leaving]);
    await h.call(MembershipRpc.dissolveWorkingGroup, { id: dissolved.id, expectedVersion: 1 });
    const requestId = randomUUID();

    await h.call(
      MembershipRpc.withdrawMember,
      { id: leaving.id, expectedVersion: 2 },
      memberRep(leaving.id),
      requestId,
    );

    for (const group of [first, second]) {
      const now = await get(group.id);
      expect(now.version).toBe(2);
      expect(now.members.map((m) => m.organisationId)).not.toContain(leaving.id);
      expect(now).toMatchObject({ needsChair: false, chairOrganisationId: group.chairOrganisationId });
      const events = await h.outboxEvents(group.id);
      expect(events[1]).toMatchObject({
        type: MembershipEvent.workingGroupMemberRemoved,
        aggregateVersion: 2,
        correlationId: requestId,
        actor: { id: memberRep(leaving.id).userId, role: 'member_rep' },
        data: {
          workingGroupId: group.id,
          organisationId: leaving.id,
          organisationName: '因特贝托育',
          cause: 'withdrawn',
          chairVacated: false,
        },
      });
    }
    // A dissolved group keeps its members as they were when it ended.
    const old = await get(dissolved.id);
    expect(old.version).toBe(2);
    expect(old.members.map((m) => m.organisationId)).toContain(leaving.id);

    // The member's event and the groups' events were written by one transaction: created_at defaults to
    // now(), the start of the writing transaction, so one transaction gives one value.
    const rows = (await h.dataSource.query(
      `SELECT event_type, created_at::text AS at FROM outbox WHERE (payload->>'correlationId') = $1 ORDER BY id`,
      [requestId],
    )) as Array<{ event_type: string; at: string }>;
    expect(rows.map((r) => r.event_type)).toEqual([
      MembershipEvent.memberWithdrawn,
      MembershipEvent.workingGroupMemberRemoved,
      MembershipEvent.workingGroupMemberRemoved,
    ]);
    expect(new Set(rows.map((r) => r.at)).size).toBe(1);
  });

  it('leaves a group whose chair was expelled running without a chair, flagged until a new chair is named', async () => {
    const [chair, member, successor] = await Promise.all([
      admitted('天府新区教育卫健局'),
      admitted('高新妇女儿童医院'),
      admitted('成都天府国际生物城第一幼儿园'),
    ]);
    const group = await form('医育结合小组', chair, [member]);
    await expel(chair);

    const orphan = await get(group.id);
    expect(orphan).toMatchObject({
      status: 'active',
      version: 2,
      chairOrganisationId: null,
      chairOrganisationName: null,
      needsChair: true,
    });
    expect(orphan.members.map((m) => [m.organisationId, m.role])).toEqual([[member.id, 'member']]);
    expect((await h.outboxEvents(group.id))[1]).toMatchObject({
      type: MembershipEvent.workingGroupMemberRemoved,
      data: { organisationId: chair.id, cause: 'expelled', chairVacated: true },
    });

    const flagged = await h.call<WorkingGroupView[]>(MembershipRpc.listWorkingGroups, { needsChair: true });
    expect(flagged.map((g) => g.id)).toContain(group.id);
    expect(flagged.every((g) => g.needsChair && g.status === 'active')).toBe(true);

    // The successor was not in the group: naming it chair makes it a member too.
    const requestId = randomUUID();
    const named = await h.call<WorkingGroupView>(
      MembershipRpc.nameWorkingGroupChair,
      { id: group.id, expectedVersion: 2, organisationId: successor.id },
      undefined,
      requestId,
    );
    expect(named).toMatchObject({
      version: 3,
      chairOrganisationId: successor.id,
      chairOrganisationName: '成都天府国际生物城第一幼儿园',
      needsChair: false,
    });
    expect(named.members.map((m) => [m.organisationId, m.role])).toEqual([
      [successor.id, 'chair'],
      [member.id, 'member'],
    ]);
    expect((await h.outboxEvents(group.id))[2]).toMatchObject({
      type: MembershipEvent.workingGroupChairNamed,
      aggregateVersion: 3,
      correlationId: requestId,
      data: {
        workingGroupId: group.id,
        organisationId: successor.id,
        organisationName: '成都天府国际生物城第一幼儿园',
        previousChairOrganisationId: null,
        joined: true,
      },
    });
    const stillFlagged = await h.call<WorkingGroupView[]>(MembershipRpc.listWorkingGroups, {
      needsChair: true,
    });
    expect(stillFlagged.map((g) => g.id)).not.toContain(group.id);
    const withChair = await h.call<WorkingGroupView[]>(MembershipRpc.listWorkingGroups, {
      needsChair: false,
      organisationId: successor.id,
    });
    expect(withChair.map((g) => g.id)).toEqual([group.id]);
  });

  it('hands the chair to a member already in the group, the former chair staying as a member', async () => {
    const [chair, member] = await Promise.all([admitted('双流区妇幼保健院'), admitted('吉利学院教育学院')]);
    const group = await form('人才培养小组', chair, [member]);
    const named = await h.call<WorkingGroupView>(MembershipRpc.nameWorkingGroupChair, {
      id: group.id,
      expectedVersion: 1,
      organisationId: member.id,
    });
    expect(named.members.map((m) => [m.organisationId, m.role])).toEqual([
      [member.id, 'chair'],
      [chair.id, 'member'],
    ]);
    expect((await h.outboxEvents(group.id))[1].data).toMatchObject({
      previousChairOrganisationId: chair.id,
      joined: false,
    });

    // Naming the current chair again is no change: no new version, no event.
    const again = await h.call<WorkingGroupView>(MembershipRpc.nameWorkingGroupChair, {
      id: group.id,
      expectedVersion: 2,
      organisationId: member.id,
    });
    expect(again).toMatchObject({ version: 2, chairOrganisationId: member.id });
    expect(await h.outboxEvents(group.id)).toHaveLength(2);
  });

  it('refuses a chair that is not admitted, a stale version, a dissolved group, a member rep and bad input', async () => {
    const [chair, other] = await Promise.all([admitted('武侯区阳光托育'), admitted('蒲江县小树苗托育园')]);
    const applicant = await h.apply({ name: '成都福锦华蜀教育管理有限公司' });
    const group = await form('资源共享小组', chair);
    const name = (body: object, caller = undefined as ReturnType<typeof memberRep> | undefined) =>
      h.refusal(MembershipRpc.nameWorkingGroupChair, { id: group.id, expectedVersion: 1, ...body }, caller);

    expect(await name({ organisationId: applicant.id })).toMatchObject({
      code: 'BUSINESS_RULE_VIOLATED',
      details: { organisationIds: [applicant.id] },
    });
    expect((await name({ organisationId: randomUUID() })).code).toBe('NOT_FOUND');
    expect((await name({ organisationId: other.id, expectedVersion: 2 })).code).toBe('VERSION_CONFLICT');
    expect((await name({ organisationId: other.id }, memberRep(other.id))).code).toBe('FORBIDDEN');
    expect(await name({ organisationId: 'not-a-uuid' })).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { fields: [{ field: 'organisationId' }] },
    });
    expect(await name({})).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { fields: [{ field: 'organisationId' }] },
    });
    await h.call(MembershipRpc.dissolveWorkingGroup, { id: group.id, expectedVersion: 1 });
    expect((await name({ organisationId: other.id, expectedVersion: 2 })).code).toBe('ILLEGAL_TRANSITION');
    expect((await h.outboxEvents(group.id)).map((e) => e.type)).toEqual([
      MembershipEvent.workingGroupFormed,
      MembershipEvent.workingGroupDissolved,
    ]);
  });

  it('still refuses to remove the chair directly: another chair is named first', async () => {
    const [chair, member] = await Promise.all([admitted('成都电子科大立人托育中心'), admitted('因特贝托育')]);
    const group = await form('政策协同小组', chair, [member]);
    const refused = await h.refusal(MembershipRpc.removeWorkingGroupMember, {
      id: group.id,
      expectedVersion: 1,
      organisationId: chair.id,
    });
    expect(refused.code).toBe('BUSINESS_RULE_VIOLATED');
  });

  it('has the database refuse a chair that is not a member of its group', async () => {
    const [chair, outsider] = await Promise.all([admitted('锦江区托育'), admitted('青羊区托育')]);
    const group = await form('数据库小组', chair);
    await expect(
      h.dataSource.query(`UPDATE working_group SET chair_member_id = $2 WHERE id = $1`, [
        group.id,
        outsider.id,
      ]),
    ).rejects.toThrow(/working_group_chair_is_member/);
    await expect(
      h.dataSource.query(`DELETE FROM working_group_member WHERE working_group_id = $1 AND member_id = $2`, [
        group.id,
        chair.id,
      ]),
    ).rejects.toThrow(/working_group_chair_is_member/);
  });

  it('never leaves a withdrawn organisation in a group when its withdrawal and its naming as chair meet', async () => {
    for (let round = 0; round < 5; round++) {
      const [chair, candidate] = await Promise.all([admitted('高新区托育甲'), admitted('高新区托育乙')]);
      const group = await form('并发小组', chair, [candidate]);
      const [withdrawal, naming] = await Promise.allSettled([
        withdraw(candidate),
        h.call<WorkingGroupView>(MembershipRpc.nameWorkingGroupChair, {
          id: group.id,
          expectedVersion: 1,
          organisationId: candidate.id,
        }),
      ]);
      // The withdrawal never waits on the group's version: it always goes through.
      expect(withdrawal.status).toBe('fulfilled');
      if (naming.status === 'rejected') {
        expect(naming.reason.payload.code).toBe('BUSINESS_RULE_VIOLATED');
      }
      const now = await get(group.id);
      expect(now.members.map((m) => m.organisationId)).not.toContain(candidate.id);
      expect(now.chairOrganisationId).not.toBe(candidate.id);
      expect(now.needsChair).toBe(naming.status === 'fulfilled');
    }
  });
});
