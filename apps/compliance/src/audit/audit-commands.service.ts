import { DomainError, ErrorCode, Role, type RpcCaller } from '@alliance/contracts';
import {
  AnswerResult,
  AuditKind,
  AuditStatus,
  ComplianceEvent,
  StandardStatus,
  type AmendAuditDto,
  type AnswerCriterionDto,
  type AssignInspectorsDto,
  type AuditEventData,
  type AuditView,
  type CancelAuditDto,
  type CloseAuditDto,
  type GradeChangedData,
  type InspectorRefDto,
  type PlanAuditDto,
  type PlanFollowUpDto,
  type StartAuditDto,
  type SubmitAuditDto,
} from '@alliance/contracts/compliance';
import { MemberStatus } from '@alliance/contracts/membership';
import { eventMeta, OutboxWriter, type EventMeta, type RequestContext } from '@alliance/messaging';
import { lockVersioned, PgErrorCode, violatedConstraint } from '@alliance/persistence';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, In, type EntityManager } from 'typeorm';
import { CorrectiveActionService } from '../finding/corrective-action.service';
import { MemberOrganisationEntity } from '../member-projection/member-organisation.entity';
import { COMPLIANCE_CONFIG, type ComplianceConfig } from '../shared/compliance-config';
import { actorId, fieldError, illegal, notFound } from '../shared/errors';
import { allianceDate, plusDays } from '../shared/time';
import { appliesToKind, criteriaOf, type CriterionRow } from '../standard/standard-view';
import { StandardEntity } from '../standard/standard.entity';
import { StandardService } from '../standard/standard.service';
import { AuditEntity } from './audit.entity';
import { currentAnswers, loadAuditView } from './audit-view';
import { isShortfall, pointsFor, scoreAudit, type ScoreResult, type ScoringAnswer } from './scoring';

const OPEN_STATUSES: string[] = [AuditStatus.Planned, AuditStatus.InProgress];

const givesPoints = (result: AnswerResult | undefined): boolean =>
  result === AnswerResult.Met || result === AnswerResult.PartlyMet;

function conflictOfInterest(organisationId: string): DomainError {
  return new DomainError(
    ErrorCode.Forbidden,
    'conflict of interest: an inspector bound to an organisation never audits it',
    {
      fields: [{ field: 'inspectors', reasons: [`an inspector is bound to organisation ${organisationId}`] }],
    },
  );
}

/** The caller acting as an inspector: bound to the organisation → refused (conflict of interest). */
function refuseConflictOfCaller(caller: RpcCaller | null, organisationId: string): void {
  if (caller?.role === Role.Inspector && caller.organisationId === organisationId) {
    throw conflictOfInterest(organisationId);
  }
}

/** The answer to one criterion as the rules want it (partly met with points, not applicable with reason). */
function checkAnswer(
  field: string,
  criterion: CriterionRow,
  answer: Pick<AnswerCriterionDto, 'result' | 'pointsAwarded' | 'reason'>,
): ScoringAnswer {
  const { result } = answer;
  if (result === AnswerResult.PartlyMet) {
    const given = answer.pointsAwarded;
    if (given === undefined || given === null || given <= 0 || given >= criterion.points) {
      throw fieldError(
        `${field}pointsAwarded`,
        `partly met needs pointsAwarded above 0 and below the criterion's ${criterion.points} points`,
      );
    }
    return { result, pointsAwarded: given };
  }
  if (answer.pointsAwarded !== undefined && answer.pointsAwarded !== null) {
    throw fieldError(`${field}pointsAwarded`, 'pointsAwarded is given for partly met answers only');
  }
  if (result === AnswerResult.NotApplicable && !answer.reason?.trim()) {
    throw fieldError(`${field}reason`, 'a not-applicable answer needs a reason');
  }
  return { result, pointsAwarded: result === AnswerResult.Met ? criterion.points : 0 };
}

