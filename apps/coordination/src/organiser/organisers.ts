import { Role, type RpcCaller } from '@alliance/contracts';
import type { EntityManager } from 'typeorm';
import { forbidden } from '../shared/errors';
import type { ProjectedOrganisation } from '../notice/audience';

/**
 * Admins publish notices and organise meetings; a representative may too when the alliance granted its
 * organisation (the guidance centre's, typically). Answers the organisation acting, null for an admin.
 */
export async function requireOrganiser(
  manager: EntityManager,
  caller: RpcCaller | null,
): Promise<string | null> {
  if (!caller || caller.role === Role.AllianceAdmin) return null;
  if (caller.role === Role.MemberRep && caller.organisationId) {
    const [granted] = await manager.query(`SELECT 1 FROM organiser_grant WHERE organisation_id = $1`, [
      caller.organisationId,
    ]);
    if (granted) return caller.organisationId;
  }
  throw forbidden('only an alliance admin, or the representative of an organisation granted to, organises');
}

/** An organiser acting on something an organiser created: an admin on anything, a representative on its own. */
export async function requireOrganiserOf(
  manager: EntityManager,
  caller: RpcCaller | null,
  createdByOrganisationId: string | null,
): Promise<void> {
  const acting = await requireOrganiser(manager, caller);
  if (acting !== null && acting !== createdByOrganisationId) {
    throw forbidden("a representative organiser manages its own organisation's notices and meetings only");
  }
}

/** Every organisation of the projection with its working groups, for resolving an audience. */
export async function projectedOrganisations(manager: EntityManager): Promise<ProjectedOrganisation[]> {
  const rows: Array<{
    organisation_id: string;
    name: string;
    kind: string;
    district_code: string;
    status: string;
    groups: string[];
  }> = await manager.query(
    `SELECT m.organisation_id, m.name, m.kind, m.district_code, m.status,
            coalesce(array_agg(g.working_group_id) FILTER (WHERE g.working_group_id IS NOT NULL), '{}') AS groups
       FROM member_organisation m
       LEFT JOIN working_group_member g ON g.organisation_id = m.organisation_id
              AND EXISTS (SELECT 1 FROM working_group w WHERE w.id = g.working_group_id AND w.active)
      GROUP BY m.organisation_id`,
  );
  return rows.map((r) => ({
    organisationId: r.organisation_id,
    name: r.name,
    kind: r.kind,
    districtCode: r.district_code,
    status: r.status,
    workingGroupIds: r.groups,
  }));
}

/** The working group named by an audience must be known and active. */
export async function knownWorkingGroup(manager: EntityManager, id: string): Promise<boolean> {
  const [row] = await manager.query(`SELECT 1 FROM working_group WHERE id = $1 AND active`, [id]);
  return Boolean(row);
}
