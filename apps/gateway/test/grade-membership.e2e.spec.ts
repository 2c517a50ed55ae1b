import { randomUUID } from 'node:crypto';
import { waitFor } from '@alliance/testing';
import { application, GatewayHarness } from './support/gateway-harness';

/**
 * Workflow "grade → membership" end to end: membership, compliance and the gateway as processes (the gateway
 * in-process, the services from source). Once the organisation is admitted, the test only reads from
 * membership: the grade and the review arrive there through compliance's events alone.
 */
describe('a failed audit reaches the member’s profile (processes)', () => {
  const h = new GatewayHarness('gw-grade-membership', { compliance: true });
  let admin: string;

  beforeAll(async () => {
    await h.start();
    admin = await h.adminToken();
  });
  afterAll(() => h.stop());

  /** A published standard of two criteria, one of them a veto criterion (一票否决). */
  async function vetoStandard(): Promise<{ id: string; ordinary: string; veto: string; code: string }> {
    const code = `E2E${randomUUID().slice(0, 6).toUpperCase()}`;
    const draft = await h.request('POST', '/api/v1/standards', {
      token: admin,
      body: {
        code,
        title: '消防安全专项',
        issuer: '联盟',
        effectiveFrom: '2026-01-01',
        totalPoints: 100,
        gradeBands: [
          { grade: 'A', minPercent: 90 },
          { grade: 'B', minPercent: 75 },
          { grade: 'C', minPercent: 60 },
          { grade: 'D', minPercent: 0 },
        ],
        areas: [
          {
            code: 'SAF',
            title: '安全保障',
            maxPoints: 100,
            criteria: [
              {
                code: 'SAF-1',
                text: '应急演练记录',
                points: 90,
                evidenceRequired: false,
                veto: false,
                appliesTo: [],
              },
              {
                code: 'SAF-2',
                text: '消防验收合格',
                points: 10,
                evidenceRequired: false,
                veto: true,
                appliesTo: [],
              },
            ],
          },
        ],
      },
    });
    expect(draft.status).toBe(201);
    const published = await h.request('POST', `/api/v1/standards/${draft.body.id}/publish`, {
      token: admin,
      body: { expectedVersion: draft.body.version },
    });
    expect(published.status).toBe(200);
    const criteria = published.body.areas[0].criteria as Array<{ id: string; code: string }>;
    return {
      id: draft.body.id,
      code,
      ordinary: criteria.find((c) => c.code === 'SAF-1')!.id,
      veto: criteria.find((c) => c.code === 'SAF-2')!.id,
    };
  }

  it('an audit with a failed veto criterion shows grade fail and the designation under review, with the audit linked', async () => {
    const applied = await h.request('POST', '/api/v1/members', {
      token: admin,
      body: application({ name: '普惠审核托育', licensedPlaces: 100, affordablePlaces: 60 }),
    });
    expect(applied.status).toBe(201);
    const id = applied.body.id as string;
    const admit = await h.request('POST', `/api/v1/members/${id}/admit`, {
      token: admin,
      body: { expectedVersion: applied.body.version },
    });
    expect(admit.status).toBe(200);
    // From here until the review shows on the member, nothing is sent to membership but reads.

    const standard = await vetoStandard();
    const inspector = await h.account(admin, 'e2e-grade-inspector', 'inspector');
    // Compliance learns of the organisation from membership's events: the plan is refused until then.
    const plan = await waitFor(
      async () => {
        const answer = await h.request('POST', '/api/v1/audits', {
          token: inspector.token,
          body: { organisationId: id, standardId: standard.id, kind: 'routine', plannedDate: '2030-06-01' },
        });
        return answer.status === 201 ? answer : null;
      },
      { timeoutMs: 30_000, what: 'compliance to know the admitted organisation' },
    );
    const started = await h.request('POST', `/api/v1/audits/${plan.body.id}/start`, {
      token: inspector.token,
      body: { expectedVersion: plan.body.version },
    });
    expect(started.status).toBe(200);
    for (const [criterionId, result] of [
      [standard.ordinary, 'met'],
      [standard.veto, 'not_met'],
    ]) {
      const answered = await h.request('PUT', `/api/v1/audits/${plan.body.id}/answers/${criterionId}`, {
        token: inspector.token,
        body: { result, notes: result === 'not_met' ? '消防验收未通过' : undefined },
      });
      expect(answered.status).toBe(200);
    }
    const current = await h.request('GET', `/api/v1/audits/${plan.body.id}`, { token: inspector.token });
    const submitted = await h.request('POST', `/api/v1/audits/${plan.body.id}/submit`, {
      token: inspector.token,
      body: { expectedVersion: current.body.version },
    });
    expect(submitted.status).toBe(200);
    // 90 of 100 points, an A by score: the failed veto criterion makes it `fail`.
    expect([submitted.body.score, submitted.body.grade]).toEqual(['90.00', 'fail']);

    const member = await waitFor(
      async () => {
        const answer = await h.request('GET', `/api/v1/members/${id}`, { token: admin });
        return answer.body.affordableDesignation === 'under_review' ? answer.body : null;
      },
      { timeoutMs: 30_000, what: 'the designation under review on the member' },
    );
    expect(member.grades).toEqual([
      {
        standardCode: standard.code,
        standardId: standard.id,
        grade: 'fail',
        score: '90.00',
        auditId: plan.body.id,
        gradedAt: expect.any(String),
      },
    ]);
    expect(member).toMatchObject({
      affordablePlaces: 60,
      affordableDesignationReview: {
        auditId: plan.body.id,
        standardCode: standard.code,
        grade: 'fail',
        decision: null,
        affordablePlaces: 60,
      },
    });
    expect(member.history.at(-1)).toMatchObject({ action: 'affordable-designation-review-opened' });
    const underReview = await h.request('GET', '/api/v1/members?affordableDesignation=under_review', {
      token: admin,
    });
    expect(underReview.body.items.map((m: { id: string }) => m.id)).toEqual([id]);

    // The places under review are the admins' to decide, not a profile edit's.
    const edit = await h.request('PATCH', `/api/v1/members/${id}`, {
      token: admin,
      body: { expectedVersion: member.version, affordablePlaces: 30 },
    });
    expect(edit.status).toBe(422);
    expect(edit.body.errors.map((e: { field: string }) => e.field)).toEqual(['affordablePlaces']);

    // The admins decide over HTTP: a stale version is a 409, the current one revokes.
    const stale = await h.request('POST', `/api/v1/members/${id}/affordable-designation/decision`, {
      token: admin,
      body: { expectedVersion: member.version - 1, decision: 'revoke', reason: '一票否决' },
    });
    expect(stale.status).toBe(409);
    const revoked = await h.request('POST', `/api/v1/members/${id}/affordable-designation/decision`, {
      token: admin,
      body: { expectedVersion: member.version, decision: 'revoke', reason: '一票否决' },
    });
    expect(revoked.status).toBe(200);
    expect(revoked.body).toMatchObject({
      licensedPlaces: 100,
      affordablePlaces: 0,
      affordableDesignation: 'revoked',
      affordableDesignationReview: { decision: 'revoke', reason: '一票否决' },
    });
  });
});
