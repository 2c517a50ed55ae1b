import type { AreaView, CriterionView, StandardSummary, StandardView } from '@alliance/contracts/compliance';
import type { OrganisationKind } from '@alliance/contracts/membership';
import type { CourseCategory } from '@alliance/contracts/training';
import type { EntityManager } from 'typeorm';
import { notFound } from '../shared/errors';
import { StandardEntity } from './standard.entity';

export interface CriterionRow {
  id: string;
  areaId: string;
  code: string;
  text: string;
  points: number;
  evidenceRequired: boolean;
  veto: boolean;
  appliesTo: OrganisationKind[];
  trainingCategory: CourseCategory | null;
}

export function toStandardSummary(s: StandardEntity): StandardSummary {
  return {
    id: s.id,
    code: s.code,
    edition: s.edition,
    title: s.title,
    issuer: s.issuer,
    effectiveFrom: s.effectiveFrom,
    status: s.status,
    totalPoints: s.totalPoints,
    supersedesId: s.supersedesId,
    supersededById: s.supersededById,
    publishedAt: s.publishedAt?.toISOString() ?? null,
    retiredAt: s.retiredAt?.toISOString() ?? null,
    version: s.version,
  };
}

/** The criteria of an edition in order (area, then position). */
export async function criteriaOf(manager: EntityManager, standardId: string): Promise<CriterionRow[]> {
  return manager.query(
    `SELECT c.id, c.area_id AS "areaId", c.code, c.text, c.points, c.evidence_required AS "evidenceRequired",
            c.veto, c.applies_to AS "appliesTo", c.training_category AS "trainingCategory"
       FROM standard_criterion c JOIN standard_area a ON a.id = c.area_id
      WHERE c.standard_id = $1 ORDER BY a.position, c.position`,
    [standardId],
  );
}

/** Whether a criterion applies to an organisation of this kind (no kinds listed: every kind). */
export function appliesToKind(criterion: Pick<CriterionRow, 'appliesTo'>, kind: string): boolean {
  return criterion.appliesTo.length === 0 || (criterion.appliesTo as string[]).includes(kind);
}

export async function loadStandardView(manager: EntityManager, id: string): Promise<StandardView> {
  const standard = await manager.findOneBy(StandardEntity, { id });
  if (!standard) throw notFound('standard', id);
  const areas: Array<{ id: string; code: string; title: string; maxPoints: number }> = await manager.query(
    `SELECT id, code, title, max_points AS "maxPoints" FROM standard_area WHERE standard_id = $1 ORDER BY position`,
    [id],
  );
  const criteria = await criteriaOf(manager, id);
  const areaViews: AreaView[] = areas.map((a) => ({
    ...a,
    criteria: criteria.filter((c) => c.areaId === a.id).map(({ areaId: _areaId, ...c }): CriterionView => c),
  }));
  return { ...toStandardSummary(standard), gradeBands: standard.gradeBands, areas: areaViews };
}
