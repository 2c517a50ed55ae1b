import {
  CoordinationEvent,
  CoordinationRpc,
  type ActionItemPage,
  type ActionItemView,
  type AttendanceReport,
  type MeetingView,
  type OverdueItemsResult,
  type SignInCodeView,
  type SignInView,
} from '@alliance/contracts/coordination';
import { MembershipEvent } from '@alliance/contracts/membership';
import { waitFor } from '@alliance/testing';
import { issueSignInToken } from '../src/meeting/sign-in-token';
import { CoordinationHarness, memberRep, TEST_SETTINGS } from './coordination-harness';

const inMinutes = (m: number) => new Date(Date.now() + m * 60_000).toISOString();
const SETTINGS = {
  secret: TEST_SETTINGS.signInSecret as string,
  periodSeconds: 60,
  graceSeconds: 15,
};

describe('meetings: answers, QR sign-in, minutes and action items', () => {
  const h = new CoordinationHarness();
  beforeAll(() => h.start());
  afterAll(() => h.stop());

  function schedule(organisationIds: string[], startsInMinutes = 30): Promise<MeetingView> {
    return h.call<MeetingView>(CoordinationRpc.scheduleMeeting, {
      kind: 'site_visit',
      title: '实地参访：指导中心旗舰店',
      startsAt: inMinutes(startsInMinutes),
      endsAt: inMinutes(startsInMinutes + 120),
      place: { kind: 'address', address: '成都市高新区天府软件园' },
      agenda: ['参观', '座谈'],
      invitees: { kind: 'members', organisationIds },
    });
  }

  it('representatives answer for their organisation; attendance per organisation and district', async () => {
    const a = await h.admittedOrganisation('gaoxin');
    const b = await h.admittedOrganisation('wuhou');
    const stranger = await h.admittedOrganisation('wuhou');
    const meeting = await schedule([a, b]);
    expect(meeting.invitations.map((i) => i.organisationId).sort()).toEqual([a, b].sort());
    await h.call(
      CoordinationRpc.answerInvitation,
      { id: meeting.id, answer: 'attending', attendees: 3 },
      memberRep(a),
    );
    await h.call(CoordinationRpc.answerInvitation, { id: meeting.id, answer: 'declined' }, memberRep(b));
    expect(
      (
        await h.refusal(
          CoordinationRpc.answerInvitation,
          { id: meeting.id, answer: 'declined' },
          memberRep(stranger),
        )
      ).code,
    ).toBe('FORBIDDEN');
    const missing = await h.refusal(
      CoordinationRpc.answerInvitation,
      { id: meeting.id, answer: 'attending' },
      memberRep(a),
    );
    expect(missing.code).toBe('VALIDATION_FAILED');

    const { code } = await h.call<SignInCodeView>(CoordinationRpc.signInCode, { id: meeting.id });
    await Promise.all([
      h.call(CoordinationRpc.signIn, { id: meeting.id, code }, memberRep(a, 1)),
      h.call(CoordinationRpc.signIn, { id: meeting.id, code }, memberRep(a, 2)),
      h.call(CoordinationRpc.signIn, { id: meeting.id, code }, memberRep(stranger, 1)),
    ]);
    const report = await h.call<AttendanceReport>(CoordinationRpc.attendance, { id: meeting.id });
    expect(report.signedIn).toBe(3);
    expect(
      report.organisations.map((o) => [
        o.organisationId,
        o.invited,
        o.answer,
        o.attendeesExpected,
        o.signedIn,
      ]),
    ).toEqual(
      expect.arrayContaining([
        [a, true, 'attending', 3, 2],
        [b, true, 'declined', null, 0],
        [stranger, false, null, null, 1],
      ]),
    );
    expect(report.organisations).toHaveLength(3);
    expect(report.districts).toEqual([
      { districtCode: 'gaoxin', organisations: 1, signedIn: 2 },
      { districtCode: 'wuhou', organisations: 1, signedIn: 1 },
    ]);
    const types = (await h.outboxEvents(meeting.id)).map((e) => e.type);
    expect(types.filter((t) => t === CoordinationEvent.meetingRsvpRecorded)).toHaveLength(2);
    expect(types.filter((t) => t === CoordinationEvent.meetingAttendanceRecorded)).toHaveLength(3);
  });

  it('QR sign-in: a valid code records once; a replay, an expired code and another meeting’s code are refused', async () => {
    const org = await h.admittedOrganisation('jinjiang');
    const meeting = await schedule([org], 5);
    const other = await schedule([org], 5);
    const { code } = await h.call<SignInCodeView>(CoordinationRpc.signInCode, { id: meeting.id });
    const rep = memberRep(org);

    const [first, second] = await Promise.allSettled([
      h.call<SignInView>(CoordinationRpc.signIn, { id: meeting.id, code }, rep),
      h.call<SignInView>(CoordinationRpc.signIn, { id: meeting.id, code }, rep),
    ]);
    expect([first.status, second.status].sort()).toEqual(['fulfilled', 'rejected']);
    expect((await h.refusal(CoordinationRpc.signIn, { id: meeting.id, code }, rep)).code).toBe(
      'ALREADY_EXISTS',
    );

    const expired = issueSignInToken(SETTINGS, meeting.id, new Date(Date.now() - 2 * 60_000)).code;
    const refusedExpired = await h.refusal(
      CoordinationRpc.signIn,
      { id: meeting.id, code: expired },
      memberRep(org, 2),
    );
    expect([refusedExpired.code, refusedExpired.details?.reason]).toEqual([
      'BUSINESS_RULE_VIOLATED',
      'expired',
    ]);

    const otherCode = (await h.call<SignInCodeView>(CoordinationRpc.signInCode, { id: other.id })).code;
    const refusedOther = await h.refusal(
      CoordinationRpc.signIn,
      { id: meeting.id, code: otherCode },
      memberRep(org, 3),
    );
    expect(refusedOther.details?.reason).toBe('other_meeting');

    const forged = issueSignInToken(
      { ...SETTINGS, secret: 'not-the-service-secret' },
      meeting.id,
      new Date(),
    ).code;
    expect(
      (await h.refusal(CoordinationRpc.signIn, { id: meeting.id, code: forged }, memberRep(org, 4))).details
        ?.reason,
    ).toBe('forged');

    const report = await h.call<AttendanceReport>(CoordinationRpc.attendance, { id: meeting.id });
    expect(report.accounts.map((a) => a.accountId)).toEqual([rep.userId]);
  });

  it('minutes with action items; an item past due is overdue once with two instances; done closes it; an expelled owner stops owing', async () => {
    const owner = await h.admittedOrganisation('chenghua');
    const leaver = await h.admittedOrganisation('chenghua');
    const meeting = await schedule([owner, leaver], -60);
    const withMinutes = await h.call<MeetingView>(CoordinationRpc.publishMinutes, {
      id: meeting.id,
      expectedVersion: meeting.version,
      summary: '成立工作组',
      decisions: ['成立医育结合工作组'],
      actionItems: [
        { title: '起草工作组章程', ownerOrganisationId: owner, dueDate: '2026-01-10' },
        { title: '提交试点名单', ownerOrganisationId: leaver, dueDate: '2099-01-10' },
        { title: '汇总意见', ownerOrganisationId: owner, dueDate: '2026-01-11' },
      ],
    });
    expect(withMinutes.minutes?.decisions).toEqual(['成立医育结合工作组']);
    const again = await h.refusal(CoordinationRpc.publishMinutes, {
      id: meeting.id,
      expectedVersion: withMinutes.version,
      summary: 'x',
      decisions: [],
      actionItems: [],
    });
    expect(again.code).toBe('ILLEGAL_TRANSITION');
    const [draftItem, laterItem, thirdItem] = withMinutes.actionItems;

    await h.call(
      CoordinationRpc.completeActionItem,
      { id: thirdItem.id, expectedVersion: 1, note: '已汇总' },
      memberRep(owner),
    );
    await h.startInstance();
    const results = await Promise.all(
      Array.from({ length: 6 }, () =>
        h.call<OverdueItemsResult>(CoordinationRpc.runOverdueCheck, { asOf: '2026-06-01' }),
      ),
    );
    expect(results.reduce((s, r) => s + r.markedOverdue, 0)).toBe(1);
    const overdue = (await h.outboxEvents(draftItem.id)).map((e) => e.type);
    expect(overdue).toEqual([CoordinationEvent.actionItemAssigned, CoordinationEvent.actionItemOverdue]);

    await h.changeStatus(leaver, MembershipEvent.memberExpelled, 'admitted', 'expelled', null);
    await waitFor(async () => {
      const page = await h.call<ActionItemPage>(CoordinationRpc.listActionItems, {
        meetingId: meeting.id,
        open: true,
      });
      return page.items.length === 1 ? page : null;
    });
    const open = await h.call<ActionItemPage>(CoordinationRpc.listActionItems, {
      meetingId: meeting.id,
      open: true,
    });
    expect(open.items.map((i) => i.id)).toEqual([draftItem.id]);
    expect((await h.outboxEvents(laterItem.id)).map((e) => e.type)).toEqual([
      CoordinationEvent.actionItemAssigned,
      CoordinationEvent.actionItemReleased,
    ]);
    const refused = await h.refusal(
      CoordinationRpc.completeActionItem,
      { id: draftItem.id, expectedVersion: 1 },
      memberRep(leaver),
    );
    expect(refused.code).toBe('FORBIDDEN');
    const done = await h.call<ActionItemView>(
      CoordinationRpc.completeActionItem,
      { id: draftItem.id, expectedVersion: 1 },
      memberRep(owner),
    );
    expect([done.status, done.overdueAt !== null]).toEqual(['done', true]);
  });
});

