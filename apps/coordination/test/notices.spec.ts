import {
  CoordinationEvent,
  CoordinationRpc,
  type AcknowledgementReport,
  type CreateNoticeDto,
  type NoticePage,
  type NoticeView,
  type ReminderCheckResult,
} from '@alliance/contracts/coordination';
import { MembershipEvent } from '@alliance/contracts/membership';
import { waitFor } from '@alliance/testing';
import { CoordinationHarness, memberRep, ADMIN } from './coordination-harness';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

describe('notices: audience fixed at publication, acknowledgement once, reminders once', () => {
  const h = new CoordinationHarness();
  beforeAll(() => h.start());
  afterAll(() => h.stop());

  async function published(over: Partial<CreateNoticeDto> = {}): Promise<NoticeView> {
    const draft = await h.call<NoticeView>(CoordinationRpc.createNotice, {
      title: '关于做好普惠托位申报工作的通知',
      body: '# 通知\n\n请各成员单位于截止日期前签收。',
      category: 'policy',
      issuer: '成都市卫生健康委员会',
      audience: { kind: 'alliance' },
      requiresAcknowledgement: true,
      acknowledgeBy: inDays(7),
      reminderDaysBefore: 2,
      ...over,
    });
    expect(draft.status).toBe('draft');
    return h.call<NoticeView>(CoordinationRpc.publishNotice, {
      id: draft.id,
      expectedVersion: draft.version,
    });
  }

  it('40 representatives acknowledging at the same moment: 40 acknowledgements, exact per district; a second is refused', async () => {
    const districts = ['gaoxin', 'wuhou', 'jinjiang', 'chenghua'];
    const orgs = await Promise.all(
      Array.from({ length: 40 }, (_, i) => h.admittedOrganisation(districts[i % districts.length])),
    );
    const notice = await published({ audience: { kind: 'members', organisationIds: orgs } });
    expect(notice.addressedCount).toBe(40);

    const answers = await Promise.allSettled(
      orgs.map((id) =>
        h.call<NoticeView>(
          CoordinationRpc.acknowledgeNotice,
          { id: notice.id, reply: '已阅' },
          memberRep(id),
        ),
      ),
    );
    expect(answers.filter((a) => a.status === 'fulfilled')).toHaveLength(40);

    const report = await h.call<AcknowledgementReport>(CoordinationRpc.noticeAcknowledgements, {
      id: notice.id,
    });
    expect(report.totals).toEqual({ addressed: 40, acknowledged: 40, outstanding: 0, released: 0 });
    expect(report.districts).toEqual(
      [...districts]
        .sort()
        .map((districtCode) => ({ districtCode, addressed: 10, acknowledged: 10, outstanding: 0 })),
    );
    const again = await Promise.all([
      h.refusal(CoordinationRpc.acknowledgeNotice, { id: notice.id }, memberRep(orgs[0], 2)),
      h.refusal(CoordinationRpc.acknowledgeNotice, { id: notice.id }, memberRep(orgs[1], 2)),
    ]);
    expect(again.map((r) => r.code)).toEqual(['ALREADY_EXISTS', 'ALREADY_EXISTS']);
    const events = await h.outboxEvents(notice.id);
    expect(events.filter((e) => e.type === CoordinationEvent.noticeAcknowledged)).toHaveLength(40);
    expect(new Set(events.map((e) => e.aggregateVersion)).size).toBe(events.length);
  });

  it('two representatives of one organisation at once: one acknowledgement', async () => {
    const org = await h.admittedOrganisation('wuhou');
    const notice = await published({ audience: { kind: 'members', organisationIds: [org] } });
    const both = await Promise.allSettled([
      h.call(CoordinationRpc.acknowledgeNotice, { id: notice.id }, memberRep(org, 1)),
      h.call(CoordinationRpc.acknowledgeNotice, { id: notice.id }, memberRep(org, 2)),
    ]);
    expect(both.map((b) => b.status).sort()).toEqual(['fulfilled', 'rejected']);
    const report = await h.call<AcknowledgementReport>(CoordinationRpc.noticeAcknowledgements, {
      id: notice.id,
    });
    expect(report.totals.acknowledged).toBe(1);
  });

  it('the audience is fixed at publication: a member admitted later is not addressed, a suspended one never was', async () => {
    const district = `d${Date.now() % 100000}`;
    const early = await h.admittedOrganisation(district);
    const suspended = await h.admittedOrganisation(district);
    await h.changeStatus(suspended, MembershipEvent.memberSuspended, 'admitted', 'suspended', '整改');
    const notice = await published({ audience: { kind: 'districts', districtCodes: [district] } });
    const late = await h.admittedOrganisation(district);
    const report = await h.call<AcknowledgementReport>(CoordinationRpc.noticeAcknowledgements, {
      id: notice.id,
    });
    expect(report.organisations.map((o) => o.organisationId)).toEqual([early]);
    const refused = await h.refusal(CoordinationRpc.acknowledgeNotice, { id: notice.id }, memberRep(late));
    expect(refused.code).toBe('FORBIDDEN');
    const owing = await h.call<NoticePage>(CoordinationRpc.listNotices, { owing: true }, memberRep(early));
    expect(owing.items.map((n) => n.id)).toContain(notice.id);
  });

  it('listed members that are not admitted are refused naming the field', async () => {
    const draft = await h.call<NoticeView>(CoordinationRpc.createNotice, {
      title: '名单通知',
      body: 'x',
      category: 'notice',
      issuer: '联盟秘书处',
      audience: { kind: 'members', organisationIds: ['00000000-0000-4000-8000-000000000001'] },
      requiresAcknowledgement: false,
    });
    const refused = await h.refusal(CoordinationRpc.publishNotice, { id: draft.id, expectedVersion: 1 });
    expect(refused.code).toBe('BUSINESS_RULE_VIOLATED');
    expect(refused.details?.fields).toEqual([expect.objectContaining({ field: 'audience.organisationIds' })]);
  });

  it('the reminder goes out once per organisation that has not acknowledged, with two instances checking at once', async () => {
    const a = await h.admittedOrganisation('qingyang');
    const b = await h.admittedOrganisation('qingyang');
    const c = await h.admittedOrganisation('jinniu');
    const notice = await published({
      audience: { kind: 'members', organisationIds: [a, b, c] },
      acknowledgeBy: inDays(3),
      reminderDaysBefore: 5,
    });
    await h.call(CoordinationRpc.acknowledgeNotice, { id: notice.id }, memberRep(a));
    const second = await h.startInstance();
    void second;
    const results = await Promise.all(
      Array.from({ length: 6 }, () => h.call<ReminderCheckResult>(CoordinationRpc.runReminderCheck, {})),
    );
    expect(results.reduce((s, r) => s + r.remindersSent, 0)).toBe(2);
    const reminders = (await h.outboxEvents(notice.id)).filter(
      (e) => e.type === CoordinationEvent.noticeReminderDue,
    );
    expect(reminders.map((e) => (e.data as { organisationId: string }).organisationId).sort()).toEqual(
      [b, c].sort(),
    );
    expect((await h.call<ReminderCheckResult>(CoordinationRpc.runReminderCheck, {})).remindersSent).toBe(0);
  });

  it('two instances running the scheduled check every 200 ms announce each reminder once', async () => {
    const orgs = await Promise.all([h.admittedOrganisation('pixian'), h.admittedOrganisation('pixian')]);
    const one = await h.startInstance({ checksEnabled: true, checkIntervalMs: 200 });
    const two = await h.startInstance({ checksEnabled: true, checkIntervalMs: 200 });
    const notice = await published({
      audience: { kind: 'members', organisationIds: orgs },
      acknowledgeBy: inDays(1),
      reminderDaysBefore: 2,
    });
    await waitFor(async () => {
      const [row] = await h.dataSource.query(
        `SELECT count(*)::int AS n FROM notice_recipient WHERE notice_id = $1 AND reminded_at IS NOT NULL`,
        [notice.id],
      );
      return row.n === 2;
    });
    // Several more rounds of both instances.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await one.close();
    await two.close();
    const reminders = (await h.outboxEvents(notice.id)).filter(
      (e) => e.type === CoordinationEvent.noticeReminderDue,
    );
    expect(reminders).toHaveLength(2);
  });

  it('an organisation expelled stops owing: released from the figures, no reminder; withdrawn and superseded notices', async () => {
    const stays = await h.admittedOrganisation('xindu');
    const leaves = await h.admittedOrganisation('xindu');
    const notice = await published({
      audience: { kind: 'members', organisationIds: [stays, leaves] },
      acknowledgeBy: inDays(1),
      reminderDaysBefore: 3,
    });
    await h.changeStatus(leaves, MembershipEvent.memberExpelled, 'admitted', 'expelled', '严重违规');
    await waitFor(async () => {
      const r = await h.call<AcknowledgementReport>(CoordinationRpc.noticeAcknowledgements, {
        id: notice.id,
      });
      return r.totals.released === 1 ? r : null;
    });
    const report = await h.call<AcknowledgementReport>(CoordinationRpc.noticeAcknowledgements, {
      id: notice.id,
    });
    expect(report.totals).toEqual({ addressed: 1, acknowledged: 0, outstanding: 1, released: 1 });
    expect(
      (await h.refusal(CoordinationRpc.acknowledgeNotice, { id: notice.id }, memberRep(leaves))).code,
    ).toBe('ILLEGAL_TRANSITION');
    await h.call(CoordinationRpc.runReminderCheck, {});
    const events = await h.outboxEvents(notice.id);
    const reminded = events.filter((e) => e.type === CoordinationEvent.noticeReminderDue);
    expect(reminded.map((e) => (e.data as { organisationId: string }).organisationId)).toEqual([stays]);
    expect(events.filter((e) => e.type === CoordinationEvent.noticeRecipientReleased)).toHaveLength(1);

    const newer = await h.call<NoticeView>(CoordinationRpc.createNotice, {
      title: '关于做好普惠托位申报工作的通知（修订）',
      body: '修订版',
      category: 'policy',
      issuer: '成都市卫生健康委员会',
      audience: { kind: 'members', organisationIds: [stays] },
      requiresAcknowledgement: false,
      supersedesId: notice.id,
    });
    await h.call(CoordinationRpc.publishNotice, { id: newer.id, expectedVersion: newer.version });
    const old = await h.call<NoticeView>(CoordinationRpc.getNotice, { id: notice.id });
    expect([old.status, old.supersededById]).toEqual(['superseded', newer.id]);
    expect(
      (await h.refusal(CoordinationRpc.acknowledgeNotice, { id: notice.id }, memberRep(stays))).code,
    ).toBe('ILLEGAL_TRANSITION');
    const withdrawn = await h.call<NoticeView>(CoordinationRpc.withdrawNotice, {
      id: newer.id,
      expectedVersion: 2,
      reason: '发布有误',
    });
    expect(withdrawn.status).toBe('withdrawn');
    expect((await h.outboxEvents(newer.id)).map((e) => e.type)).toEqual([
      CoordinationEvent.noticePublished,
      CoordinationEvent.noticeWithdrawn,
    ]);
  });

  it('a representative may not publish unless its organisation is granted; a draft is not shown to others', async () => {
    const org = await h.admittedOrganisation('gaoxin', 'maternal_child_health_institute');
    const body = {
      title: '指导中心通知',
      body: 'x',
      category: 'notice',
      issuer: '指导中心',
      audience: { kind: 'alliance' },
      requiresAcknowledgement: false,
    };
    expect((await h.refusal(CoordinationRpc.createNotice, body, memberRep(org))).code).toBe('FORBIDDEN');
    await h.call(CoordinationRpc.grantOrganiser, { organisationId: org }, ADMIN);
    const draft = await h.call<NoticeView>(CoordinationRpc.createNotice, body, memberRep(org));
    const other = await h.admittedOrganisation();
    expect((await h.refusal(CoordinationRpc.getNotice, { id: draft.id }, memberRep(other))).code).toBe(
      'NOT_FOUND',
    );
    const done = await h.call<NoticeView>(
      CoordinationRpc.publishNotice,
      { id: draft.id, expectedVersion: 1 },
      memberRep(org),
    );
    expect(done.status).toBe('published');
    expect(
      (await h.call<NoticeView>(CoordinationRpc.getNotice, { id: draft.id }, memberRep(other))).mine,
    ).toEqual({
      addressed: true,
      acknowledgedAt: null,
      reply: null,
    });
  });
});

