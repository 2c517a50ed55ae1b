import { Role } from '@alliance/contracts';
import type {
  AuditPage,
  AuditView,
  ListAuditsDto,
  OrganisationComplianceView,
  StandardGradeView,
} from '@alliance/contracts/compliance';
import type { RequestContext } from '@alliance/messaging';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isDate } from '../shared/cursor';
import { organisationScope, requireOwnOrganisation } from '../shared/errors';
import { auditSummaries, loadAuditView } from './audit-view';
import { decodePageCursor, encodePageCursor } from '@alliance/persistence';

@Injectable()
export class AuditQueriesService {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async get(id: string, ctx: RequestContext): Promise<AuditView> {
    const view = await loadAuditView(this.dataSource.manager, id);
    requireOwnOrganisation(ctx.caller, view.organisationId);
    return view;
  }

  /** Audits by planned date (keyset pages); a representative sees its own organisation's only. */
  async list(dto: ListAuditsDto, ctx: RequestContext): Promise<AuditPage> {
    const organisationId = organisationScope(ctx.caller, dto.organisationId);
    const where: string[] = ['true'];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replaceAll('?', `$${params.length}`));
    };
    if (organisationId) add('a.organisation_id = ?', organisationId);
    if (dto.status) add('a.status = ?', dto.status);
    if (dto.inspectorId) {
      add(
        'EXISTS (SELECT 1 FROM audit_inspector i WHERE i.audit_id = a.id AND i.inspector_id = ?)',
        dto.inspectorId,
      );
    }
    if (dto.unassigned) {
      where.push(
        `a.status = 'planned' AND NOT EXISTS (SELECT 1 FROM audit_inspector i WHERE i.audit_id = a.id)`,
      );
    }
    if (dto.cursor) {
      const { key: date, id } = decodePageCursor(dto.cursor, isDate);
      params.push(date, id);
      where.push(`(a.planned_date, a.id) > ($${params.length - 1}::date, $${params.length}::uuid)`);
    }
    const limit = dto.limit ?? 50;
    params.push(limit + 1);
    const rows = await auditSummaries(
      this.dataSource.manager,
      where.join(' AND '),
      params,
      `ORDER BY a.planned_date, a.id LIMIT $${params.length}`,
    );
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return {
      items,
      nextCursor:
        rows.length > limit && last ? encodePageCursor({ key: last.plannedDate, id: last.id }) : null,
    };
  }

  /** Latest grade per standard, open and overdue actions, and the audit history of one organisation. */
  async organisationStatus(organisationId: string, ctx: RequestContext): Promise<OrganisationComplianceView> {
    if (ctx.caller?.role === Role.MemberRep) requireOwnOrganisation(ctx.caller, organisationId);
    const manager = this.dataSource.manager;
    const [organisation] = await manager.query(
      `SELECT name FROM member_organisation WHERE organisation_id = $1`,
      [organisationId],
    );
    const latestGrades: StandardGradeView[] = await manager.query(
      `SELECT g.standard_code AS "standardCode", g.standard_id AS "standardId", s.edition AS "standardEdition",
              g.audit_id AS "auditId", g.grade, g.score::text AS score, to_json(g.submitted_at) #>> '{}' AS "submittedAt"
         FROM organisation_grade g JOIN standard s ON s.id = g.standard_id
        WHERE g.organisation_id = $1 ORDER BY g.standard_code`,
      [organisationId],
    );
    const [counts] = await manager.query(
      `SELECT count(*) FILTER (WHERE status <> 'closed')::int AS "openActions",
              count(*) FILTER (WHERE status <> 'closed' AND overdue_at IS NOT NULL)::int AS "overdueActions"
         FROM corrective_action WHERE organisation_id = $1`,
      [organisationId],
    );
    const history = await auditSummaries(
      manager,
      `a.organisation_id = $1 AND a.status IN ('submitted', 'closed')`,
      [organisationId],
      'ORDER BY a.submitted_at DESC LIMIT 50',
    );
    return {
      organisationId,
      organisationName: organisation?.name ?? null,
      latestGrades,
      openActions: counts.openActions,
      overdueActions: counts.overdueActions,
      history,
    };
  }
}
