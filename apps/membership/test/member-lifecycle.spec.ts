import { randomUUID } from 'node:crypto';
import {
  MembershipEvent,
  MembershipRpc,
  type MemberDetail,
  type MemberView,
} from '@alliance/contracts/membership';
import { newCreditCode } from '@alliance/testing';
import { ADMIN, MembershipHarness, memberRep } from './membership-harness';

describe('member organisations: commands write their state, history and event (real PostgreSQL and NATS)', () => {
  const h = new MembershipHarness();
  beforeAll(() => h.start());
  afterAll(() => h.stop());

  it('apply stores the organisation as applied, records who applied, and publishes member.applied', async () => {
    const requestId = randomUUID();
    const creditCode = newCreditCode();
    const body = {
      name: '因特贝托育',
      creditCode,
      kind: 'childcare_centre',
      ownership: 'private',
      districtCode: 'wuhou',
      address: '成都市武侯区',
      contacts: [{ name: '张老师', role: '负责人', phone: '028-85123456' }],
      licensedPlaces: 60,
      affordablePlaces: 60,
    };
    const applied = await h.call<MemberView>(MembershipRpc.applyMember, body, ADMIN, requestId);

    expect(applied).toMatchObject({
      name: '因特贝托育',
      nameEn: null,
      status: 'applied',
      version: 1,
      districtCode: 'wuhou',
      districtName: '武侯区',
      allianceRole: 'member',
      contacts: [{ name: '张老师', role: '负责人', phone: '028-85123456', email: null }],
    });
    const [row] = await h.dataSource.query(`SELECT status, version, credit_code FROM member WHERE id = $1`, [
      applied.id,
    ]);
    expect(row).toEqual({ status: 'applied', version: 1, credit_code: creditCode });

    const [event] = await h.outboxEvents(applied.id);
    expect(event).toMatchObject({
      type: MembershipEvent.memberApplied,
      aggregateId: applied.id,
      aggregateVersion: 1,
      correlationId: requestId,
      actor: { id: ADMIN.userId, kind: 'user', role: 'alliance_admin' },
      data: {
        memberId: applied.id,
        name: '因特贝托育',
        kind: 'childcare_centre',
        districtCode: 'wuhou',
        districtName: '武侯区',
        licensedPlaces: 60,
        affordablePlaces: 60,
        status: 'applied',
        appliedAt: applied.appliedAt,
      },
    });
    // Contacts are private: they never travel on the bus.
    expect(JSON.stringify(event)).not.toContain('028-85123456');

    const [published] = await h.streamEventsOf(applied.id, 1);
    expect(published.subject).toBe(`${h.env.subjectPrefix}${MembershipEvent.memberApplied}`);
    expect(published.envelope).toEqual(event);
  });

  it('walks applied → admitted → suspended → reinstated → withdrawn, one version, history entry and event per step', async () => {
    const applied = await h.apply({ name: '成都电子科大立人托育中心', ownership: 'university_run' });
    const admitted = await h.call<MemberView>(MembershipRpc.admitMember, {
      id: applied.id,
      expectedVersion: 1,
    });
    expect(admitted).toMatchObject({ status: 'admitted', version: 2 });
    expect(admitted.statusChangedAt).not.toBeNull();
    const suspended = await h.call<MemberView>(MembershipRpc.suspendMember, {
      id: applied.id,
      expectedVersion: 2,
      reason: '未按期完成整改',
    });
    expect(suspended).toMatchObject({ status: 'suspended', version: 3 });
    const reinstated = await h.call<MemberView>(MembershipRpc.reinstateMember, {
      id: applied.id,
      expectedVersion: 3,
      reason: '整改完成',
    });
    expect(reinstated).toMatchObject({ status: 'admitted', version: 4 });
    const withdrawRequest = randomUUID();
    const withdrawn = await h.call<MemberView>(
      MembershipRpc.withdrawMember,
      { id: applied.id, expectedVersion: 4 },
      memberRep(applied.id),
      withdrawRequest,
    );
    expect(withdrawn).toMatchObject({ status: 'withdrawn', version: 5 });

    const detail = await h.call<MemberDetail>(MembershipRpc.getMember, { id: applied.id });
    expect(detail.status).toBe('withdrawn');
    expect(detail.contacts).toHaveLength(1);
    expect(detail.history.map((e) => [e.action, e.fromStatus, e.toStatus, e.reason, e.version])).toEqual([
      ['applied', null, 'applied', null, 1],
      ['admitted', 'applied', 'admitted', null, 2],
      ['suspended', 'admitted', 'suspended', '未按期完成整改', 3],
      ['reinstated', 'suspended', 'admitted', '整改完成', 4],
      ['withdrawn', 'admitted', 'withdrawn', null, 5],
    ]);
    expect(detail.history[4]).toMatchObject({
      actor: { id: memberRep(applied.id).userId, role: 'member_rep' },
      correlationId: withdrawRequest,
    });

    const events = await h.outboxEvents(applied.id);
    expect(events.map((e) => [e.type, e.aggregateVersion])).toEqual([
      [MembershipEvent.memberApplied, 1],
      [MembershipEvent.memberAdmitted, 2],
      [MembershipEvent.memberSuspended, 3],
      [MembershipEvent.memberReinstated, 4],
      [MembershipEvent.memberWithdrawn, 5],
    ]);
    // Admitted carries what a consumer needs to start working with the organisation.
    expect(events[1].data).toMatchObject({
      memberId: applied.id,
      name: '成都电子科大立人托育中心',
      kind: 'childcare_centre',
      ownership: 'university_run',
      districtCode: 'gaoxin',
      districtName: '高新区',
      allianceRole: 'member',
      licensedPlaces: 120,
      affordablePlaces: 80,
      status: 'admitted',
      fromStatus: 'applied',
    });
    expect(events[2].data).toMatchObject({
      fromStatus: 'admitted',
      toStatus: 'suspended',
      reason: '未按期完成整改',
    });
    expect(events[3].data).toMatchObject({ fromStatus: 'suspended', status: 'admitted', reason: '整改完成' });
    expect(events[4]).toMatchObject({
      correlationId: withdrawRequest,
      actor: { id: memberRep(applied.id).userId, role: 'member_rep' },
      data: { fromStatus: 'admitted', toStatus: 'withdrawn', reason: null },
    });

    const onStream = await h.streamEventsOf(applied.id, 5);
    expect(onStream.map((e) => e.envelope.eventId)).toEqual(events.map((e) => e.eventId));
  });

  it('rejects an application with its reason, and expels a suspended member with its reason', async () => {
    const rejectedApp = await h.apply();
    const rejected = await h.call<MemberView>(MembershipRpc.rejectMember, {
      id: rejectedApp.id,
      expectedVersion: 1,
      reason: '不在联盟服务片区',
    });
    expect(rejected.status).toBe('rejected');
    expect((await h.outboxEvents(rejectedApp.id))[1]).toMatchObject({
      type: MembershipEvent.memberRejected,
      data: { fromStatus: 'applied', toStatus: 'rejected', reason: '不在联盟服务片区' },
    });

    const member = await h.apply();
    await h.call(MembershipRpc.admitMember, { id: member.id, expectedVersion: 1 });
    await h.call(MembershipRpc.suspendMember, { id: member.id, expectedVersion: 2, reason: '安全事故' });
    const expelled = await h.call<MemberView>(MembershipRpc.expelMember, {
      id: member.id,
      expectedVersion: 3,
      reason: '严重违规',
    });
    expect(expelled).toMatchObject({ status: 'expelled', version: 4 });
    expect((await h.outboxEvents(member.id)).map((e) => e.type)).toEqual([
      MembershipEvent.memberApplied,
      MembershipEvent.memberAdmitted,
      MembershipEvent.memberSuspended,
      MembershipEvent.memberExpelled,
    ]);
  });

  it('refuses illegal transitions with ILLEGAL_TRANSITION and changes nothing', async () => {
    const member = await h.apply();
    expect(
      await h.refusal(MembershipRpc.suspendMember, { id: member.id, expectedVersion: 1, reason: 'x' }),
    ).toMatchObject({
      code: 'ILLEGAL_TRANSITION',
      details: { status: 'applied', action: 'suspend', allowedActions: ['admit', 'reject'] },
    });
    expect((await h.refusal(MembershipRpc.reinstateMember, { id: member.id, expectedVersion: 1 })).code).toBe(
      'ILLEGAL_TRANSITION',
    );
    await h.call(MembershipRpc.rejectMember, { id: member.id, expectedVersion: 1, reason: '材料不全' });
    const refused = await h.refusal(MembershipRpc.admitMember, { id: member.id, expectedVersion: 2 });
    expect(refused).toMatchObject({
      code: 'ILLEGAL_TRANSITION',
      details: { status: 'rejected', allowedActions: [] },
    });

    const [row] = await h.dataSource.query(`SELECT status, version FROM member WHERE id = $1`, [member.id]);
    expect(row).toEqual({ status: 'rejected', version: 2 });
    expect(await h.outboxEvents(member.id)).toHaveLength(2);
  });

  it('refuses a stale expectedVersion with VERSION_CONFLICT and changes nothing', async () => {
    const member = await h.apply();
    await h.call(MembershipRpc.admitMember, { id: member.id, expectedVersion: 1 });
    const stale = await h.refusal(MembershipRpc.suspendMember, {
      id: member.id,
      expectedVersion: 1,
      reason: '迟到',
    });
    expect(stale).toMatchObject({
      code: 'VERSION_CONFLICT',
      details: { currentVersion: 2, expectedVersion: 1 },
    });
    const staleUpdate = await h.refusal(MembershipRpc.updateMemberProfile, {
      id: member.id,
      expectedVersion: 1,
      licensedPlaces: 200,
    });
    expect(staleUpdate.code).toBe('VERSION_CONFLICT');
    const [row] = await h.dataSource.query(
      `SELECT status, version, licensed_places FROM member WHERE id = $1`,
      [member.id],
    );
    expect(row).toEqual({ status: 'admitted', version: 2, licensed_places: 120 });
  });

  it('lets exactly one of two concurrent commands on the same version win', async () => {
    const member = await h.apply();
    const outcomes = await Promise.allSettled([
      h.call(MembershipRpc.admitMember, { id: member.id, expectedVersion: 1 }),
      h.call(MembershipRpc.rejectMember, { id: member.id, expectedVersion: 1, reason: '重复申请' }),
    ]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const loser = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
    expect(loser.reason.payload.code).toBe('VERSION_CONFLICT');
    expect(await h.outboxEvents(member.id)).toHaveLength(2);
  });

  it('requires a reason to reject, suspend and expel', async () => {
    const member = await h.apply();
    const refused = await h.refusal(MembershipRpc.rejectMember, { id: member.id, expectedVersion: 1 });
    expect(refused).toMatchObject({ code: 'VALIDATION_FAILED', details: { fields: [{ field: 'reason' }] } });
    expect(
      (await h.refusal(MembershipRpc.rejectMember, { id: member.id, expectedVersion: 1, reason: ' ' })).code,
    ).toBe('VALIDATION_FAILED');
  });

  it('answers NOT_FOUND for an unknown organisation', async () => {
    const id = randomUUID();
    expect((await h.refusal(MembershipRpc.getMember, { id })).code).toBe('NOT_FOUND');
    expect((await h.refusal(MembershipRpc.admitMember, { id, expectedVersion: 1 })).code).toBe('NOT_FOUND');
  });

  it('keeps the credit code unique: a second application with it answers ALREADY_EXISTS', async () => {
    const first = await h.apply();
    const refused = await h.refusal(MembershipRpc.applyMember, applicationWith(first.creditCode));
    expect(refused).toMatchObject({ code: 'ALREADY_EXISTS', details: { fields: [{ field: 'creditCode' }] } });
    const [{ count }] = await h.dataSource.query(
      `SELECT count(*)::int AS count FROM member WHERE credit_code = $1`,
      [first.creditCode],
    );
    expect(count).toBe(1);
  });

  it('refuses bad input: broken credit code, affordable > licensed, unknown district, unknown fields', async () => {
    const bad = await h.refusal(MembershipRpc.applyMember, {
      ...applicationWith('91110000802100433C'),
      affordablePlaces: 500,
      colour: 'red',
    });
    expect(bad.code).toBe('VALIDATION_FAILED');
    expect(bad.details?.fields?.map((f) => f.field).sort()).toEqual([
      'affordablePlaces',
      'colour',
      'creditCode',
    ]);

    const district = await h.refusal(
      MembershipRpc.applyMember,
      applicationWith(undefined, { districtCode: 'atlantis' }),
    );
    expect(district).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { fields: [{ field: 'districtCode' }] },
    });
  });

  it('updates the profile with a new version and a profile-updated event naming the changed fields', async () => {
    const member = await h.apply();
    const updated = await h.call<MemberView>(
      MembershipRpc.updateMemberProfile,
      {
        id: member.id,
        expectedVersion: 1,
        licensedPlaces: 150,
        affordablePlaces: 100,
        districtCode: 'shuangliu',
        name: member.name,
      },
      memberRep(member.id),
    );
    expect(updated).toMatchObject({
      version: 2,
      licensedPlaces: 150,
      affordablePlaces: 100,
      districtName: '双流区',
    });
    const events = await h.outboxEvents(member.id);
    expect(events[1]).toMatchObject({
      type: MembershipEvent.memberProfileUpdated,
      aggregateVersion: 2,
      data: {
        changedFields: ['districtCode', 'licensedPlaces', 'affordablePlaces'],
        districtName: '双流区',
        status: 'applied',
      },
    });

    // Re-sending the same values is not a change: no version, no event.
    const again = await h.call<MemberView>(MembershipRpc.updateMemberProfile, {
      id: member.id,
      expectedVersion: 2,
      licensedPlaces: 150,
    });
    expect(again.version).toBe(2);
    expect(await h.outboxEvents(member.id)).toHaveLength(2);
  });

  it('treats re-sent unchanged contacts as no change, whatever their key order or a missing email', async () => {
    const contacts = [
      { name: '李园长', role: '园长', phone: '13812345678', email: 'director@example.cn' },
      { name: '王老师', role: '保健医', phone: '028-85123456' },
    ];
    const member = await h.apply({ contacts });
    // Keys in another order than stored (jsonb keeps its own order), the absent email sent as null.
    const resent = [
      { email: 'director@example.cn', phone: '13812345678', role: '园长', name: '李园长' },
      { phone: '028-85123456', email: null, name: '王老师', role: '保健医' },
    ];
    const again = await h.call<MemberView>(MembershipRpc.updateMemberProfile, {
      id: member.id,
      expectedVersion: 1,
      contacts: resent,
    });
    expect(again.version).toBe(1);

    // A record stored without the email key at all is the same as one with email null.
    await h.dataSource.query(`UPDATE member SET contacts = $2::jsonb WHERE id = $1`, [
      member.id,
      JSON.stringify(contacts),
    ]);
    const stillSame = await h.call<MemberView>(MembershipRpc.updateMemberProfile, {
      id: member.id,
      expectedVersion: 1,
      contacts: resent,
    });
    expect(stillSame.version).toBe(1);
    expect(await h.outboxEvents(member.id)).toHaveLength(1);

    // A real change still counts, once.
    const changed = await h.call<MemberView>(MembershipRpc.updateMemberProfile, {
      id: member.id,
      expectedVersion: 1,
      contacts: [resent[0], { ...resent[1], email: 'doctor@example.cn' }],
    });
    expect(changed.version).toBe(2);
    const events = await h.outboxEvents(member.id);
    expect(events.map((e) => e.type)).toEqual([
      MembershipEvent.memberApplied,
      MembershipEvent.memberProfileUpdated,
    ]);
    expect(events[1].data).toMatchObject({ changedFields: ['contacts'] });
  });

  it('checks affordable ≤ licensed against the stored values in a partial update, and the database holds it too', async () => {
    const member = await h.apply({ licensedPlaces: 100, affordablePlaces: 50 });
    const refused = await h.refusal(MembershipRpc.updateMemberProfile, {
      id: member.id,
      expectedVersion: 1,
      licensedPlaces: 40,
    });
    expect(refused).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { fields: [{ field: 'affordablePlaces' }] },
    });
    await expect(
      h.dataSource.query(`UPDATE member SET affordable_places = licensed_places + 1 WHERE id = $1`, [
        member.id,
      ]),
    ).rejects.toThrow(/member_affordable_within_licensed/);
    await expect(
      h.dataSource.query(`UPDATE member SET licensed_places = -1, affordable_places = -1 WHERE id = $1`, [
        member.id,
      ]),
    ).rejects.toThrow(/non_negative/);
  });

  it('lets a member rep update only its own organisation and not its alliance role', async () => {
    const own = await h.apply();
    const other = await h.apply();
    const forbidden = await h.refusal(
      MembershipRpc.updateMemberProfile,
      { id: other.id, expectedVersion: 1, address: '别处' },
      memberRep(own.id),
    );
    expect(forbidden.code).toBe('FORBIDDEN');
    const promote = await h.refusal(
      MembershipRpc.updateMemberProfile,
      { id: own.id, expectedVersion: 1, allianceRole: 'lead_unit' },
      memberRep(own.id),
    );
    expect(promote.code).toBe('FORBIDDEN');
    expect(
      (await h.refusal(MembershipRpc.admitMember, { id: own.id, expectedVersion: 1 }, memberRep(own.id)))
        .code,
    ).toBe('FORBIDDEN');
    const [row] = await h.dataSource.query(
      `SELECT address, alliance_role, version FROM member WHERE id = $1`,
      [other.id],
    );
    expect(row).toEqual({ address: '成都市高新区天府大道中段', alliance_role: 'member', version: 1 });
  });

  it('lets a member rep withdraw its own organisation but not another one', async () => {
    const admit = async () => {
      const applied = await h.apply();
      return h.call<MemberView>(MembershipRpc.admitMember, { id: applied.id, expectedVersion: 1 });
    };
    const [own, other] = await Promise.all([admit(), admit()]);

    const foreign = await h.refusal(
      MembershipRpc.withdrawMember,
      { id: other.id, expectedVersion: 2 },
      memberRep(own.id),
    );
    expect(foreign.code).toBe('FORBIDDEN');
    const unbound = await h.refusal(
      MembershipRpc.withdrawMember,
      { id: other.id, expectedVersion: 2 },
      { ...memberRep(own.id), organisationId: null },
    );
    expect(unbound.code).toBe('FORBIDDEN');
    // Its own organisation, but not a decision the organisation takes itself.
    expect(
      (
        await h.refusal(
          MembershipRpc.expelMember,
          { id: own.id, expectedVersion: 2, reason: '自行退出' },
          memberRep(own.id),
        )
      ).code,
    ).toBe('FORBIDDEN');
    const [row] = await h.dataSource.query(`SELECT status, version FROM member WHERE id = $1`, [other.id]);
    expect(row).toEqual({ status: 'admitted', version: 2 });
    expect(await h.outboxEvents(other.id)).toHaveLength(2);

    const withdrawn = await h.call<MemberView>(
      MembershipRpc.withdrawMember,
      { id: own.id, expectedVersion: 2, reason: '机构转型' },
      memberRep(own.id),
    );
    expect(withdrawn).toMatchObject({ status: 'withdrawn', version: 3 });
  });

  it('lets an admin change the alliance role, and a member rep apply with the default role and get the new id', async () => {
    const applied = await h.apply({}, memberRep(randomUUID()));
    expect(applied.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(applied.allianceRole).toBe('member');
    const updated = await h.call<MemberView>(MembershipRpc.updateMemberProfile, {
      id: applied.id,
      expectedVersion: 1,
      allianceRole: 'guidance_centre',
    });
    expect(updated.allianceRole).toBe('guidance_centre');
  });

  it('keeps the profile of an organisation that has left as it was', async () => {
    const member = await h.apply();
    await h.call(MembershipRpc.rejectMember, { id: member.id, expectedVersion: 1, reason: '不符合条件' });
    const refused = await h.refusal(MembershipRpc.updateMemberProfile, {
      id: member.id,
      expectedVersion: 2,
      address: '新址',
    });
    expect(refused.code).toBe('BUSINESS_RULE_VIOLATED');
  });

  it('records the system as actor when the platform itself acts', async () => {
    const member = await h.apply({}, null);
    const [event] = await h.outboxEvents(member.id);
    expect(event.actor).toEqual({ id: 'system', kind: 'service' });
  });
});

function applicationWith(creditCode: string | undefined, overrides: Record<string, unknown> = {}) {
  return {
    name: '高新妇女儿童医院',
    creditCode: creditCode ?? newCreditCode(),
    kind: 'hospital',
    ownership: 'private',
    districtCode: 'gaoxin',
    address: '成都市高新区',
    contacts: [{ name: '王医生', role: '保健医', phone: '13912345678' }],
    licensedPlaces: 0,
    affordablePlaces: 0,
    ...overrides,
  };
}
