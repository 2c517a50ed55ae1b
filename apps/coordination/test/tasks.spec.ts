import { randomUUID } from 'node:crypto';
import { type EventEnvelope, type RpcCaller } from '@alliance/contracts';
import { ComplianceEvent } from '@alliance/contracts/compliance';
import {
  CoordinationRpc,
  TaskKind,
  type MeetingView,
  type NoticeView,
  type TaskPage,
  type TaskView,
} from '@alliance/contracts/coordination';
import { MembershipEvent } from '@alliance/contracts/membership';
import { ResourcesEvent } from '@alliance/contracts/resources';
import { TrainingEvent } from '@alliance/contracts/training';
import { buildEnvelope } from '@alliance/messaging';
import { waitFor } from '@alliance/testing';
import { jetstream } from '@nats-io/jetstream';
import { ADMIN, CoordinationHarness, memberRep } from './coordination-harness';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
const INSPECTOR = (n: number): RpcCaller => ({
  userId: `u-inspector-${n}`,
  username: `inspector${n}`,
  role: 'inspector',
});

describe('a person’s to-do list: tasks from every service’s events, gone once done', () => {
  const h = new CoordinationHarness();
  beforeAll(() => h.start());
  afterAll(() => h.stop());

  const list = (caller: RpcCaller, query: object = {}) =>
    h.call<TaskPage>(CoordinationRpc.listTasks, query, caller);

  /** The caller's open task about `subjectId`, once `present` says it should (not) be there. */
  async function eventually(
    caller: RpcCaller,
    subjectId: string,
    present: boolean,
  ): Promise<TaskView | undefined> {
    let found: TaskView | undefined;
    await waitFor(
      async () => {
        found = (await list(caller, { limit: 200 })).items.find((t) => t.subjectId === subjectId);
        return present === (found !== undefined);
      },
      { timeoutMs: 20_000, what: `task ${subjectId} ${present ? 'listed' : 'gone'} for ${caller.userId}` },
    );
    return found;
  }

  /** Other services' events as their relays publish them: versions given, so a redelivery can be sent again. */
  async function deliver(
    type: string,
    aggregateId: string,
    version: number,
    data: object,
    eventId: string = randomUUID(),
  ) {
    const envelope: EventEnvelope = {
      ...buildEnvelope({
        type,
        aggregateId,
        aggregateVersion: version,
        data: data as Record<string, unknown>,
        meta: {
          correlationId: `test-${randomUUID()}`,
          actor: { id: 'u-admin', kind: 'user', role: 'alliance_admin' },
        },
      }),
      eventId,
    };
    // A fresh message id each time: JetStream would drop a republished one; the consumer's inbox must not.
    await jetstream(h.nc).publish(`${h.env.subjectPrefix}${type}`, JSON.stringify(envelope), {
      msgID: randomUUID(),
    });
    return envelope;
  }

  it('a notice to acknowledge: listed for the addressed organisation’s representative only, gone once acknowledged', async () => {
    const [a, b, stranger] = await Promise.all([
      h.admittedOrganisation('gaoxin'),
      h.admittedOrganisation('wuhou'),
      h.admittedOrganisation('wuhou'),
    ]);
    const draft = await h.call<NoticeView>(CoordinationRpc.createNotice, {
      title: '关于报送普惠托位计划的通知',
      body: '请签收。',
      category: 'policy',
      issuer: '成都市卫生健康委员会',
      audience: { kind: 'members', organisationIds: [a, b] },
      requiresAcknowledgement: true,
      acknowledgeBy: inDays(7),
      reminderDaysBefore: 2,
    });
    const notice = await h.call<NoticeView>(CoordinationRpc.publishNotice, {
      id: draft.id,
      expectedVersion: draft.version,
    });
    const task = await eventually(memberRep(a), notice.id, true);
    expect(task).toMatchObject({
      kind: TaskKind.AcknowledgeNotice,
      title: '签收通知：关于报送普惠托位计划的通知',
      link: `/notices/${notice.id}`,
      dueAt: notice.acknowledgeBy,
      organisationId: a,
      overdue: false,
    });
    await eventually(memberRep(b), notice.id, true);
    expect((await list(memberRep(stranger))).items.map((t) => t.subjectId)).not.toContain(notice.id);
    // The admin and another role of the organisation are not its representative.
    expect((await list(ADMIN)).items).toEqual([]);
    expect((await list({ ...memberRep(a), role: 'viewer' })).items).toEqual([]);

    await h.call(CoordinationRpc.acknowledgeNotice, { id: notice.id }, memberRep(a));
    await eventually(memberRep(a), notice.id, false);
    expect((await list(memberRep(b))).items.map((t) => t.subjectId)).toContain(notice.id);

    // Withdrawn: nobody owes it any more.
    await h.call(CoordinationRpc.withdrawNotice, {
      id: notice.id,
      expectedVersion: (await h.call<NoticeView>(CoordinationRpc.getNotice, { id: notice.id })).version,
      reason: '内容有误',
    });
    await eventually(memberRep(b), notice.id, false);
  });

  it('a meeting invitation: listed until the representative answers; an action item of the minutes: listed for its owner until done', async () => {
    const [a, b] = await Promise.all([
      h.admittedOrganisation('jinjiang'),
      h.admittedOrganisation('jinjiang'),
    ]);
    const meeting = await h.call<MeetingView>(CoordinationRpc.scheduleMeeting, {
      kind: 'alliance_meeting',
      title: '联盟工作例会',
      startsAt: inDays(3),
      endsAt: inDays(3.1),
      place: { kind: 'address', address: '成都市高新区天府软件园' },
      agenda: ['工作汇报'],
      invitees: { kind: 'members', organisationIds: [a] },
    });
    const invitation = await eventually(memberRep(a), meeting.id, true);
    expect(invitation).toMatchObject({
      kind: TaskKind.AnswerInvitation,
      link: `/meetings/${meeting.id}`,
      dueAt: meeting.startsAt,
    });
    expect((await list(memberRep(b))).items.map((t) => t.subjectId)).not.toContain(meeting.id);
    await h.call(CoordinationRpc.answerInvitation, { id: meeting.id, answer: 'declined' }, memberRep(a));
    await eventually(memberRep(a), meeting.id, false);

    const held = await h.call<MeetingView>(CoordinationRpc.scheduleMeeting, {
      kind: 'working_group_meeting',
      title: '工作组会议',
      startsAt: new Date(Date.now() - 3_600_000).toISOString(),
      endsAt: new Date(Date.now() - 60_000).toISOString(),
      place: { kind: 'online', url: 'https://meeting.example.cn/123' },
      agenda: ['章程'],
      invitees: { kind: 'members', organisationIds: [a, b] },
    });
    // A meeting that has started takes no answers: its invitation is not listed.
    await waitFor(
      async () =>
        (await h.dataSource.query(`SELECT 1 FROM task WHERE subject_id = $1`, [held.id])).length === 2,
      {
        timeoutMs: 20_000,
        what: 'the started meeting’s invitations projected',
      },
    );
    expect((await list(memberRep(b))).items.map((t) => t.subjectId)).not.toContain(held.id);

    const minutes = await h.call<MeetingView>(CoordinationRpc.publishMinutes, {
      id: held.id,
      expectedVersion: held.version,
      summary: '讨论章程',
      decisions: ['起草章程'],
      actionItems: [{ title: '起草工作组章程', ownerOrganisationId: b, dueDate: '2099-01-10' }],
    });
    const item = minutes.actionItems[0];
    const task = await eventually(memberRep(b), item.id, true);
    expect(task).toMatchObject({
      kind: TaskKind.CompleteActionItem,
      title: '落实会议事项：起草工作组章程',
      link: `/action-items/${item.id}`,
      dueAt: '2099-01-10T15:59:59.999Z',
    });
    expect((await list(memberRep(a))).items.map((t) => t.subjectId)).not.toContain(item.id);
    await h.call(CoordinationRpc.completeActionItem, { id: item.id, expectedVersion: 1 }, memberRep(b));
    await eventually(memberRep(b), item.id, false);
  });

  it('a booking to approve: for the resource owner’s representative, gone once decided; a redelivered request does not bring it back', async () => {
    const [owner, requester] = await Promise.all([
      h.admittedOrganisation('gaoxin'),
      h.admittedOrganisation('gaoxin'),
    ]);
    const booking = (bookingId: string, status: string) => ({
      bookingId,
      resourceId: randomUUID(),
      resourceKind: 'venue',
      ownerOrganisationId: owner,
      organisationId: requester,
      seriesId: null,
      startsAt: '2099-06-12T01:00:00.000Z',
      endsAt: '2099-06-12T03:00:00.000Z',
      headcount: 30,
      status,
      reason: null,
      onBehalfKey: null,
    });
    const id = randomUUID();
    const requested = await deliver(ResourcesEvent.bookingRequested, id, 1, booking(id, 'requested'));
    const task = await eventually(memberRep(owner), id, true);
    expect(task).toMatchObject({
      kind: TaskKind.ApproveBooking,
      title: '审批场地预约：6/12 09:00，30人',
      link: `/bookings/${id}`,
      dueAt: '2099-06-12T01:00:00.000Z',
    });
    expect((await list(memberRep(requester))).items.map((t) => t.subjectId)).not.toContain(id);

    await deliver(ResourcesEvent.bookingApproved, id, 2, booking(id, 'approved'));
    await eventually(memberRep(owner), id, false);
    // The request delivered again (same event id): applied once, the task stays done. A later booking's task
    // showing up means the redelivery, earlier on the stream, was handled.
    await deliver(ResourcesEvent.bookingRequested, id, 1, requested.data, requested.eventId);
    const later = randomUUID();
    await deliver(ResourcesEvent.bookingRequested, later, 1, booking(later, 'requested'));
    await eventually(memberRep(owner), later, true);
    expect((await list(memberRep(owner))).items.map((t) => t.subjectId)).not.toContain(id);
    const rows = await h.dataSource.query(`SELECT open FROM task WHERE subject_id = $1`, [id]);
    expect(rows).toEqual([{ open: false }]);

    for (const [type, status] of [
      [ResourcesEvent.bookingRejected, 'rejected'],
      [ResourcesEvent.bookingCancelled, 'cancelled'],
      [ResourcesEvent.bookingExpired, 'expired'],
    ] as const) {
      const other = randomUUID();
      await deliver(ResourcesEvent.bookingRequested, other, 1, booking(other, 'requested'));
      await eventually(memberRep(owner), other, true);
      await deliver(type, other, 2, booking(other, status));
      await eventually(memberRep(owner), other, false);
    }
  });

  it('an audit for its inspectors (accounts), a corrective action for the audited organisation’s representative until answered, again once reopened', async () => {
    const [audited, other] = await Promise.all([
      h.admittedOrganisation('wuhou'),
      h.admittedOrganisation('wuhou'),
    ]);
    const auditId = randomUUID();
    const audit = (inspectorIds: string[]) => ({
      auditId,
      organisationId: audited,
      organisationName: '武侯示范托育园',
      standardId: randomUUID(),
      standardCode: 'TY-QA',
      standardEdition: 1,
      kind: 'routine',
      plannedDate: '2099-03-01',
      inspectorIds,
    });
    await deliver(
      ComplianceEvent.auditPlanned,
      auditId,
      1,
      audit([INSPECTOR(1).userId, INSPECTOR(2).userId]),
    );
    expect(await eventually(INSPECTOR(1), auditId, true)).toMatchObject({
      kind: TaskKind.ConductAudit,
      title: '开展检查：武侯示范托育园（TY-QA）',
      link: `/audits/${auditId}`,
      organisationId: null,
    });
    await eventually(INSPECTOR(2), auditId, true);
    expect((await list(INSPECTOR(4))).items.map((t) => t.subjectId)).not.toContain(auditId);
    expect((await list(memberRep(audited))).items.map((t) => t.subjectId)).not.toContain(auditId);
    // Reassigned while planned, then started by the one now assigned.
    await deliver(
      ComplianceEvent.auditInspectorsAssigned,
      auditId,
      2,
      audit([INSPECTOR(2).userId, INSPECTOR(3).userId]),
    );
    await eventually(INSPECTOR(3), auditId, true);
    await eventually(INSPECTOR(1), auditId, false);
    await deliver(ComplianceEvent.auditStarted, auditId, 3, audit([INSPECTOR(2).userId]));
    await eventually(INSPECTOR(3), auditId, false);
    expect((await list(INSPECTOR(2))).items.map((t) => t.subjectId)).toContain(auditId);
    await deliver(ComplianceEvent.auditSubmitted, auditId, 4, audit([INSPECTOR(2).userId]));
    await eventually(INSPECTOR(2), auditId, false);

    const findingId = randomUUID();
    const actionId = randomUUID();
    const raised = {
      findingId,
      actionId,
      auditId,
      organisationId: audited,
      criterionId: randomUUID(),
      criterionCode: 'TY-QA-3.2',
      severity: 'major',
      pointsLost: 5,
      veto: false,
      dueDate: '2099-04-01',
      trainingCategory: null,
      criterionText: '消防通道畅通',
    };
    const first = await deliver(ComplianceEvent.findingRaised, findingId, 1, raised);
    await deliver(ComplianceEvent.findingRaised, findingId, 1, raised, first.eventId);
    const task = await eventually(memberRep(audited), actionId, true);
    expect(task).toMatchObject({
      kind: TaskKind.AnswerCorrectiveAction,
      title: '提交整改：TY-QA-3.2 消防通道畅通',
      link: `/corrective-actions/${actionId}`,
      dueAt: '2099-04-01T15:59:59.999Z',
    });
    expect((await list(memberRep(other))).items.map((t) => t.subjectId)).not.toContain(actionId);
    const action = (status: string) => ({
      actionId,
      findingId,
      auditId,
      organisationId: audited,
      severity: 'major',
      status,
      dueDate: '2099-04-01',
      trainingCategory: null,
    });
    await deliver(ComplianceEvent.actionSubmitted, actionId, 1, action('submitted'));
    await eventually(memberRep(audited), actionId, false);
    await deliver(ComplianceEvent.actionReopened, actionId, 2, action('open'));
    const again = await eventually(memberRep(audited), actionId, true);
    expect(again?.title).toBe(task?.title);
    expect(again?.id).toBe(task?.id);
    await deliver(ComplianceEvent.actionSubmitted, actionId, 3, action('submitted'));
    await eventually(memberRep(audited), actionId, false);
  });

  it('an enrolment promoted from the waitlist: for the staff’s organisation, gone when cancelled or when its session ends', async () => {
    const [org, other] = await Promise.all([
      h.admittedOrganisation('chenghua'),
      h.admittedOrganisation('chenghua'),
    ]);
    const sessionId = randomUUID();
    const enrolment = (enrolmentId: string, status: string) => ({
      enrolmentId,
      sessionId,
      courseId: randomUUID(),
      staffId: randomUUID(),
      organisationId: org,
      status,
      requestNumber: 2,
      waitlistPosition: null,
    });
    const [first, second] = [randomUUID(), randomUUID()];
    // Each was waitlisted first (version 1): the promotion is the enrolment's second event.
    for (const id of [first, second])
      await deliver(TrainingEvent.enrolmentWaitlisted, id, 1, enrolment(id, 'waitlisted'));
    await deliver(TrainingEvent.enrolmentPromoted, first, 2, enrolment(first, 'confirmed'));
    expect(await eventually(memberRep(org), first, true)).toMatchObject({
      kind: TaskKind.PromotedEnrolment,
      link: `/sessions/${sessionId}`,
      dueAt: null,
    });
    expect((await list(memberRep(other))).items.map((t) => t.subjectId)).not.toContain(first);
    await deliver(TrainingEvent.enrolmentCancelled, first, 3, enrolment(first, 'cancelled'));
    await eventually(memberRep(org), first, false);

    await deliver(TrainingEvent.enrolmentPromoted, second, 2, enrolment(second, 'confirmed'));
    await eventually(memberRep(org), second, true);
    const session = (status: string) => ({
      sessionId,
      courseId: randomUUID(),
      courseTitle: '婴幼儿照护',
      trainerIds: [],
      meetings: [],
      capacity: 20,
      status,
    });
    await deliver(TrainingEvent.sessionScheduled, sessionId, 1, session('scheduled'));
    await deliver(TrainingEvent.sessionCompleted, sessionId, 2, {
      ...session('completed'),
      completedCount: 18,
    });
    await eventually(memberRep(org), second, false);
  });

  it('an organisation that left the alliance owes nothing: its representative’s list is empty', async () => {
    const leaver = await h.admittedOrganisation('qingyang');
    const draft = await h.call<NoticeView>(CoordinationRpc.createNotice, {
      title: '离盟前的通知',
      body: '请签收。',
      category: 'notice',
      issuer: '联盟秘书处',
      audience: { kind: 'members', organisationIds: [leaver] },
      requiresAcknowledgement: true,
      acknowledgeBy: inDays(5),
    });
    await h.call(CoordinationRpc.publishNotice, { id: draft.id, expectedVersion: draft.version });
    await eventually(memberRep(leaver), draft.id, true);
    await h.changeStatus(leaver, MembershipEvent.memberExpelled, 'admitted', 'expelled', '严重违规');
    await eventually(memberRep(leaver), draft.id, false);
  });

  it('paged by due date or newest first; a cursor that is not one is refused naming cursor', async () => {
    const org = await h.admittedOrganisation('tianfu');
    const dues = ['2099-01-03', '2099-01-01', '2099-01-02'];
    for (const [i, dueDate] of dues.entries()) {
      const actionId = randomUUID();
      const findingId = randomUUID();
      await deliver(ComplianceEvent.findingRaised, findingId, 1, {
        findingId,
        actionId,
        auditId: randomUUID(),
        organisationId: org,
        criterionId: randomUUID(),
        criterionCode: `C-${i}`,
        severity: 'minor',
        pointsLost: 1,
        veto: false,
        dueDate,
        trainingCategory: null,
      });
      // Apart in time, so `newest` has one order to give.
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await waitFor(async () => (await list(memberRep(org))).items.length === 3, {
      timeoutMs: 20_000,
      what: 'three corrective actions listed',
    });
    const byDue: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await list(memberRep(org), { limit: 2, cursor });
      byDue.push(...page.items.map((t) => t.title));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(byDue).toEqual(['提交整改：C-1', '提交整改：C-2', '提交整改：C-0']);
    const newest = await list(memberRep(org), { order: 'newest', limit: 2 });
    expect(newest.items.map((t) => t.title)).toEqual(['提交整改：C-2', '提交整改：C-1']);
    const rest = await list(memberRep(org), { order: 'newest', cursor: newest.nextCursor });
    expect([rest.items.map((t) => t.title), rest.nextCursor]).toEqual([['提交整改：C-0'], null]);

    const bad = await h.refusal(CoordinationRpc.listTasks, { cursor: 'bm90LWEtY3Vyc29y' }, memberRep(org));
    expect([bad.code, bad.details?.fields]).toEqual([
      'VALIDATION_FAILED',
      [{ field: 'cursor', reasons: [expect.any(String)] }],
    ]);
  });
});
