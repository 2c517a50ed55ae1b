import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '@alliance/contracts';
import {
  ComplianceEvent,
  type CorrectiveActionEventData,
  type FindingRaisedData,
} from '@alliance/contracts/compliance';
import {
  TrainingEvent,
  TrainingRpc,
  type CertificateEventData,
  type SessionCompletionView,
  type TrainingRequirementPage,
  type TrainingRequirementView,
} from '@alliance/contracts/training';
import { buildEnvelope } from '@alliance/messaging';
import { waitFor } from '@alliance/testing';
import { inHours, memberRep, TRAINER, TrainingHarness } from './training-harness';

describe("training requirements from compliance's findings (real PostgreSQL and NATS)", () => {
  const h = new TrainingHarness();
  beforeAll(() => h.start());
  afterAll(() => h.stop());

  function complianceEvent<T extends object>(
    type: string,
    aggregateId: string,
    version: number,
    data: T,
  ): EventEnvelope<T> {
    return buildEnvelope({
      type,
      aggregateId,
      aggregateVersion: version,
      data,
      meta: {
        correlationId: `test-${randomUUID()}`,
        actor: { id: 'u-inspector', kind: 'user', role: 'inspector' },
      },
    }) as EventEnvelope<T>;
  }

  function finding(organisationId: string, overrides: Partial<FindingRaisedData> = {}): FindingRaisedData {
    return {
      findingId: randomUUID(),
      actionId: randomUUID(),
      auditId: randomUUID(),
      organisationId,
      criterionId: randomUUID(),
      criterionCode: 'TY-2.3',
      severity: 'major',
      pointsLost: 20,
      veto: false,
      dueDate: '2027-01-15',
      trainingCategory: 'safety_and_first_aid',
      raisedAt: new Date().toISOString(),
      ...overrides,
    };
  }

  function actionData(f: FindingRaisedData, status: string, extra: Partial<CorrectiveActionEventData> = {}) {
    return {
      actionId: f.actionId,
      findingId: f.findingId,
      auditId: f.auditId,
      organisationId: f.organisationId,
      severity: f.severity,
      status,
      dueDate: f.dueDate,
      trainingCategory: f.trainingCategory,
      reason: null,
      certificateIds: [],
      ...extra,
    } as CorrectiveActionEventData;
  }

  const requirementOf = (findingId: string) =>
    waitFor(
      async () => {
        const [row] = await h.dataSource.query(`SELECT id FROM training_requirement WHERE finding_id = $1`, [
          findingId,
        ]);
        return row ? h.call<TrainingRequirementView>(TrainingRpc.getRequirement, { id: row.id }) : null;
      },
      { timeoutMs: 20_000, what: `the training requirement of finding ${findingId}` },
    );

  it('a finding in a training category opens one requirement (once, however often delivered) with the published courses of the category and their upcoming sessions with free seats', async () => {
    const org = await h.admittedOrganisation('成都市锦江区小蜜蜂托育中心');
    const firstAid = await h.publishedCourse({ title: '婴幼儿急救', category: 'safety_and_first_aid' });
    await h.publishedCourse({ title: '托育机构管理', category: 'management' });
    const open = await h.schedule(firstAid.id, { capacity: 2 });
    const full = await h.schedule(firstAid.id, { capacity: 1 });
    await h.call(TrainingRpc.enrol, { sessionId: full.id, staffId: (await h.staff(org)).id });
    const past = await h.schedule(firstAid.id, {
      meetings: [{ startsAt: inHours(-30), endsAt: inHours(-28) }],
      enrolmentOpensAt: inHours(-100),
      enrolmentClosesAt: inHours(-30),
    });

    const f = finding(org);
    const raised = complianceEvent(ComplianceEvent.findingRaised, f.findingId, 1, f);
    await h.publishMemberEvent(raised);
    // Redelivered past the stream's de-duplication, and a finding without a training category.
    await h.publishMemberEvent(raised, randomUUID());
    const untrained = finding(org, { trainingCategory: null });
    await h.publishMemberEvent(
      complianceEvent(ComplianceEvent.findingRaised, untrained.findingId, 1, untrained),
    );

    const requirement = await requirementOf(f.findingId);
    expect(requirement).toMatchObject({
      organisationId: org,
      organisationName: '成都市锦江区小蜜蜂托育中心',
      category: 'safety_and_first_aid',
      findingId: f.findingId,
      actionId: f.actionId,
      criterionCode: 'TY-2.3',
      severity: 'major',
      dueDate: '2027-01-15',
      status: 'open',
      certificateIds: [],
    });
    expect(Date.parse(requirement.raisedAt)).toBe(Date.parse(f.raisedAt ?? ''));
    const [course] = requirement.courses.filter((c) => c.id === firstAid.id);
    expect(course.sessions.map((s) => [s.id, s.freeSeats])).toEqual([[open.id, 2]]);
    // Neither the full session nor the one whose enrolment has closed is offered.
    expect(course.sessions.map((s) => s.id)).not.toContain(full.id);
    expect(course.sessions.map((s) => s.id)).not.toContain(past.id);

    await waitFor(
      async () => {
        const [row] = await h.dataSource.query(`SELECT 1 FROM inbox WHERE event_id = $1`, [raised.eventId]);
        return row ? true : null;
      },
      { what: 'the finding consumed' },
    );
    const rows = await h.dataSource.query(
      `SELECT finding_id FROM training_requirement WHERE organisation_id = $1`,
      [org],
    );
    expect(rows).toEqual([{ finding_id: f.findingId }]);
  });

  it('a representative sees its own organisation’s requirements only; trainers see them all and filter them', async () => {
    const [mine, theirs] = [await h.admittedOrganisation(), await h.admittedOrganisation()];
    const a = finding(mine, { trainingCategory: 'health_and_hygiene' });
    const b = finding(theirs, { trainingCategory: 'health_and_hygiene' });
    for (const f of [a, b]) {
      await h.publishMemberEvent(complianceEvent(ComplianceEvent.findingRaised, f.findingId, 1, f));
    }
    const other = await requirementOf(b.findingId);
    await requirementOf(a.findingId);

    const own = await h.call<TrainingRequirementPage>(TrainingRpc.listRequirements, {}, memberRep(mine));
    expect(own.items.map((r) => r.findingId)).toEqual([a.findingId]);
    const refusedList = await h.refusal(
      TrainingRpc.listRequirements,
      { organisationId: theirs },
      memberRep(mine),
    );
    expect(refusedList.code).toBe('FORBIDDEN');
    const refused = await h.refusal(TrainingRpc.getRequirement, { id: other.id }, memberRep(mine));
    expect(refused.code).toBe('FORBIDDEN');

    const forTrainer = await h.call<TrainingRequirementPage>(
      TrainingRpc.listRequirements,
      { category: 'health_and_hygiene', status: 'open', limit: 1 },
      TRAINER,
    );
    expect(forTrainer.items).toHaveLength(1);
    const next = await h.call<TrainingRequirementPage>(
      TrainingRpc.listRequirements,
      { category: 'health_and_hygiene', status: 'open', limit: 1, cursor: forTrainer.nextCursor },
      TRAINER,
    );
    expect([...forTrainer.items, ...next.items].map((r) => r.findingId).sort()).toEqual(
      [a.findingId, b.findingId].sort(),
    );
    const bad = await h.refusal(TrainingRpc.listRequirements, { cursor: 'not-a-cursor' }, TRAINER);
    expect(bad.details).toMatchObject({ fields: [{ field: 'cursor' }] });
  });

  it('moves with the corrective action: met when certificates reach it, closed when verified (versions applied in order whatever the arrival), withdrawn when closed otherwise', async () => {
    const org = await h.admittedOrganisation();
    const met = finding(org);
    const amended = finding(org, { trainingCategory: 'care_and_feeding' });
    for (const f of [met, amended]) {
      await h.publishMemberEvent(complianceEvent(ComplianceEvent.findingRaised, f.findingId, 1, f));
    }
    const certificateId = randomUUID();
    const events = [
      complianceEvent(
        ComplianceEvent.actionSubmitted,
        met.actionId,
        1,
        actionData(met, 'submitted', { certificateIds: [certificateId] }),
      ),
      complianceEvent(
        ComplianceEvent.actionReopened,
        met.actionId,
        2,
        actionData(met, 'open', { reason: '证书不符' }),
      ),
      complianceEvent(
        ComplianceEvent.actionSubmitted,
        met.actionId,
        3,
        actionData(met, 'submitted', { certificateIds: [certificateId] }),
      ),
      complianceEvent(
        ComplianceEvent.actionClosed,
        met.actionId,
        4,
        actionData(met, 'closed', { certificateIds: [certificateId] }),
      ),
      complianceEvent(
        ComplianceEvent.actionClosed,
        amended.actionId,
        1,
        actionData(amended, 'closed', {
          reason: 'the audit was amended: the criterion no longer falls short',
        }),
      ),
    ];
    await h.publishMemberEvent(events[0]);
    const met1 = await waitFor(
      async () => {
        const r = await requirementOf(met.findingId);
        return r.status === 'met' ? r : null;
      },
      { timeoutMs: 20_000, what: 'the requirement met' },
    );
    expect(met1.certificateIds).toEqual([certificateId]);
    // Version 4 before 2 and 3: the consumer holds it back until they are applied.
    for (const i of [3, 1, 2, 4]) await h.publishMemberEvent(events[i]);
    const closed = await waitFor(
      async () => {
        const r = await requirementOf(met.findingId);
        return r.status === 'closed' ? r : null;
      },
      { timeoutMs: 20_000, what: 'the requirement closed' },
    );
    expect(closed.certificateIds).toEqual([certificateId]);
    const withdrawn = await waitFor(
      async () => {
        const r = await requirementOf(amended.findingId);
        return r.status === 'withdrawn' ? r : null;
      },
      { timeoutMs: 20_000, what: 'the requirement withdrawn' },
    );
    expect(withdrawn.statusReason).toBe('the audit was amended: the criterion no longer falls short');
  });

  it('a certificate.issued names the course category, title and verification code (what compliance matches and links)', async () => {
    const org = await h.admittedOrganisation();
    const course = await h.publishedCourse({ title: '婴幼儿急救', category: 'safety_and_first_aid' });
    const session = await h.schedule(course.id, {
      meetings: [{ startsAt: inHours(-5), endsAt: inHours(-3) }],
      enrolmentOpensAt: inHours(-100),
      enrolmentClosesAt: inHours(-5),
    });
    const person = await h.staff(org);
    await h.call(TrainingRpc.enrol, { sessionId: session.id, staffId: person.id });
    await h.call(TrainingRpc.recordAttendance, {
      sessionId: session.id,
      marks: [{ meetingId: session.meetings[0].id, staffId: person.id, status: 'present' }],
    });
    const done = await h.call<SessionCompletionView>(TrainingRpc.completeSession, {
      id: session.id,
      expectedVersion: session.version,
    });
    const certificateId = done.results[0].certificateId ?? '';
    const [issued] = (await h.outboxEvents(certificateId)) as unknown as Array<
      EventEnvelope<CertificateEventData>
    >;
    expect(issued.type).toBe(TrainingEvent.certificateIssued);
    expect(issued.data).toMatchObject({
      organisationId: org,
      staffId: person.id,
      category: 'safety_and_first_aid',
      courseTitle: '婴幼儿急救',
    });
    expect(issued.data.verificationCode).toMatch(/^[0-9A-Z]{20}$/);
  });
});