describe('notices: drafts, lists and reading rights', () => {
  const h = new CoordinationHarness();
  beforeAll(() => h.start());
  afterAll(() => h.stop());

  it('a draft is edited until published; lists page by cursor; a representative reads only what is addressed to it', async () => {
    const mine = await h.admittedOrganisation('wuhou');
    const elsewhere = await h.admittedOrganisation('jinjiang');
    const draft = await h.call<NoticeView>(CoordinationRpc.createNotice, {
      title: '草稿',
      body: 'x',
      category: 'notice',
      issuer: '联盟秘书处',
      audience: { kind: 'districts', districtCodes: ['wuhou'] },
      requiresAcknowledgement: false,
    });
    const noDeadline = await h.refusal(CoordinationRpc.updateNotice, {
      id: draft.id,
      expectedVersion: 1,
      requiresAcknowledgement: true,
    });
    expect(noDeadline.details?.fields).toEqual([
      { field: 'acknowledgeBy', reasons: ['a notice to acknowledge needs a deadline'] },
    ]);
    const edited = await h.call<NoticeView>(CoordinationRpc.updateNotice, {
      id: draft.id,
      expectedVersion: 1,
      title: '关于武侯区托育机构消防检查的通知',
      requiresAcknowledgement: true,
      acknowledgeBy: inDays(5),
    });
    expect([edited.version, edited.requiresAcknowledgement, edited.reminderDaysBefore]).toEqual([2, true, 2]);
    const stale = await h.refusal(CoordinationRpc.updateNotice, {
      id: draft.id,
      expectedVersion: 1,
      title: 'x',
    });
    expect(stale.code).toBe('VERSION_CONFLICT');
    await h.call(CoordinationRpc.publishNotice, { id: draft.id, expectedVersion: 2 });
    const late = await h.refusal(CoordinationRpc.updateNotice, {
      id: draft.id,
      expectedVersion: 3,
      title: 'y',
    });
    expect(late.code).toBe('ILLEGAL_TRANSITION');

    for (let i = 0; i < 3; i++) {
      const d = await h.call<NoticeView>(CoordinationRpc.createNotice, {
        title: `全联盟通知${i}`,
        body: 'x',
        category: 'notice',
        issuer: '联盟秘书处',
        audience: { kind: 'alliance' },
        requiresAcknowledgement: false,
      });
      await h.call(CoordinationRpc.publishNotice, { id: d.id, expectedVersion: 1 });
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page: NoticePage = await h.call<NoticePage>(
        CoordinationRpc.listNotices,
        { limit: 2, ...(cursor ? { cursor } : {}) },
        memberRep(elsewhere),
      );
      seen.push(...page.items.map((n) => n.title));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(['全联盟通知2', '全联盟通知1', '全联盟通知0']);
    const forMine = await h.call<NoticePage>(CoordinationRpc.listNotices, { limit: 10 }, memberRep(mine));
    expect(forMine.items.map((n) => n.title)).toContain('关于武侯区托育机构消防检查的通知');
    expect((await h.refusal(CoordinationRpc.getNotice, { id: draft.id }, memberRep(elsewhere))).code).toBe(
      'NOT_FOUND',
    );
  });
});
