import { normaliseAudience, reminderAt, resolveAudience, type ProjectedOrganisation } from './audience';

const org = (id: string, over: Partial<ProjectedOrganisation> = {}): ProjectedOrganisation => ({
  organisationId: id,
  name: `机构${id}`,
  kind: 'childcare_centre',
  districtCode: 'gaoxin',
  status: 'admitted',
  workingGroupIds: [],
  ...over,
});

const ORGS = [
  org('a'),
  org('b', { districtCode: 'wuhou', kind: 'hospital', workingGroupIds: ['wg'] }),
  org('c', { districtCode: 'wuhou', status: 'suspended', workingGroupIds: ['wg'] }),
  org('d', { status: 'applied' }),
  org('e', { districtCode: 'jinjiang', kind: 'kindergarten', status: 'expelled' }),
  org('f', { districtCode: 'jinjiang', kind: 'kindergarten', workingGroupIds: ['wg'] }),
];
const ids = (r: { organisations: ProjectedOrganisation[] }) => r.organisations.map((o) => o.organisationId);

describe('audience of a notice or an invitation', () => {
  it('the whole alliance is every admitted member, by district then name — not applied, suspended or expelled ones', () => {
    expect(ids(resolveAudience(normaliseAudience({ kind: 'alliance' }), ORGS))).toEqual(['a', 'f', 'b']);
  });

  it('chosen districts, kinds and a working group address their admitted members only', () => {
    const districts = normaliseAudience({ kind: 'districts', districtCodes: ['wuhou', 'jinjiang'] });
    expect(ids(resolveAudience(districts, ORGS))).toEqual(['f', 'b']);
    const kinds = normaliseAudience({ kind: 'kinds', kinds: ['hospital', 'kindergarten'] });
    expect(ids(resolveAudience(kinds, ORGS))).toEqual(['f', 'b']);
    const group = normaliseAudience({ kind: 'working_group', workingGroupId: 'wg' });
    expect(ids(resolveAudience(group, ORGS))).toEqual(['f', 'b']);
  });

  it('listed members: the admitted ones are addressed, the others are named as not admitted', () => {
    const listed = normaliseAudience({ kind: 'members', organisationIds: ['a', 'c', 'zz'] });
    expect(resolveAudience(listed, ORGS)).toMatchObject({ notAdmitted: ['c', 'zz'] });
    expect(ids(resolveAudience(listed, ORGS))).toEqual(['a']);
  });

  it('keeps only the list its kind uses', () => {
    expect(
      normaliseAudience({ kind: 'districts', districtCodes: ['gaoxin'], organisationIds: ['a'] }),
    ).toEqual({
      kind: 'districts',
      districtCodes: ['gaoxin'],
      kinds: null,
      workingGroupId: null,
      organisationIds: null,
    });
  });

  it('the reminder is the deadline minus the reminder days; none without a deadline', () => {
    expect(reminderAt(new Date('2026-12-10T16:00:00Z'), 3)?.toISOString()).toBe('2026-12-07T16:00:00.000Z');
    expect(reminderAt(new Date('2026-12-10T16:00:00Z'), 0)?.toISOString()).toBe('2026-12-10T16:00:00.000Z');
    expect(reminderAt(null, 3)).toBeNull();
  });
});
