import type { AudienceDto, AudienceView } from '@alliance/contracts/coordination';
import type { OrganisationKind } from '@alliance/contracts/membership';

/** A member organisation as coordination's projection knows it. */
export interface ProjectedOrganisation {
  organisationId: string;
  name: string;
  kind: string;
  districtCode: string;
  status: string;
  /** The working groups it belongs to. */
  workingGroupIds: string[];
}

export interface ResolvedAudience {
  organisations: ProjectedOrganisation[];
  /** Listed members that are not admitted (unknown, applied, suspended, withdrawn, expelled). */
  notAdmitted: string[];
}

/** The audience as stored: only the list its kind uses. */
export function normaliseAudience(a: AudienceDto): AudienceView {
  return {
    kind: a.kind,
    districtCodes: a.kind === 'districts' ? [...(a.districtCodes ?? [])] : null,
    kinds: a.kind === 'kinds' ? [...((a.kinds ?? []) as OrganisationKind[])] : null,
    workingGroupId: a.kind === 'working_group' ? (a.workingGroupId ?? null) : null,
    organisationIds: a.kind === 'members' ? [...(a.organisationIds ?? [])] : null,
  };
}

/**
 * The organisations addressed, from the projection at this moment: admitted members only (a suspended one
 * is not addressed, and neither is one admitted after this moment — the result is written down once).
 * Sorted by district then name, so lists and figures read the same every time.
 */
export function resolveAudience(
  audience: AudienceView,
  organisations: readonly ProjectedOrganisation[],
): ResolvedAudience {
  const admitted = organisations.filter((o) => o.status === 'admitted');
  let chosen: ProjectedOrganisation[];
  let notAdmitted: string[] = [];
  switch (audience.kind) {
    case 'alliance':
      chosen = admitted;
      break;
    case 'districts': {
      const districts = new Set(audience.districtCodes ?? []);
      chosen = admitted.filter((o) => districts.has(o.districtCode));
      break;
    }
    case 'kinds': {
      const kinds = new Set<string>(audience.kinds ?? []);
      chosen = admitted.filter((o) => kinds.has(o.kind));
      break;
    }
    case 'working_group': {
      const group = audience.workingGroupId;
      chosen = admitted.filter((o) => group !== null && o.workingGroupIds.includes(group));
      break;
    }
    case 'members': {
      const listed = new Set(audience.organisationIds ?? []);
      chosen = admitted.filter((o) => listed.has(o.organisationId));
      const found = new Set(chosen.map((o) => o.organisationId));
      notAdmitted = [...listed].filter((id) => !found.has(id));
      break;
    }
  }
  return {
    organisations: [...chosen].sort(
      (a, b) => a.districtCode.localeCompare(b.districtCode) || a.name.localeCompare(b.name, 'zh-CN'),
    ),
    notAdmitted,
  };
}

/**
 * When the reminder goes out: the deadline minus the reminder days. None when nothing is to be
 * acknowledged; a reminder due before publication goes out at the first check after it.
 */
export function reminderAt(acknowledgeBy: Date | null, daysBefore: number): Date | null {
  if (!acknowledgeBy) return null;
  return new Date(acknowledgeBy.getTime() - daysBefore * 86_400_000);
}
