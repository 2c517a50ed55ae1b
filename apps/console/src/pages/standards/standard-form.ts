import type { Schemas } from '../../api/client';

export type Standard = Schemas['Standard'];
export type StandardSummary = Schemas['StandardSummary'];
export type Content = Schemas['StandardContentDto'];
type CriterionBody = Schemas['CriterionDto'];

export const GRADES = ['A', 'B', 'C', 'D'] as const;

export interface CriterionFields {
  code?: string;
  text?: string;
  points?: number | null;
  evidenceRequired?: boolean;
  veto?: boolean;
  appliesTo?: CriterionBody['appliesTo'];
  trainingCategory?: CriterionBody['trainingCategory'] | null;
}
export interface AreaFields {
  code?: string;
  title?: string;
  criteria?: (CriterionFields | undefined)[];
}
export interface StandardFields {
  code?: string;
  title: string;
  issuer: string;
  effectiveFrom: string;
  areas: (AreaFields | undefined)[];
  /** A, B and C's minimum percentages; D always starts at 0. */
  minA?: number | null;
  minB?: number | null;
  minC?: number | null;
}

const points = (c: CriterionFields | undefined) => (typeof c?.points === 'number' ? c.points : 0);

/** An area's maximum is what its criteria add up to, and the standard's total what its areas add up to. */
export function areaPoints(area: AreaFields | undefined): number {
  return (area?.criteria ?? []).reduce((n, c) => n + points(c), 0);
}
export function totalPoints(areas: readonly (AreaFields | undefined)[]): number {
  return areas.reduce((n, a) => n + areaPoints(a), 0);
}

/** The grade bands must fall strictly from A to D (D at 0), as the compliance service checks. */
export function gradeBandProblem(
  f: Pick<StandardFields, 'minA' | 'minB' | 'minC'>,
): 'missing' | 'order' | null {
  const minima = [f.minA, f.minB, f.minC];
  if (minima.some((m) => typeof m !== 'number')) return 'missing';
  const [a, b, c] = minima as number[];
  return a > b && b > c && c > 0 && a <= 100 ? null : 'order';
}

/** Form paths of codes used more than once: area codes among areas, criterion codes across the standard. */
export function duplicateCodes(areas: readonly (AreaFields | undefined)[]): (string | number)[][] {
  const seenAreas = new Set<string>();
  const seenCriteria = new Set<string>();
  const paths: (string | number)[][] = [];
  areas.forEach((area, i) => {
    const code = area?.code?.trim();
    if (code) {
      if (seenAreas.has(code)) paths.push(['areas', i, 'code']);
      seenAreas.add(code);
    }
    (area?.criteria ?? []).forEach((c, j) => {
      const cc = c?.code?.trim();
      if (!cc) return;
      if (seenCriteria.has(cc)) paths.push(['areas', i, 'criteria', j, 'code']);
      seenCriteria.add(cc);
    });
  });
  return paths;
}

/** The content as the gateway takes it, with each area's maximum and the total worked out. */
export function standardContent(f: StandardFields): Content {
  const areas = f.areas.map((area) => ({
    code: (area?.code ?? '').trim(),
    title: (area?.title ?? '').trim(),
    maxPoints: areaPoints(area),
    criteria: (area?.criteria ?? []).map((c) => ({
      code: (c?.code ?? '').trim(),
      text: (c?.text ?? '').trim(),
      points: points(c),
      evidenceRequired: !!c?.evidenceRequired,
      veto: !!c?.veto,
      appliesTo: c?.appliesTo ?? [],
      ...(c?.trainingCategory ? { trainingCategory: c.trainingCategory } : {}),
    })),
  }));
  return {
    title: f.title.trim(),
    issuer: f.issuer.trim(),
    effectiveFrom: f.effectiveFrom,
    totalPoints: totalPoints(f.areas),
    areas,
    gradeBands: [
      { grade: 'A', minPercent: f.minA ?? 0 },
      { grade: 'B', minPercent: f.minB ?? 0 },
      { grade: 'C', minPercent: f.minC ?? 0 },
      { grade: 'D', minPercent: 0 },
    ],
  };
}

/** A standard's content as the editor's fields (a draft opened again, or the next edition's copy). */
export function standardFields(s: Standard): StandardFields {
  const band = (g: string) => s.gradeBands.find((b) => b.grade === g)?.minPercent ?? null;
  return {
    code: s.code,
    title: s.title,
    issuer: s.issuer,
    effectiveFrom: s.effectiveFrom,
    areas: s.areas.map((a) => ({
      code: a.code,
      title: a.title,
      criteria: a.criteria.map((c) => ({
        code: c.code,
        text: c.text,
        points: c.points,
        evidenceRequired: c.evidenceRequired,
        veto: c.veto,
        appliesTo: c.appliesTo,
        trainingCategory: (c.trainingCategory as CriterionFields['trainingCategory']) ?? null,
      })),
    })),
    minA: band('A'),
    minB: band('B'),
    minC: band('C'),
  };
}