describe('meetings: cancellation and who may organise', () => {
  const h = new CoordinationHarness();
  beforeAll(() => h.start());
  afterAll(() => h.stop());

  it('a cancelled meeting takes no answers and shows no code; a representative organises only once granted', async () => {
    const org = await h.admittedOrganisation('shuangliu');
    const body = {
      kind: 'working_group_meeting',
      title: '工作组例会',
      startsAt: inMinutes(60),
      endsAt: inMinutes(120),
      place: { kind: 'online', url: 'https://meeting.example.org/wg' },
      agenda: ['进展通报'],
      invitees: { kind: 'members', organisationIds: [org] },
    };
    expect((await h.refusal(CoordinationRpc.scheduleMeeting, body, memberRep(org))).code).toBe('FORBIDDEN');
    const backwards = await h.refusal(CoordinationRpc.scheduleMeeting, { ...body, endsAt: inMinutes(30) });
    expect(backwards.details?.fields).toEqual([
      { field: 'endsAt', reasons: ['a meeting ends after it starts'] },
    ]);
    await h.call(CoordinationRpc.grantOrganiser, { organisationId: org });
    const meeting = await h.call<MeetingView>(CoordinationRpc.scheduleMeeting, body, memberRep(org));
    const cancelled = await h.call<MeetingView>(
      CoordinationRpc.cancelMeeting,
      { id: meeting.id, expectedVersion: 1, reason: '改期' },
      memberRep(org),
    );
    expect([cancelled.status, cancelled.cancelReason]).toEqual(['cancelled', '改期']);
    const answer = await h.refusal(
      CoordinationRpc.answerInvitation,
      { id: meeting.id, answer: 'declined' },
      memberRep(org),
    );
    expect(answer.code).toBe('ILLEGAL_TRANSITION');
    expect((await h.refusal(CoordinationRpc.signInCode, { id: meeting.id })).code).toBe('ILLEGAL_TRANSITION');
    expect((await h.outboxEvents(meeting.id)).map((e) => e.type)).toEqual([
      CoordinationEvent.meetingScheduled,
      CoordinationEvent.meetingCancelled,
    ]);
  });
});
