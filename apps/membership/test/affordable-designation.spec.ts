import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '@alliance/contracts';
import { ComplianceEvent, type Grade, type GradeChangedData } from '@alliance/contracts/compliance';
import {
  MembershipEvent,
  MembershipRpc,
  type AffordableDesignationStatus,
  type ApplyForMembershipDto,
  type MemberDetail,
  type MemberPage,
  type MemberView,
} from '@alliance/contracts/membership';
import { buildEnvelope } from '@alliance/messaging';
import { rpcRefusal, waitFor } from '@alliance/testing';
import { jetstream } from '@nats-io/jetstream';
import { AffordableDesignationService } from '../src/member/affordable-designation.service';
import { ADMIN, MembershipHarness, memberRep } from './membership-harness';

const SECOND_ADMIN = { userId: 'u-admin-2', username: 'admin2', role: 'alliance_admin' } as const;

describe('compliance grades on member profiles and the affordable-place designation review (real PostgreSQL and NATS)', () => {
  const h = new MembershipHarness();
  /** Compliance's event sequence per organisation (`organisation_compliance.event_version`). */
  const gradeVersions = new Map<string, number>();
  let serial = 0;

  beforeAll(() => h.start());
  afterAll(() => h.stop());

  async function admitted(overrides: Partial<ApplyForMembershipDto> = {}): Promise<MemberView> {
    const applied = await h.apply({ name: `普惠托育${++serial}`, ...overrides });
    return h.call<MemberView>(MembershipRpc.admitMember, { id: applied.id, expectedVersion: 1 });
  }

  /** A grade-changed event as compliance's relay publishes it, next in the organisation's sequence. */
  function gradeChanged(
    organisationId: string,
    grade: Grade,
    standardCode = 'TY-QA',
    auditId: string = randomUUID(),
  ): EventEnvelope<GradeChangedData> {
    const version = (gradeVersions.get(organisationId) ?? 0) + 1;
    gradeVersions.set(organisationId, version);
    return buildEnvelope<GradeChangedData>({
      type: ComplianceEvent.gradeChanged,
      aggregateId: organisationId,
      aggregateVersion: version,
      data: {
        organisationId,
        standardCode,
        standardId: randomUUID(),
        auditId,
        previousGrade: null,
        grade,
        score: grade === 'A' ? '95.00' : grade === 'B' ? '80.00' : '40.00',
      },
      meta: {
        correlationId: `audit-submit-${randomUUID()}`,
        actor: { id: 'u-inspector-1', kind: 'user', role: 'inspector' },
      },
    });
  }

  async function publish(envelope: EventEnvelope<object>, msgID = envelope.eventId): Promise<void> {
    await jetstream(h.nc).publish(`${h.env.subjectPrefix}${envelope.type}`, JSON.stringify(envelope), {
      msgID,
    });
  }

  const detail = (id: string) => h.call<MemberDetail>(MembershipRpc.getMember, { id });

  function waitForDetail(
    id: string,
    ready: (d: MemberDetail) => boolean,
    what: string,
  ): Promise<MemberDetail> {
    return waitFor(
      async () => {
        const d = await detail(id);
        return ready(d) ? d : null;
      },
      { timeoutMs: 20_000, what },
    );
  }

  async function listed(affordableDesignation: AffordableDesignationStatus): Promise<string[]> {
    const ids: string[] = [];
    let cursor: string | undefined;
    do {
      const page: MemberPage = await h.call<MemberPage>(MembershipRpc.listMembers, {
        affordableDesignation,
        limit: 100,
        ...(cursor && { cursor }),
      });
      for (const item of page.items) {
        expect(item.affordableDesignation).toBe(affordableDesignation);
        ids.push(item.id);
      }
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return ids;
  }

  it('applies each grade change once, in compliance’s order, when delivered twice and newest first', async () => {
    const member = await admitted();
    const c = gradeChanged(member.id, 'C', 'TY-QA');
    const b = gradeChanged(member.id, 'B', 'TY-QA');
    const a = gradeChanged(member.id, 'A', 'WS-821');
    // Newest first, each one twice (a redelivery under another msgID gets past JetStream's de-duplication).
    for (const event of [a, b, c]) {
      await publish(event);
      await publish(event, `${event.eventId}-again`);
    }
    const seen = await waitForDetail(
      member.id,
      (d) => d.grades.length === 2 && d.grades.some((g) => g.standardCode === 'TY-QA' && g.grade === 'B'),
      'both standards graded, TY-QA at its later grade',
    );
    expect(seen.grades).toEqual([
      {
        standardCode: 'TY-QA',
        standardId: b.data.standardId,
        grade: 'B',
        score: '80.00',
        auditId: b.data.auditId,
        gradedAt: b.occurredAt,
      },
      {
        standardCode: 'WS-821',
        standardId: a.data.standardId,
        grade: 'A',
        score: '95.00',
        auditId: a.data.auditId,
        gradedAt: a.occurredAt,
      },
    ]);
    const [inbox] = await h.dataSource.query(
      `SELECT count(*)::int AS n FROM inbox WHERE consumer = 'membership' AND event_id = ANY($1::uuid[])`,
      [[a, b, c].map((e) => e.eventId)],
    );
    expect(inbox.n).toBe(3);
    // Passing grades change nothing of the member itself: no version, no event of its own.
    expect(seen.version).toBe(member.version);
    expect(seen.affordableDesignation).toBe('designated');

    // An older grade applied late (a dead letter replayed after the newer one) does not win.
    await h.dataSource.transaction((manager) =>
      h.app.get(AffordableDesignationService).recordGrade(manager, { ...c, eventId: randomUUID() }),
    );
    expect((await detail(member.id)).grades.find((g) => g.standardCode === 'TY-QA')).toMatchObject({
      grade: 'B',
      auditId: b.data.auditId,
    });
  });

  it('a failed audit puts the designation under review with the audit linked; a passing grade later leaves it for the admins, who keep it', async () => {
    const member = await admitted({ licensedPlaces: 120, affordablePlaces: 80 });
    const failed = gradeChanged(member.id, 'fail');
    await publish(failed);
    const review = await waitForDetail(
      member.id,
      (d) => d.affordableDesignation === 'under_review',
      'the designation under review',
    );
    expect(review).toMatchObject({
      version: member.version + 1,
      affordablePlaces: 80,
      affordableDesignation: 'under_review',
      affordableDesignationReview: {
        auditId: failed.data.auditId,
        standardCode: 'TY-QA',
        grade: 'fail',
        decision: null,
        reason: null,
        decidedAt: null,
        decidedBy: null,
        affordablePlaces: 80,
      },
      grades: [expect.objectContaining({ grade: 'fail', auditId: failed.data.auditId })],
    });
    expect(review.history.at(-1)).toMatchObject({
      action: 'affordable-designation-review-opened',
      version: member.version + 1,
      fromStatus: 'admitted',
      toStatus: 'admitted',
      actor: { id: 'membership', role: null },
      correlationId: failed.correlationId,
    });
    expect(review.history.at(-1)!.reason).toContain(failed.data.auditId);
    const opened = (await h.outboxEvents(member.id)).at(-1)!;
    expect(opened).toMatchObject({
      type: MembershipEvent.memberAffordableDesignationReviewOpened,
      aggregateVersion: member.version + 1,
      correlationId: failed.correlationId,
      causationId: failed.eventId,
      actor: { id: 'membership', kind: 'service' },
      data: { memberId: member.id, auditId: failed.data.auditId, grade: 'fail', affordablePlaces: 80 },
    });
    expect(await listed('under_review')).toContain(member.id);

    // Another failed standard, then the failed audit amended to a pass: grades recorded, the review stays
    // as it was opened (the admins decide, see AffordableDesignationService).
    await publish(gradeChanged(member.id, 'D', 'WS-821'));
    const amended = gradeChanged(member.id, 'B', 'TY-QA', failed.data.auditId);
    await publish(amended);
    const later = await waitForDetail(
      member.id,
      (d) => d.grades.length === 2 && d.grades.every((g) => g.grade !== 'fail'),
      'the amended grade and the second standard',
    );
    expect(later).toMatchObject({
      version: member.version + 1,
      affordableDesignation: 'under_review',
      affordableDesignationReview: { auditId: failed.data.auditId, grade: 'fail', decision: null },
    });

    // The places under review are not edited meanwhile.
    const edit = await h.refusal(MembershipRpc.updateMemberProfile, {
      id: member.id,
      expectedVersion: later.version,
      affordablePlaces: 60,
    });
    expect(edit).toMatchObject({
      code: 'BUSINESS_RULE_VIOLATED',
      details: { fields: [expect.objectContaining({ field: 'affordablePlaces' })] },
    });

    const decision = { id: member.id, expectedVersion: later.version, decision: 'keep', reason: '复核合格' };
    expect(
      await h.refusal(MembershipRpc.decideAffordableDesignation, decision, memberRep(member.id)),
    ).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(
      await h.refusal(MembershipRpc.decideAffordableDesignation, {
        ...decision,
        expectedVersion: later.version - 1,
      }),
    ).toMatchObject({ code: 'VERSION_CONFLICT' });
    expect(
      await h.refusal(MembershipRpc.decideAffordableDesignation, { ...decision, reason: '  ' }),
    ).toMatchObject({ code: 'VALIDATION_FAILED' });

    const kept = await h.call<MemberView>(MembershipRpc.decideAffordableDesignation, decision);
    expect(kept).toMatchObject({
      version: later.version + 1,
      affordablePlaces: 80,
      licensedPlaces: 120,
      affordableDesignation: 'designated',
      affordableDesignationReview: {
        auditId: failed.data.auditId,
        decision: 'keep',
        reason: '复核合格',
        decidedBy: ADMIN.userId,
      },
    });
    const after = await detail(member.id);
    expect(after.history.at(-1)).toMatchObject({
      action: 'affordable-designation-kept',
      reason: '复核合格',
      actor: { id: ADMIN.userId, role: 'alliance_admin' },
      version: kept.version,
    });
    expect((await h.outboxEvents(member.id)).at(-1)).toMatchObject({
      type: MembershipEvent.memberAffordableDesignationReviewed,
      aggregateVersion: kept.version,
      data: {
        decision: 'keep',
        affordablePlaces: 80,
        previousAffordablePlaces: 80,
        auditId: failed.data.auditId,
      },
    });
    // Decided: there is nothing left to decide.
    expect(
      await h.refusal(MembershipRpc.decideAffordableDesignation, {
        ...decision,
        expectedVersion: kept.version,
      }),
    ).toMatchObject({ code: 'ILLEGAL_TRANSITION' });
  });

  it('revoking sets the affordable places to 0 and keeps the licensed ones; only an admin designates them again', async () => {
    const member = await admitted({ licensedPlaces: 90, affordablePlaces: 45 });
    const failed = gradeChanged(member.id, 'D');
    await publish(failed);
    const review = await waitForDetail(
      member.id,
      (d) => d.affordableDesignation === 'under_review',
      'review',
    );

    const revoked = await h.call<MemberView>(MembershipRpc.decideAffordableDesignation, {
      id: member.id,
      expectedVersion: review.version,
      decision: 'revoke',
      reason: '评估等级D，取消普惠资格',
    });
    expect(revoked).toMatchObject({
      licensedPlaces: 90,
      affordablePlaces: 0,
      affordableDesignation: 'revoked',
      affordableDesignationReview: { decision: 'revoke', grade: 'D', affordablePlaces: 45 },
    });
    const event = (await h.outboxEvents(member.id)).at(-1)!;
    expect(event).toMatchObject({
      type: MembershipEvent.memberAffordableDesignationReviewed,
      data: {
        memberId: member.id,
        decision: 'revoke',
        licensedPlaces: 90,
        affordablePlaces: 0,
        previousAffordablePlaces: 45,
        status: 'admitted',
        districtName: expect.any(String),
      },
    });
    expect((await detail(member.id)).history.at(-1)).toMatchObject({
      action: 'affordable-designation-revoked',
    });
    expect(await listed('revoked')).toContain(member.id);
    expect(await listed('under_review')).not.toContain(member.id);
    // A revoked designation is not reviewed again; the grade is still recorded.
    await publish(gradeChanged(member.id, 'fail', 'WS-821'));
    await waitForDetail(member.id, (d) => d.grades.length === 2, 'the second grade');
    expect((await detail(member.id)).version).toBe(revoked.version);

    const rep = await h.refusal(
      MembershipRpc.updateMemberProfile,
      { id: member.id, expectedVersion: revoked.version, affordablePlaces: 10 },
      memberRep(member.id),
    );
    expect(rep.code).toBe('FORBIDDEN');
    const again = await h.call<MemberView>(MembershipRpc.updateMemberProfile, {
      id: member.id,
      expectedVersion: revoked.version,
      affordablePlaces: 10,
    });
    expect(again).toMatchObject({ affordablePlaces: 10, affordableDesignation: 'designated' });
  });

  it('two admins deciding at the same instant: exactly one decision is taken', async () => {
    const member = await admitted({ licensedPlaces: 60, affordablePlaces: 30 });
    await publish(gradeChanged(member.id, 'fail'));
    const review = await waitForDetail(
      member.id,
      (d) => d.affordableDesignation === 'under_review',
      'review',
    );
    const results = await Promise.allSettled([
      h.call<MemberView>(
        MembershipRpc.decideAffordableDesignation,
        { id: member.id, expectedVersion: review.version, decision: 'keep', reason: '保留' },
        ADMIN,
      ),
      h.call<MemberView>(
        MembershipRpc.decideAffordableDesignation,
        { id: member.id, expectedVersion: review.version, decision: 'revoke', reason: '取消' },
        SECOND_ADMIN,
      ),
    ]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r) => r.status === 'rejected');
    expect([won.length, lost.length]).toEqual([1, 1]);
    expect(await rpcRefusal(Promise.reject((lost[0] as PromiseRejectedResult).reason))).toMatchObject({
      code: 'VERSION_CONFLICT',
    });
    const winner = (won[0] as PromiseFulfilledResult<MemberView>).value;
    const after = await detail(member.id);
    expect(after.version).toBe(review.version + 1);
    expect(after.affordableDesignation).toBe(winner.affordableDesignation);
    const decisions = after.history.filter(
      (e) =>
        e.action.startsWith('affordable-designation-') && e.action !== 'affordable-designation-review-opened',
    );
    expect(decisions).toHaveLength(1);
    const reviewed = (await h.outboxEvents(member.id)).filter(
      (e) => e.type === MembershipEvent.memberAffordableDesignationReviewed,
    );
    expect(reviewed).toHaveLength(1);
    const [rows] = await h.dataSource.query(
      `SELECT count(*)::int AS n FROM member_affordable_review WHERE member_id = $1 AND decision IS NOT NULL`,
      [member.id],
    );
    expect(rows.n).toBe(1);
  });

  it('an organisation without affordable places has no designation to review: the failed grade is recorded only', async () => {
    const member = await admitted({ licensedPlaces: 50, affordablePlaces: 0 });
    expect(member.affordableDesignation).toBe('none');
    const failed = gradeChanged(member.id, 'fail');
    await publish(failed);
    const seen = await waitForDetail(member.id, (d) => d.grades.length === 1, 'the grade');
    expect(seen).toMatchObject({
      version: member.version,
      affordableDesignation: 'none',
      affordableDesignationReview: null,
      grades: [expect.objectContaining({ grade: 'fail', auditId: failed.data.auditId })],
    });
    expect((await h.outboxEvents(member.id)).map((e) => e.type)).toEqual([
      MembershipEvent.memberApplied,
      MembershipEvent.memberAdmitted,
    ]);
    expect(await listed('none')).toContain(member.id);
  });
});
