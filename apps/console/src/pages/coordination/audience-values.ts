import type { Schemas } from '../../api/client';

export interface AudienceValues {
  audienceKind: Schemas['AudienceDto']['kind'];
  districtCodes?: string[];
  kinds?: string[];
  workingGroupId?: string;
  organisationIds?: string[];
}

/** Who a notice or meeting is addressed to, as the gateway takes it, from the form's fields. */
export function audienceOf(values: AudienceValues): Schemas['AudienceDto'] {
  switch (values.audienceKind) {
    case 'districts':
      return { kind: 'districts', districtCodes: values.districtCodes ?? [] };
    case 'kinds':
      return { kind: 'kinds', kinds: (values.kinds ?? []) as Schemas['AudienceDto']['kinds'] };
    case 'working_group':
      return { kind: 'working_group', workingGroupId: values.workingGroupId };
    case 'members':
      return { kind: 'members', organisationIds: values.organisationIds ?? [] };
    default:
      return { kind: 'alliance' };
  }
}
