import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '@alliance/contracts';
import {
  ComplianceEvent,
  ComplianceRpc,
  type AuditView,
  type CorrectiveActionEventData,
  type FindingRaisedData,
  type FindingView,
  type StandardView,
} from '@alliance/contracts/compliance';
import { TrainingEvent, type CertificateEventData } from '@alliance/contracts/training';
import { buildEnvelope } from '@alliance/messaging';
import { waitFor } from '@alliance/testing';
import { jetstream } from '@nats-io/jetstream';
import { ComplianceHarness, inspector } from './compliance-harness';

describe("training's certificates as evidence of corrective actions (real PostgreSQL and NATS)", () => {
  const h = new ComplianceHarness();
  const who = inspector(901);
  let standard: StandardView;
  let organisationId: string;
  let otherOrganisationId: string;
  let finding: FindingView;

  /** Publishes on training's stream as training's relay does; `msgID` other than the event id = a redelivery. */
  async function publish(envelope: EventEnvelope<object>, msgID = envelope.eventId): Promise<void> {
    await jetstream(h.nc).publish(`${h.env.subjectPrefix}${envelope.type}`, JSON.stringify(envelope), {
      msgID,
    });
  }

  function certificateEvent(
    type: string,
    version: number,
    data: Partial<CertificateEventData> & { certificateId: string },
  ): EventEnvelope<CertificateEventData> {
    return buildEnvelope({
      type,
      aggregateId: data.certificateId,
      aggregateVersion: version,
      data: {
        staffId: randomUUID(),
        organisationId,
        courseId: randomUUID(),
        courseCode: 'FA-101',
        courseTitle: '婴幼儿急救',
        sessionId: randomUUID(),
        hours: 8,
        issuedAt: new Date().toISOString(),
        expiresOn: null,
        category: 'safety_and_first_aid',
        verificationCode: randomUUID().replace(/-/g, '').slice(0, 20).toUpperCase(),
        ...data,
      },
      meta: {
        correlationId: `test-${randomUUID()}`,
        actor: { id: 'u-trainer', kind: 'user', role: 'trainer' },
      },
    }) as EventEnvelope<CertificateEventData>;
  }

  const action = () =>
    h.call<FindingView>(ComplianceRpc.getAction, { id: finding.action.id }).then((f) => f.action);

  beforeAll(async () => {
    await h.start();
    standard = await h.publishedStandard([
      { code: 'T-60', points: 60, trainingCategory: 'safety_and_first_aid' },
      { code: 'T-40', points: 40 },
    ]);
    organisationId = await h.admittedOrganisation();
    otherOrganisationId = await h.admittedOrganisation();
    let audit = await h.startedAudit(organisationId, standard.id, who);
    for (const [i, c] of standard.areas[0].criteria.entries()) {
      audit = await h.call<AuditView>(
        ComplianceRpc.answerCriterion,
        { auditId: audit.id, criterionId: c.id, result: i === 0 ? 'not_met' : 'met' },
        who,
      );
    }
    audit = await h.call<AuditView>(
      ComplianceRpc.submitAudit,
      { id: audit.id, expectedVersion: audit.version },
      who,
    );
    [finding] = audit.findings;
  });
  afterAll(() => h.stop());

  it('finding.raised carries what training needs: organisation, criterion, category, severity, action, raised at', async () => {
    const [raised] = (await h.outboxEvents(finding.id)) as unknown as Array<EventEnvelope<FindingRaisedData>>;
    expect(raised.type).toBe(ComplianceEvent.findingRaised);
    expect(raised.data).toMatchObject({
      findingId: finding.id,
      actionId: finding.action.id,
      organisationId,
      criterionCode: 'T-60',
      trainingCategory: 'safety_and_first_aid',
      severity: finding.severity,
    });
    expect(Date.parse(raised.data.raisedAt ?? '')).toBe(Date.parse(finding.raisedAt));
  });

  it('attaches only a certificate of the organisation’s staff in the category issued after the finding, once however often it is delivered; the action then awaits verification; a revocation is noted', async () => {
    const raisedAt = Date.parse(finding.raisedAt);
    // Not matching: issued before the finding, another organisation's staff, another category.
    const before = certificateEvent(TrainingEvent.certificateIssued, 1, {
      certificateId: randomUUID(),
      issuedAt: new Date(raisedAt - 60_000).toISOString(),
    });
    const elsewhere = certificateEvent(TrainingEvent.certificateIssued, 1, {
      certificateId: randomUUID(),
      organisationId: otherOrganisationId,
    });
    const otherCategory = certificateEvent(TrainingEvent.certificateIssued, 1, {
      certificateId: randomUUID(),
      category: 'management',
    });
    const matching = certificateEvent(TrainingEvent.certificateIssued, 1, { certificateId: randomUUID() });
    for (const e of [before, elsewhere, otherCategory, matching]) await publish(e);
    // The same event again past the stream's de-duplication (as a redelivery or a replay would come).
    await publish(matching, randomUUID());
    await publish(matching, randomUUID());
    const revoked = certificateEvent(TrainingEvent.certificateRevoked, 2, {
      ...matching.data,
      reason: '考核作弊 exam misconduct',
    });
    await publish(revoked);

    // The revocation comes after every other event in the stream: once it is noted, all were applied.
    const evidence = await waitFor(
      async () => {
        const current = await action();
        return current.evidence[0]?.certificate?.revokedAt ? current : null;
      },
      { timeoutMs: 20_000, what: 'the certificate evidence, revoked' },
    );
    expect(evidence.status).toBe('submitted');
    expect(evidence.respondedBy).toBe('training');
    expect(evidence.evidence).toHaveLength(1);
    const [record] = evidence.evidence;
    expect(record).toMatchObject({
      kind: 'link',
      actionId: finding.action.id,
      addedBy: 'training',
      url: `/api/v1/certificates/verify/${matching.data.verificationCode}`,
      certificate: {
        certificateId: matching.data.certificateId,
        number: matching.data.verificationCode,
        staffId: matching.data.staffId,
        courseCode: 'FA-101',
        revocationReason: '考核作弊 exam misconduct',
      },
    });
    expect(Date.parse(record.certificate?.issuedAt ?? '')).toBe(Date.parse(matching.data.issuedAt));

    const events = (await h.outboxEvents(finding.action.id)) as unknown as Array<
      EventEnvelope<CorrectiveActionEventData>
    >;
    expect(events.map((e) => [e.type, e.aggregateVersion, e.data.status, e.data.certificateIds])).toEqual([
      [ComplianceEvent.actionSubmitted, 1, 'submitted', [matching.data.certificateId]],
    ]);
    expect(events[0].causationId).toBe(matching.eventId);

    // The inspector verifies with the existing route; the closing event names the certificates too.
    const closed = await h.call<FindingView>(
      ComplianceRpc.closeAction,
      { id: evidence.id, expectedVersion: evidence.version, note: '证书已核验 certificate checked' },
      who,
    );
    expect(closed.action.status).toBe('closed');
    const [, closing] = (await h.outboxEvents(finding.action.id)) as unknown as Array<
      EventEnvelope<CorrectiveActionEventData>
    >;
    expect([closing.type, closing.data.certificateIds]).toEqual([
      ComplianceEvent.actionClosed,
      [matching.data.certificateId],
    ]);
  });

  it('a certificate arriving after the action was closed is not attached', async () => {
    const late = certificateEvent(TrainingEvent.certificateIssued, 1, { certificateId: randomUUID() });
    await publish(late);
    const marker = certificateEvent(TrainingEvent.certificateIssued, 1, {
      certificateId: randomUUID(),
      organisationId: otherOrganisationId,
    });
    await publish(marker);
    await waitFor(
      async () => {
        const [row] = await h.dataSource.query(`SELECT 1 FROM inbox WHERE event_id = $1`, [marker.eventId]);
        return row ? true : null;
      },
      { timeoutMs: 20_000, what: 'the later certificate event to be consumed' },
    );
    expect((await action()).evidence.map((e) => e.certificate?.certificateId)).toHaveLength(1);
    expect(await h.outboxEvents(finding.action.id)).toHaveLength(2);
  });
});