/** Audits: planned → in progress → submitted → closed | cancelled; answers, score, amendments. */
@Injectable()
export class AuditCommandsService {
  private readonly logger = new Logger('Audits');

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(OutboxWriter) private readonly outbox: OutboxWriter,
    @Inject(StandardService) private readonly standards: StandardService,
    @Inject(CorrectiveActionService) private readonly actions: CorrectiveActionService,
    @Inject(COMPLIANCE_CONFIG) private readonly config: ComplianceConfig,
  ) {}

  async plan(dto: PlanAuditDto, ctx: RequestContext): Promise<AuditView> {
    refuseConflictOfCaller(ctx.caller, dto.organisationId);
    if (dto.plannedDate < allianceDate(new Date())) {
      throw fieldError('plannedDate', 'plannedDate is in the past');
    }
    return this.inTransaction(async (manager) => {
      const standard = await manager.findOneBy(StandardEntity, { id: dto.standardId });
      if (!standard) throw notFound('standard', dto.standardId);
      if (standard.status !== StandardStatus.Published) {
        throw new DomainError(
          ErrorCode.BusinessRuleViolated,
          `standard ${standard.code} edition ${standard.edition} is ${standard.status}: audits use a published edition`,
          { fields: [{ field: 'standardId', reasons: ['the standard is not published'] }] },
        );
      }
      const id = await this.insertAudit(manager, {
        organisationId: dto.organisationId,
        standard,
        kind: dto.kind,
        plannedDate: dto.plannedDate,
        inspectors: dto.inspectors,
        notes: dto.notes?.trim() || null,
        followUpOf: null,
        meta: eventMeta(ctx),
      });
      return loadAuditView(manager, id);
    });
  }

  /** A follow-up of an audit's open findings, against the same edition (even if since superseded). */
  async planFollowUp(dto: PlanFollowUpDto, ctx: RequestContext): Promise<AuditView> {
    if (dto.plannedDate < allianceDate(new Date())) {
      throw fieldError('plannedDate', 'plannedDate is in the past');
    }
    return this.inTransaction(async (manager) => {
      const source = await manager.findOneBy(AuditEntity, { id: dto.auditId });
      if (!source) throw notFound('audit', dto.auditId);
      refuseConflictOfCaller(ctx.caller, source.organisationId);
      if (source.status !== AuditStatus.Submitted && source.status !== AuditStatus.Closed) {
        throw illegal('a follow-up is planned from a submitted audit');
      }
      const [{ open }] = await manager.query(
        `SELECT count(*)::int AS open FROM corrective_action WHERE audit_id = $1 AND status <> 'closed'`,
        [source.id],
      );
      if (open === 0) {
        throw new DomainError(ErrorCode.BusinessRuleViolated, 'the audit has no open findings to follow up');
      }
      const standard = await manager.findOneByOrFail(StandardEntity, { id: source.standardId });
      const id = await this.insertAudit(manager, {
        organisationId: source.organisationId,
        standard,
        kind: AuditKind.FollowUp,
        plannedDate: dto.plannedDate,
        inspectors: dto.inspectors,
        notes: null,
        followUpOf: source.id,
        meta: eventMeta(ctx),
      });
      return loadAuditView(manager, id);
    });
  }

  /**
   * The onboarding audit of a newly admitted organisation, planned `onboardingWithinDays` after admission
   * with no inspector (it waits in the admins' queue). Nothing is planned when no published edition of the
   * onboarding standard applies to the organisation's kind, or an onboarding audit is already open.
   */
  async planOnboarding(
    manager: EntityManager,
    organisation: MemberOrganisationEntity,
    admittedAt: Date,
    meta: EventMeta,
  ): Promise<void> {
    const standard = await this.standards.publishedEdition(manager, this.config.onboardingStandardCode);
    if (!standard) {
      this.logger.warn(
        `no published ${this.config.onboardingStandardCode}: no onboarding audit for ${organisation.name}`,
      );
      return;
    }
    const criteria = await criteriaOf(manager, standard.id);
    if (!criteria.some((c) => appliesToKind(c, organisation.kind))) return;
    const [{ open }] = await manager.query(
      `SELECT count(*)::int AS open FROM audit WHERE organisation_id = $1 AND kind = 'onboarding'
          AND status IN ('planned', 'in_progress')`,
      [organisation.organisationId],
    );
    if (open > 0) return;
    await this.insertAudit(manager, {
      organisationId: organisation.organisationId,
      standard,
      kind: AuditKind.Onboarding,
      plannedDate: plusDays(allianceDate(admittedAt), this.config.onboardingWithinDays),
      inspectors: [],
      notes: '入盟评估 onboarding audit of a newly admitted member',
      followUpOf: null,
      meta,
    });
  }

  /** A withdrawn or expelled organisation's audits not yet submitted are cancelled with the reason. */
  async cancelOpenAuditsOf(
    manager: EntityManager,
    organisationId: string,
    reason: string,
    meta: EventMeta,
  ): Promise<void> {
    const audits = await manager.find(AuditEntity, {
      where: { organisationId, status: In(OPEN_STATUSES) },
      lock: { mode: 'pessimistic_write' },
    });
    for (const audit of audits) await this.cancelLocked(manager, audit, reason, meta);
  }

  async assign(dto: AssignInspectorsDto, ctx: RequestContext): Promise<AuditView> {
    return this.inTransaction(async (manager) => {
      const audit = await lockVersioned(manager, AuditEntity, dto.id, dto.expectedVersion, 'audit');
      if (audit.status !== AuditStatus.Planned) {
        throw illegal(`audit ${audit.id} is ${audit.status}: inspectors are assigned while it is planned`);
      }
      if (dto.plannedDate) {
        if (dto.plannedDate < allianceDate(new Date()))
          throw fieldError('plannedDate', 'plannedDate is in the past');
        audit.plannedDate = dto.plannedDate;
      }
      await manager.query(`DELETE FROM audit_inspector WHERE audit_id = $1`, [audit.id]);
      await this.insertInspectors(manager, audit, dto.inspectors);
      // An event, so that the inspectors' to-do lists (coordination) follow who conducts it.
      await this.bump(manager, audit, ComplianceEvent.auditInspectorsAssigned, eventMeta(ctx));
      return loadAuditView(manager, audit.id);
    });
  }

  async start(dto: StartAuditDto, ctx: RequestContext): Promise<AuditView> {
    return this.inTransaction(async (manager) => {
      const audit = await lockVersioned(manager, AuditEntity, dto.id, dto.expectedVersion, 'audit');
      await this.requireAssignedInspector(manager, audit, ctx.caller);
      if (audit.status !== AuditStatus.Planned)
        throw illegal(`audit ${audit.id} is ${audit.status}, not planned`);
      const [{ count }] = await manager.query(
        `SELECT count(*)::int AS count FROM audit_inspector WHERE audit_id = $1`,
        [audit.id],
      );
      if (count === 0) throw illegal('an audit starts once inspectors are assigned');
      audit.status = AuditStatus.InProgress;
      audit.startedAt = new Date();
      await this.bump(manager, audit, ComplianceEvent.auditStarted, eventMeta(ctx));
      return loadAuditView(manager, audit.id);
    });
  }

  /** Records (or replaces) the answer to one criterion while the audit is in progress. */
  async answer(dto: AnswerCriterionDto, ctx: RequestContext): Promise<AuditView> {
    return this.inTransaction(async (manager) => {
      const audit = await manager.findOne(AuditEntity, {
        where: { id: dto.auditId },
        lock: { mode: 'pessimistic_read' },
      });
      if (!audit) throw notFound('audit', dto.auditId);
      await this.requireAssignedInspector(manager, audit, ctx.caller);
      if (audit.status !== AuditStatus.InProgress) {
        throw illegal(
          audit.status === AuditStatus.Submitted || audit.status === AuditStatus.Closed
            ? `audit ${audit.id} is submitted: correct it with an amendment`
            : `audit ${audit.id} is ${audit.status}: answers are recorded while it is in progress`,
        );
      }
      const criterion = await this.applicableCriterion(manager, audit, dto.criterionId, 'criterionId');
      const checked = checkAnswer('', criterion, dto);
      await manager.query(
        `INSERT INTO audit_answer (audit_id, criterion_id, revision, result, points_awarded, reason, notes, answered_by, answered_at)
         VALUES ($1, $2, 0, $3, $4, $5, $6, $7, now())
         ON CONFLICT (audit_id, criterion_id, revision) DO UPDATE
           SET result = EXCLUDED.result, points_awarded = EXCLUDED.points_awarded, reason = EXCLUDED.reason,
               notes = EXCLUDED.notes, answered_by = EXCLUDED.answered_by, answered_at = EXCLUDED.answered_at`,
        [
          audit.id,
          criterion.id,
          checked.result,
          checked.pointsAwarded,
          dto.reason?.trim() || null,
          dto.notes?.trim() || null,
          actorId(ctx.caller),
        ],
      );
      return loadAuditView(manager, audit.id);
    });
  }

  /**
   * Submits: every applicable criterion answered, evidence where required, then the exact score and grade,
   * one finding and corrective action per criterion not met or partly met, and the organisation's grade.
   */
  async submit(dto: SubmitAuditDto, ctx: RequestContext): Promise<AuditView> {
    return this.inTransaction(async (manager) => {
      const audit = await lockVersioned(manager, AuditEntity, dto.id, dto.expectedVersion, 'audit');
      await this.requireAssignedInspector(manager, audit, ctx.caller);
      if (audit.status !== AuditStatus.InProgress)
        throw illegal(`audit ${audit.id} is ${audit.status}, not in progress`);
      const { criteria, answers } = await this.scoringInput(manager, audit);
      const missing = criteria.filter((c) => !answers.has(c.id)).map((c) => c.code);
      if (missing.length > 0) {
        throw new DomainError(
          ErrorCode.BusinessRuleViolated,
          `criteria not answered: ${missing.join(', ')}`,
          {
            fields: [{ field: 'answers', reasons: missing.map((code) => `criterion ${code} has no answer`) }],
            criteria: missing,
          },
        );
      }
      const withEvidence = new Set<string>(
        (
          await manager.query(`SELECT DISTINCT criterion_id AS id FROM evidence WHERE audit_id = $1`, [
            audit.id,
          ])
        ).map((r: { id: string }) => r.id),
      );
      const lacking = criteria
        // Evidence backs the points given: required for met and partly met answers.
        .filter((c) => c.evidenceRequired && givesPoints(answers.get(c.id)?.result))
        .filter((c) => !withEvidence.has(c.id))
        .map((c) => c.code);
      if (lacking.length > 0) {
        throw new DomainError(
          ErrorCode.BusinessRuleViolated,
          `evidence required for: ${lacking.join(', ')}`,
          {
            fields: [
              { field: 'evidence', reasons: lacking.map((code) => `criterion ${code} requires evidence`) },
            ],
            criteria: lacking,
          },
        );
      }
      const standard = await manager.findOneByOrFail(StandardEntity, { id: audit.standardId });
      const result = scoreAudit(criteria, answers, standard.totalPoints, standard.gradeBands);
      const now = new Date();
      Object.assign(audit, {
        status: AuditStatus.Submitted,
        submittedAt: now,
        summary: dto.summary?.trim() || null,
        score: result.score,
        grade: result.grade,
        originalScore: result.score,
        originalGrade: result.grade,
      });
      const meta = eventMeta(ctx);
      await this.bump(manager, audit, ComplianceEvent.auditSubmitted, meta);
      const fromDate = allianceDate(now);
      for (const criterion of criteria) {
        const answer = answers.get(criterion.id);
        if (!answer || !isShortfall(answer.result)) continue;
        await this.actions.raise(manager, this.shortfall(audit, criterion, answer), fromDate, meta);
      }
      await this.recordGrade(manager, audit, standard, result, meta);
      return loadAuditView(manager, audit.id);
    });
  }

  /** A correction of a submitted audit: new answer revisions, the score recomputed, the original kept. */
  async amend(dto: AmendAuditDto, ctx: RequestContext): Promise<AuditView> {
    return this.inTransaction(async (manager) => {
      const audit = await lockVersioned(manager, AuditEntity, dto.id, dto.expectedVersion, 'audit');
      await this.requireAssignedInspector(manager, audit, ctx.caller);
      if (audit.status !== AuditStatus.Submitted) {
        throw illegal(`audit ${audit.id} is ${audit.status}: only a submitted audit is amended`);
      }
      const seen = new Set<string>();
      const changes = await Promise.all(
        dto.answers.map(async (a, i) => {
          if (seen.has(a.criterionId)) {
            throw fieldError(`answers[${i}].criterionId`, 'the same criterion is amended twice');
          }
          seen.add(a.criterionId);
          const criterion = await this.applicableCriterion(
            manager,
            audit,
            a.criterionId,
            `answers[${i}].criterionId`,
          );
          return { criterion, input: a, checked: checkAnswer(`answers[${i}].`, criterion, a) };
        }),
      );
      const [{ sequence }] = await manager.query(
        `SELECT count(*)::int + 1 AS sequence FROM audit_amendment WHERE audit_id = $1`,
        [audit.id],
      );
      for (const { criterion, input, checked } of changes) {
        await manager.query(
          `INSERT INTO audit_answer (audit_id, criterion_id, revision, result, points_awarded, reason, notes, answered_by, answered_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now())`,
          [
            audit.id,
            criterion.id,
            sequence,
            checked.result,
            checked.pointsAwarded,
            input.reason?.trim() || null,
            input.notes?.trim() || null,
            actorId(ctx.caller),
          ],
        );
      }
      const standard = await manager.findOneByOrFail(StandardEntity, { id: audit.standardId });
      const { criteria, answers } = await this.scoringInput(manager, audit);
      const result = scoreAudit(criteria, answers, standard.totalPoints, standard.gradeBands);
      const previous = { score: audit.score ?? '0.00', grade: audit.grade ?? result.grade };
      await manager.query(
        `INSERT INTO audit_amendment (audit_id, sequence, reason, previous_score, previous_grade, score, grade, amended_by, amended_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now())`,
        [
          audit.id,
          sequence,
          dto.reason.trim(),
          previous.score,
          previous.grade,
          result.score,
          result.grade,
          actorId(ctx.caller),
        ],
      );
      audit.score = result.score;
      audit.grade = result.grade;
      const meta = eventMeta(ctx);
      await this.bump(manager, audit, ComplianceEvent.auditAmended, meta, {
        reason: dto.reason.trim(),
        previousScore: previous.score,
        previousGrade: previous.grade,
      });
      const today = allianceDate(new Date());
      for (const { criterion, checked } of changes) {
        if (isShortfall(checked.result)) {
          const [exists] = await manager.query(
            `SELECT 1 FROM finding WHERE audit_id = $1 AND criterion_id = $2`,
            [audit.id, criterion.id],
          );
          if (!exists)
            await this.actions.raise(manager, this.shortfall(audit, criterion, checked), today, meta);
        } else {
          await this.actions.closeByAmendment(manager, audit.id, criterion.id, meta);
        }
      }
      await this.recordGrade(manager, audit, standard, result, meta);
      return loadAuditView(manager, audit.id);
    });
  }

  /** Closes a submitted audit once every corrective action is closed. */
  async close(dto: CloseAuditDto, ctx: RequestContext): Promise<AuditView> {
    return this.inTransaction(async (manager) => {
      const audit = await lockVersioned(manager, AuditEntity, dto.id, dto.expectedVersion, 'audit');
      refuseConflictOfCaller(ctx.caller, audit.organisationId);
      if (audit.status !== AuditStatus.Submitted)
        throw illegal(`audit ${audit.id} is ${audit.status}, not submitted`);
      const [{ open }] = await manager.query(
        `SELECT count(*)::int AS open FROM corrective_action WHERE audit_id = $1 AND status <> 'closed'`,
        [audit.id],
      );
      if (open > 0) {
        throw new DomainError(
          ErrorCode.BusinessRuleViolated,
          `${open} corrective action(s) of this audit are not closed yet`,
          { openActions: open },
        );
      }
      audit.status = AuditStatus.Closed;
      audit.closedAt = new Date();
      if (dto.note?.trim()) audit.summary = [audit.summary, dto.note.trim()].filter(Boolean).join('\n');
      await this.bump(manager, audit, ComplianceEvent.auditClosed, eventMeta(ctx));
      return loadAuditView(manager, audit.id);
    });
  }

  async cancel(dto: CancelAuditDto, ctx: RequestContext): Promise<AuditView> {
    return this.inTransaction(async (manager) => {
      const audit = await lockVersioned(manager, AuditEntity, dto.id, dto.expectedVersion, 'audit');
      if (!OPEN_STATUSES.includes(audit.status)) {
        throw illegal(
          `audit ${audit.id} is ${audit.status}: only a planned or in-progress audit is cancelled`,
        );
      }
      await this.cancelLocked(manager, audit, dto.reason.trim(), eventMeta(ctx));
      return loadAuditView(manager, audit.id);
    });
  }

  // ---- helpers ---------------------------------------------------------------------------------------

  private async cancelLocked(manager: EntityManager, audit: AuditEntity, reason: string, meta: EventMeta) {
    const now = new Date();
    audit.status = AuditStatus.Cancelled;
    audit.cancelledAt = now;
    audit.cancellationReason = reason;
    await manager.query(
      `UPDATE audit_inspector SET released_at = $2 WHERE audit_id = $1 AND released_at IS NULL`,
      [audit.id, now],
    );
    await this.bump(manager, audit, ComplianceEvent.auditCancelled, meta, { reason });
  }

  private async insertAudit(
    manager: EntityManager,
    plan: {
      organisationId: string;
      standard: StandardEntity;
      kind: AuditKind;
      plannedDate: string;
      inspectors: InspectorRefDto[];
      notes: string | null;
      followUpOf: string | null;
      meta: EventMeta;
    },
  ): Promise<string> {
    const organisation = await manager.findOneBy(MemberOrganisationEntity, {
      organisationId: plan.organisationId,
    });
    if (!organisation) {
      throw fieldError('organisationId', `organisation ${plan.organisationId} is not known to compliance`);
    }
    if (organisation.status !== MemberStatus.Admitted && organisation.status !== MemberStatus.Suspended) {
      throw new DomainError(
        ErrorCode.BusinessRuleViolated,
        `organisation ${organisation.name} is ${organisation.status}: only members are audited`,
        { fields: [{ field: 'organisationId', reasons: [`the organisation is ${organisation.status}`] }] },
      );
    }
    const criteria = await criteriaOf(manager, plan.standard.id);
    if (!criteria.some((c) => appliesToKind(c, organisation.kind))) {
      throw new DomainError(
        ErrorCode.BusinessRuleViolated,
        `no criterion of ${plan.standard.code} applies to a ${organisation.kind}`,
        { fields: [{ field: 'standardId', reasons: ['no criterion applies to this kind of organisation'] }] },
      );
    }
    const now = new Date();
    const audit = manager.create(AuditEntity, {
      id: randomUUID(),
      organisationId: organisation.organisationId,
      organisationName: organisation.name,
      standardId: plan.standard.id,
      kind: plan.kind,
      status: AuditStatus.Planned,
      plannedDate: plan.plannedDate,
      notes: plan.notes,
      summary: null,
      followUpOf: plan.followUpOf,
      score: null,
      grade: null,
      originalScore: null,
      originalGrade: null,
      startedAt: null,
      submittedAt: null,
      closedAt: null,
      cancelledAt: null,
      cancellationReason: null,
      version: 1,
      eventVersion: 1,
      createdAt: now,
      updatedAt: now,
    });
    await manager.insert(AuditEntity, audit);
    await this.insertInspectors(manager, audit, plan.inspectors);
    await this.emit(manager, audit, ComplianceEvent.auditPlanned, plan.meta);
    return audit.id;
  }

  private async insertInspectors(manager: EntityManager, audit: AuditEntity, inspectors: InspectorRefDto[]) {
    const ids = new Set<string>();
    for (const [i, inspector] of inspectors.entries()) {
      if (ids.has(inspector.accountId))
        throw fieldError(`inspectors[${i}].accountId`, 'an inspector is named twice');
      ids.add(inspector.accountId);
      if (inspector.organisationId && inspector.organisationId === audit.organisationId) {
        throw conflictOfInterest(audit.organisationId);
      }
      await manager.query(
        `INSERT INTO audit_inspector (audit_id, inspector_id, inspector_name, audit_date) VALUES ($1, $2, $3, $4)`,
        [audit.id, inspector.accountId, inspector.name.trim(), audit.plannedDate],
      );
    }
  }

  /** Only an inspector assigned to the audit conducts it; an admin may act for them. */
  private async requireAssignedInspector(
    manager: EntityManager,
    audit: AuditEntity,
    caller: RpcCaller | null,
  ) {
    if (!caller || caller.role === Role.AllianceAdmin) return;
    refuseConflictOfCaller(caller, audit.organisationId);
    const [assigned] = await manager.query(
      `SELECT 1 FROM audit_inspector WHERE audit_id = $1 AND inspector_id = $2`,
      [audit.id, caller.userId],
    );
    if (!assigned)
      throw new DomainError(ErrorCode.Forbidden, 'only an inspector assigned to this audit conducts it');
  }

  private async applicableCriterion(
    manager: EntityManager,
    audit: AuditEntity,
    criterionId: string,
    field: string,
  ): Promise<CriterionRow> {
    const criteria = await criteriaOf(manager, audit.standardId);
    const criterion = criteria.find((c) => c.id === criterionId);
    if (!criterion) throw fieldError(field, `criterion ${criterionId} is not part of the audit's standard`);
    const organisation = await manager.findOneByOrFail(MemberOrganisationEntity, {
      organisationId: audit.organisationId,
    });
    if (!appliesToKind(criterion, organisation.kind)) {
      throw fieldError(field, `criterion ${criterion.code} does not apply to a ${organisation.kind}`);
    }
    return criterion;
  }

  /** The criteria that apply to the organisation and the answers in force. */
  private async scoringInput(manager: EntityManager, audit: AuditEntity) {
    const organisation = await manager.findOneByOrFail(MemberOrganisationEntity, {
      organisationId: audit.organisationId,
    });
    const criteria = (await criteriaOf(manager, audit.standardId)).filter((c) =>
      appliesToKind(c, organisation.kind),
    );
    const answers = new Map<string, ScoringAnswer>(
      (await currentAnswers(manager, audit.id)).map((a) => [
        a.criterionId,
        { result: a.result, pointsAwarded: a.pointsAwarded },
      ]),
    );
    return { criteria, answers };
  }

  private shortfall(audit: AuditEntity, criterion: CriterionRow, answer: ScoringAnswer) {
    return {
      auditId: audit.id,
      organisationId: audit.organisationId,
      criterionId: criterion.id,
      criterionCode: criterion.code,
      criterionText: criterion.text,
      result: answer.result as 'not_met' | 'partly_met',
      pointsLost: criterion.points - pointsFor(criterion, answer),
      veto: criterion.veto,
      trainingCategory: criterion.trainingCategory,
    };
  }

  /**
   * The organisation's latest grade for the standard's code; a change is announced (one event sequence per
   * organisation, `organisation_compliance.event_version`).
   */
  private async recordGrade(
    manager: EntityManager,
    audit: AuditEntity,
    standard: StandardEntity,
    result: ScoreResult,
    meta: EventMeta,
  ): Promise<void> {
    const [current] = await manager.query(
      `SELECT grade, audit_id AS "auditId", submitted_at AS "submittedAt" FROM organisation_grade
        WHERE organisation_id = $1 AND standard_code = $2 FOR UPDATE`,
      [audit.organisationId, standard.code],
    );
    if (
      current &&
      current.auditId !== audit.id &&
      new Date(current.submittedAt) > (audit.submittedAt ?? new Date())
    )
      return;
    await manager.query(
      `INSERT INTO organisation_grade (organisation_id, standard_code, standard_id, audit_id, grade, score, submitted_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (organisation_id, standard_code) DO UPDATE
         SET standard_id = EXCLUDED.standard_id, audit_id = EXCLUDED.audit_id, grade = EXCLUDED.grade,
             score = EXCLUDED.score, submitted_at = EXCLUDED.submitted_at`,
      [
        audit.organisationId,
        standard.code,
        standard.id,
        audit.id,
        result.grade,
        result.score,
        audit.submittedAt,
      ],
    );
    if (current?.grade === result.grade) return;
    const [{ version }] = await manager.query(
      `INSERT INTO organisation_compliance (organisation_id, event_version) VALUES ($1, 1)
       ON CONFLICT (organisation_id) DO UPDATE SET event_version = organisation_compliance.event_version + 1
       RETURNING event_version AS version`,
      [audit.organisationId],
    );
    const data: GradeChangedData = {
      organisationId: audit.organisationId,
      standardCode: standard.code,
      standardId: standard.id,
      auditId: audit.id,
      previousGrade: current?.grade ?? null,
      grade: result.grade,
      score: result.score,
    };
    await this.outbox.append(manager, {
      type: ComplianceEvent.gradeChanged,
      aggregateId: audit.organisationId,
      aggregateVersion: version,
      data,
      meta,
    });
  }

  /** Saves a change (version + 1) and, when it is announced, its event (event version + 1). */
  private async bump(
    manager: EntityManager,
    audit: AuditEntity,
    type?: string,
    meta?: EventMeta,
    extra: Partial<AuditEventData> = {},
  ): Promise<void> {
    audit.version += 1;
    audit.updatedAt = new Date();
    if (type && meta) audit.eventVersion += 1;
    await manager.save(AuditEntity, audit);
    if (type && meta) await this.emit(manager, audit, type, meta, extra);
  }

  private async emit(
    manager: EntityManager,
    audit: AuditEntity,
    type: string,
    meta: EventMeta,
    extra: Partial<AuditEventData> = {},
  ): Promise<void> {
    const [standard] = await manager.query(`SELECT code, edition FROM standard WHERE id = $1`, [
      audit.standardId,
    ]);
    const inspectors: Array<{ id: string }> = await manager.query(
      `SELECT inspector_id AS id FROM audit_inspector WHERE audit_id = $1 ORDER BY inspector_id`,
      [audit.id],
    );
    const data: AuditEventData = {
      auditId: audit.id,
      organisationId: audit.organisationId,
      organisationName: audit.organisationName,
      standardId: audit.standardId,
      standardCode: standard.code,
      standardEdition: standard.edition,
      kind: audit.kind,
      plannedDate: audit.plannedDate,
      inspectorIds: inspectors.map((i) => i.id),
      score: audit.score,
      grade: audit.grade,
      ...extra,
    };
    await this.outbox.append(manager, {
      type,
      aggregateId: audit.id,
      aggregateVersion: audit.eventVersion,
      data,
      meta,
    });
  }

  /** One audit a day per inspector is the database's rule; its violation is answered as a conflict. */
  private async inTransaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      if (violatedConstraint(error, PgErrorCode.UniqueViolation) === 'audit_inspector_one_audit_a_day') {
        throw new DomainError(ErrorCode.Conflict, 'an inspector already has an audit on that day', {
          fields: [{ field: 'inspectors', reasons: ['an inspector has at most one audit a day'] }],
        });
      }
      throw error;
    }
  }
}
