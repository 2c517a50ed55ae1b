import { randomUUID } from 'node:crypto';
import {
  MembershipEvent,
  MembershipRpc,
  type MemberView,
  type WorkingGroupView,
} from '@alliance/contracts/membership';
import { MembershipHarness, memberRep } from './membership-harness';

describe('working groups (real PostgreSQL and NATS)', () => {
  const h = new MembershipHarness();
  beforeAll(() => h.start());
  afterAll(() => h.stop());

  /** Every test admits its own organisations, so no test depends on what another one did. */
  async function admitted(name: string): Promise<MemberView> {
    const member = await h.apply({ name });
    return h.call<MemberView>(MembershipRpc.admitMember, { id: member.id, expectedVersion: 1 });
  }
  const organisations = (...names: string[]) => Promise.all(names.map(admitted));

  const form = (name: string, chair: string, members: string[] = []) =>
    h.call<WorkingGroupView>(MembershipRpc.formWorkingGroup, {
      name,
      description: '联盟日常工作',
      chairOrganisationId: chair,
      memberOrganisationIds: members,
    });

  it('forms a group with its chair and members, and publishes working-group.formed', async () => {
    const [bureau, centre] = await organisations('成都高新区卫生健康局', '咿薇托育');
    const requestId = randomUUID();
    const group = await h.call<WorkingGroupView>(
      MembershipRpc.formWorkingGroup,
      { name: '联盟工作小组', chairOrganisationId: bureau.id, memberOrganisationIds: [centre.id, bureau.id] },
      undefined,
      requestId,
    );
    expect(group).toMatchObject({
      name: '联盟工作小组',
      status: 'active',
      version: 1,
      chairOrganisationId: bureau.id,
      chairOrganisationName: '成都高新区卫生健康局',
    });
    // The chair listed once, first, even when it is also named among the members.
    expect(group.members.map((m) => [m.organisationName, m.role])).toEqual([
      ['成都高新区卫生健康局', 'chair'],
      ['咿薇托育', 'member'],
    ]);
    const [event] = await h.outboxEvents(group.id);
    expect(event).toMatchObject({
      type: MembershipEvent.workingGroupFormed,
      aggregateVersion: 1,
      correlationId: requestId,
      data: {
        workingGroupId: group.id,
        name: '联盟工作小组',
        chairOrganisationId: bureau.id,
        chairOrganisationName: '成都高新区卫生健康局',
        memberOrganisationIds: [bureau.id, centre.id],
      },
    });
    const [published] = await h.streamEventsOf(group.id, 1);
    expect(published.envelope.eventId).toBe(event.eventId);
  });

  it('adds and removes admitted members, one version and event each, and dissolves', async () => {
    const [hospital, centre] = await organisations('高新妇女儿童医院', '咿薇托育');
    const group = await form('医育结合小组', hospital.id);
    const added = await h.call<WorkingGroupView>(MembershipRpc.addWorkingGroupMember, {
      id: group.id,
      expectedVersion: 1,
      organisationId: centre.id,
    });
    expect(added.version).toBe(2);
    expect(added.members.map((m) => m.organisationId)).toEqual([hospital.id, centre.id]);

    const removed = await h.call<WorkingGroupView>(MembershipRpc.removeWorkingGroupMember, {
      id: group.id,
      expectedVersion: 2,
      organisationId: centre.id,
    });
    expect(removed.version).toBe(3);
    expect(removed.members.map((m) => m.organisationId)).toEqual([hospital.id]);

    const dissolved = await h.call<WorkingGroupView>(MembershipRpc.dissolveWorkingGroup, {
      id: group.id,
      expectedVersion: 3,
      reason: '任务完成',
    });
    expect(dissolved).toMatchObject({ status: 'dissolved', version: 4, dissolutionReason: '任务完成' });
    expect(dissolved.dissolvedAt).not.toBeNull();

    const events = await h.outboxEvents(group.id);
    expect(events.map((e) => [e.type, e.aggregateVersion])).toEqual([
      [MembershipEvent.workingGroupFormed, 1],
      [MembershipEvent.workingGroupMemberAdded, 2],
      [MembershipEvent.workingGroupMemberRemoved, 3],
      [MembershipEvent.workingGroupDissolved, 4],
    ]);
    expect(events[1].data).toMatchObject({
      workingGroupName: '医育结合小组',
      organisationId: centre.id,
      organisationName: '咿薇托育',
    });
    expect(events[3].data).toMatchObject({ reason: '任务完成', memberOrganisationIds: [hospital.id] });
    const onStream = await h.streamEventsOf(group.id, 4);
    expect(onStream.map((e) => e.envelope.type)).toEqual(events.map((e) => e.type));
  });

  it('refuses a chair or member that is not admitted', async () => {
    const [bureau, university] = await organisations('成都高新区卫生健康局', '吉利学院教育学院');
    const applicant = await h.apply({ name: '双流区妇幼保健院' });
    const chair = await h.refusal(MembershipRpc.formWorkingGroup, {
      name: '申请中小组',
      chairOrganisationId: applicant.id,
    });
    expect(chair).toMatchObject({
      code: 'BUSINESS_RULE_VIOLATED',
      details: { organisationIds: [applicant.id] },
    });
    const member = await h.refusal(MembershipRpc.formWorkingGroup, {
      name: '申请中小组',
      chairOrganisationId: bureau.id,
      memberOrganisationIds: [applicant.id],
    });
    expect(member.code).toBe('BUSINESS_RULE_VIOLATED');
    const unknown = await h.refusal(MembershipRpc.formWorkingGroup, {
      name: '幽灵小组',
      chairOrganisationId: randomUUID(),
    });
    expect(unknown.code).toBe('NOT_FOUND');

    const group = await form('培训小组', university.id);
    const add = await h.refusal(MembershipRpc.addWorkingGroupMember, {
      id: group.id,
      expectedVersion: 1,
      organisationId: applicant.id,
    });
    expect(add.code).toBe('BUSINESS_RULE_VIOLATED');
    const [{ count }] = await h.dataSource.query(
      `SELECT count(*)::int AS count FROM working_group WHERE name IN ('申请中小组', '幽灵小组')`,
    );
    expect(count).toBe(0);
  });

  it('refuses to remove the chair, to add a member twice, and to change a dissolved group', async () => {
    const [bureau, hospital, centre] = await organisations(
      '成都高新区卫生健康局',
      '高新妇女儿童医院',
      '咿薇托育',
    );
    const group = await form('标准小组', bureau.id, [hospital.id]);
    expect(
      (
        await h.refusal(MembershipRpc.removeWorkingGroupMember, {
          id: group.id,
          expectedVersion: 1,
          organisationId: bureau.id,
        })
      ).code,
    ).toBe('BUSINESS_RULE_VIOLATED');
    expect(
      (
        await h.refusal(MembershipRpc.addWorkingGroupMember, {
          id: group.id,
          expectedVersion: 1,
          organisationId: hospital.id,
        })
      ).code,
    ).toBe('ALREADY_EXISTS');
    expect(
      (
        await h.refusal(MembershipRpc.removeWorkingGroupMember, {
          id: group.id,
          expectedVersion: 1,
          organisationId: centre.id,
        })
      ).code,
    ).toBe('NOT_FOUND');
    await h.call(MembershipRpc.dissolveWorkingGroup, { id: group.id, expectedVersion: 1 });
    expect(
      (
        await h.refusal(MembershipRpc.addWorkingGroupMember, {
          id: group.id,
          expectedVersion: 2,
          organisationId: centre.id,
        })
      ).code,
    ).toBe('ILLEGAL_TRANSITION');
    expect(
      (await h.refusal(MembershipRpc.dissolveWorkingGroup, { id: group.id, expectedVersion: 2 })).code,
    ).toBe('ILLEGAL_TRANSITION');
    expect((await h.outboxEvents(group.id)).map((e) => e.type)).toEqual([
      MembershipEvent.workingGroupFormed,
      MembershipEvent.workingGroupDissolved,
    ]);
  });

  it('refuses a stale version', async () => {
    const [centre, hospital, university] = await organisations(
      '咿薇托育',
      '高新妇女儿童医院',
      '吉利学院教育学院',
    );
    const group = await form('资源共享小组', centre.id);
    await h.call(MembershipRpc.addWorkingGroupMember, {
      id: group.id,
      expectedVersion: 1,
      organisationId: hospital.id,
    });
    const stale = await h.refusal(MembershipRpc.addWorkingGroupMember, {
      id: group.id,
      expectedVersion: 1,
      organisationId: university.id,
    });
    expect(stale).toMatchObject({ code: 'VERSION_CONFLICT', details: { currentVersion: 2 } });
    const current = await h.call<WorkingGroupView>(MembershipRpc.getWorkingGroup, { id: group.id });
    expect(current.members.map((m) => m.organisationId)).toEqual([centre.id, hospital.id]);
  });

  it('keeps active group names unique but lets a dissolved name be reused', async () => {
    const [bureau, centre] = await organisations('成都高新区卫生健康局', '咿薇托育');
    const group = await form('政策协同小组', bureau.id);
    expect(
      (
        await h.refusal(MembershipRpc.formWorkingGroup, {
          name: '政策协同小组',
          chairOrganisationId: centre.id,
        })
      ).code,
    ).toBe('ALREADY_EXISTS');
    await h.call(MembershipRpc.dissolveWorkingGroup, { id: group.id, expectedVersion: 1 });
    const again = await form('政策协同小组', centre.id);
    expect(again.status).toBe('active');
  });

  it('lists active groups, optionally those of one organisation or dissolved ones', async () => {
    const [hospital, centre] = await organisations('高新妇女儿童医院', '咿薇托育');
    const chaired = await form('医院牵头小组', hospital.id);
    const joined = await form('中心牵头小组', centre.id, [hospital.id]);
    const ended = await form('已解散小组', hospital.id);
    const elsewhere = await form('无关小组', centre.id);
    await h.call(MembershipRpc.dissolveWorkingGroup, { id: ended.id, expectedVersion: 1 });

    const active = await h.call<WorkingGroupView[]>(MembershipRpc.listWorkingGroups, {});
    expect(active.every((g) => g.status === 'active')).toBe(true);
    expect(active.map((g) => g.id)).toEqual(expect.arrayContaining([chaired.id, joined.id, elsewhere.id]));
    expect(active.map((g) => g.id)).not.toContain(ended.id);

    const ofHospital = (status?: 'all' | 'dissolved') =>
      h.call<WorkingGroupView[]>(MembershipRpc.listWorkingGroups, {
        organisationId: hospital.id,
        ...(status ? { status } : {}),
      });
    const ids = async (status?: 'all' | 'dissolved') => (await ofHospital(status)).map((g) => g.id).sort();
    expect(await ids()).toEqual([chaired.id, joined.id].sort());
    expect(await ids('all')).toEqual([chaired.id, joined.id, ended.id].sort());
    expect(await ids('dissolved')).toEqual([ended.id]);
  });

  it('does not let a member rep run working groups', async () => {
    const [centre] = await organisations('咿薇托育');
    const refused = await h.refusal(
      MembershipRpc.formWorkingGroup,
      { name: '自封小组', chairOrganisationId: centre.id },
      memberRep(centre.id),
    );
    expect(refused.code).toBe('FORBIDDEN');
  });
});
