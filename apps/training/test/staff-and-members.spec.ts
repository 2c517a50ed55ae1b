import { MembershipEvent } from '@alliance/contracts/membership';
import {
  TrainingRpc,
  type EnrolmentView,
  type StaffPage,
  type StaffView,
} from '@alliance/contracts/training';
import { waitFor } from '@alliance/testing';
import { randomUUID } from 'node:crypto';
import {
  ADMIN,
  inHours,
  INSPECTOR,
  memberRep,
  residentId,
  TRAINER,
  TrainingHarness,
} from './training-harness';

describe('staff records and the projection of member organisations (real PostgreSQL and NATS)', () => {
  const h = new TrainingHarness();
  beforeAll(() => h.start());
  afterAll(() => h.stop());

  it('a resident ID is unique among active staff, also when registered twice at once; shown masked except to admins and the own representative', async () => {
    const org = await h.admittedOrganisation('咿薇托育');
    const other = await h.admittedOrganisation('因特贝托育');
    const id = residentId(777);
    const outcomes = await Promise.allSettled([
      h.staff(org, { name: '张三明', residentId: id }),
      h.staff(other, { name: '张三明', residentId: id }),
    ]);
    const won = outcomes.filter((o) => o.status === 'fulfilled') as Array<PromiseFulfilledResult<StaffView>>;
    expect(won).toHaveLength(1);
    const lost = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
    expect(lost.reason.payload).toMatchObject({
      code: 'ALREADY_EXISTS',
      details: { fields: [{ field: 'residentId' }] },
    });
    const person = won[0].value;
    const own = memberRep(person.organisationId);

    const asAdmin = await h.call<StaffView>(TrainingRpc.getStaff, { id: person.id }, ADMIN);
    const asOwnRep = await h.call<StaffView>(TrainingRpc.getStaff, { id: person.id }, own);
    const asInspector = await h.call<StaffView>(TrainingRpc.getStaff, { id: person.id }, INSPECTOR);
    const asTrainer = await h.call<StaffView>(TrainingRpc.getStaff, { id: person.id }, TRAINER);
    expect(asAdmin).toMatchObject({ residentId: id, residentIdMasked: false });
    expect(asOwnRep).toMatchObject({ residentId: id, residentIdMasked: false });
    const masked = `${id.slice(0, 4)}**********${id.slice(-4)}`;
    expect(asInspector).toMatchObject({ residentId: masked, residentIdMasked: true });
    expect(asTrainer).toMatchObject({ residentId: masked, residentIdMasked: true });
    const otherRep = memberRep(person.organisationId === org ? other : org);
    expect((await h.refusal(TrainingRpc.getStaff, { id: person.id }, otherRep)).code).toBe('FORBIDDEN');
    // Events never carry it.
    const events = await h.outboxEvents(person.id);
    expect(JSON.stringify(events)).not.toContain(id);

    // After the person leaves, the number may be registered again (a re-hire elsewhere).
    await h.call(
      TrainingRpc.staffLeaves,
      { id: person.id, expectedVersion: person.version, leftOn: '2026-06-30' },
      own,
    );
    const rehired = await h.staff(other, { name: '张三明', residentId: id });
    expect(rehired.residentId).toBe(id);
  });

  it('bad input is refused naming the field: check character, dates, unknown fields', async () => {
    const org = await h.admittedOrganisation();
    const wrongCheck = residentId(5).slice(0, 17) + (residentId(5).endsWith('1') ? '2' : '1');
    const refusal = await h.refusal(TrainingRpc.registerStaff, {
      organisationId: org,
      name: '王五',
      role: 'caregiver',
      hiredOn: '2024-02-30',
      residentId: wrongCheck,
      salary: 1,
    });
    expect(refusal.code).toBe('VALIDATION_FAILED');
    const fields = (refusal.details?.fields ?? []).map((f) => f.field).sort();
    expect(fields).toEqual(expect.arrayContaining(['hiredOn', 'residentId', 'salary']));
    const schedule = await h.refusal(TrainingRpc.scheduleSession, {
      courseId: randomUUID(),
      trainerIds: ['t'],
      meetings: [{ startsAt: inHours(10), endsAt: inHours(9) }],
      location: { kind: 'venue' },
      capacity: 5,
    });
    expect(schedule).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(schedule.details?.fields?.[0].field).toMatch(/^(meetings\.0\.endsAt|location\.resourceId)$/);
  });

  it('a representative manages its own staff only and lists only its own; text search finds a name by one character', async () => {
    const org = await h.admittedOrganisation('高新妇女儿童医院');
    const other = await h.admittedOrganisation();
    const rep = memberRep(org);
    await h.staff(org, { name: '欧阳娜娜', role: 'health_staff' }, rep);
    await h.staff(org, { name: '赵保安', role: 'security' }, rep);
    expect(
      (
        await h.refusal(
          TrainingRpc.registerStaff,
          { organisationId: other, name: '某人', role: 'cook', hiredOn: '2024-01-01' },
          rep,
        )
      ).code,
    ).toBe('FORBIDDEN');
    const page = await h.call<StaffPage>(TrainingRpc.listStaff, {}, rep);
    expect(page.items.every((s) => s.organisationId === org)).toBe(true);
    expect(page.items).toHaveLength(2);
    const found = await h.call<StaffPage>(TrainingRpc.listStaff, { text: '娜' }, ADMIN);
    expect(found.items.map((s) => s.name)).toEqual(['欧阳娜娜']);
    expect((await h.refusal(TrainingRpc.listStaff, { organisationId: other }, rep)).code).toBe('FORBIDDEN');
  });

  it('membership events delivered out of order or twice leave the projection right', async () => {
    const id = randomUUID();
    const now = new Date().toISOString();
    const applied = h.memberEvent(MembershipEvent.memberApplied, id, 1, {
      ...h.profile(id, '蒲江县妇幼保健院', 'applied', 'maternal_child_health_institute'),
      appliedAt: now,
    });
    const admitted = h.memberEvent(MembershipEvent.memberAdmitted, id, 2, {
      ...h.profile(id, '蒲江县妇幼保健院', 'admitted', 'maternal_child_health_institute'),
      fromStatus: 'applied',
      reason: null,
      admittedAt: now,
    });
    const renamed = h.memberEvent(MembershipEvent.memberProfileUpdated, id, 3, {
      ...h.profile(id, '蒲江县妇幼保健计划生育服务中心', 'admitted', 'maternal_child_health_institute'),
      changedFields: ['name'],
    });
    const suspended = h.memberEvent(
      MembershipEvent.memberSuspended,
      id,
      4,
      h.statusChange(id, '蒲江县妇幼保健计划生育服务中心', 'admitted', 'suspended', '年检未通过'),
    );
    // Newest first, each one twice (a redelivery under another msgID gets past JetStream's de-duplication).
    for (const event of [suspended, renamed, admitted, applied]) {
      await h.publishMemberEvent(event);
      await h.publishMemberEvent(event, `${event.eventId}-again`);
    }
    await h.waitForOrganisation(id, 'suspended', 4);
    expect(await h.organisation(id)).toEqual({
      name: '蒲江县妇幼保健计划生育服务中心',
      status: 'suspended',
      version: 4,
      kind: 'maternal_child_health_institute',
    });
    const [inbox] = await h.dataSource.query(
      `SELECT count(*)::int AS n FROM inbox WHERE event_id = ANY($1::uuid[])`,
      [[applied, admitted, renamed, suspended].map((e) => e.eventId)],
    );
    expect(inbox.n).toBe(4);
    // Still suspended: its staff cannot be registered (nor enrolled) until reinstated.
    const refusal = await h.refusal(TrainingRpc.registerStaff, {
      organisationId: id,
      name: '钱医生',
      role: 'health_staff',
      hiredOn: '2023-05-01',
    });
    expect(refusal).toMatchObject({
      code: 'BUSINESS_RULE_VIOLATED',
      details: { reason: 'organisation_not_admitted' },
    });
  });

  it('a suspension cancels the organisation’s enrolments in sessions that have not started and promotes the waitlists; reinstated, its staff enrol again', async () => {
    const suspendedOrg = await h.admittedOrganisation('民办托育甲');
    const otherOrg = await h.admittedOrganisation('民办托育乙');
    const course = await h.publishedCourse();
    const future = await h.schedule(course.id, { capacity: 2 });
    const a1 = await h.staff(suspendedOrg);
    const a2 = await h.staff(suspendedOrg);
    const b1 = await h.staff(otherOrg);
    const b2 = await h.staff(otherOrg);
    for (const s of [a1, a2, b1, b2])
      await h.call(TrainingRpc.enrol, { sessionId: future.id, staffId: s.id });

    await h.changeStatus(
      suspendedOrg,
      MembershipEvent.memberSuspended,
      'admitted',
      'suspended',
      '安全检查未通过',
    );
    const list = await waitFor(
      async () => {
        const rows = await h.call<EnrolmentView[]>(TrainingRpc.listSessionEnrolments, { id: future.id });
        return rows.filter((r) => r.status === 'confirmed').every((r) => r.organisationId === otherOrg) &&
          rows.filter((r) => r.status === 'confirmed').length === 2
          ? rows
          : null;
      },
      { what: 'the suspended organisation’s enrolments cancelled and the waitlist promoted' },
    );
    const cancelled = list.filter((r) => r.status === 'cancelled');
    expect(cancelled.map((r) => r.staffId).sort()).toEqual([a1.id, a2.id].sort());
    expect(cancelled[0].cancellationReason).toContain('安全检查未通过');
    expect(
      list
        .filter((r) => r.promoted)
        .map((r) => r.staffId)
        .sort(),
    ).toEqual([b1.id, b2.id].sort());
    const refused = await h.refusal(
      TrainingRpc.enrol,
      { sessionId: future.id, staffId: a1.id },
      memberRep(suspendedOrg),
    );
    expect(refused.details).toMatchObject({ reason: 'organisation_not_admitted' });

    await h.changeStatus(suspendedOrg, MembershipEvent.memberReinstated, 'suspended', 'admitted', null);
    const again = await h.call<EnrolmentView>(
      TrainingRpc.enrol,
      { sessionId: future.id, staffId: a1.id },
      memberRep(suspendedOrg),
    );
    expect(again.status).toBe('waitlisted');
  });
});
