import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { ApplyForMembershipDto, ListMembersDto, SuspendMemberDto, UpdateMemberProfileDto } from './member.dto';

function failingFields(errors: ValidationError[], prefix = ''): string[] {
  return errors.flatMap((e) => {
    const path = prefix ? `${prefix}.${e.property}` : e.property;
    return e.children?.length ? failingFields(e.children, path) : [path];
  });
}

function check<T extends object>(cls: new () => T, body: object): string[] {
  return failingFields(validateSync(plainToInstance(cls, body), { whitelist: true, forbidNonWhitelisted: true }));
}

const application = {
  name: '咿薇托育',
  creditCode: '91110000802100433B',
  kind: 'childcare_centre',
  ownership: 'state_owned',
  districtCode: 'gaoxin',
  address: '成都市高新区天府大道',
  contacts: [{ name: '王园长', role: '园长', phone: '028-85123456', email: 'head@example.cn' }],
  licensedPlaces: 120,
  affordablePlaces: 80,
};

describe('membership DTOs', () => {
  it('accept a complete application, every field known to the whitelist', () => {
    expect(check(ApplyForMembershipDto, { ...application, nameEn: 'Yiwei Childcare', allianceRole: 'guidance_centre' })).toEqual([]);
  });

  it('refuse more affordable than licensed places, negative places and fractions', () => {
    expect(check(ApplyForMembershipDto, { ...application, affordablePlaces: 121 })).toEqual(['affordablePlaces']);
    expect(check(ApplyForMembershipDto, { ...application, licensedPlaces: -1, affordablePlaces: 0 })).toEqual([
      'licensedPlaces',
      'affordablePlaces',
    ]);
    expect(check(ApplyForMembershipDto, { ...application, affordablePlaces: 1.5 })).toEqual(['affordablePlaces']);
  });

  it('refuse a broken credit code, unknown enums, bad contacts and unknown fields', () => {
    expect(
      check(ApplyForMembershipDto, {
        ...application,
        creditCode: '91110000802100433C',
        kind: 'school',
        contacts: [{ name: '王', role: '园长', phone: '12345' }],
        colour: 'red',
      }),
    ).toEqual(expect.arrayContaining(['creditCode', 'kind', 'contacts.0.phone', 'colour']));
  });

  it('report exactly the failing fields', () => {
    expect(check(ApplyForMembershipDto, { ...application, kind: 'school', colour: 'red' }).sort()).toEqual([
      'colour',
      'kind',
    ]);
  });

  it('require at least one contact', () => {
    expect(check(ApplyForMembershipDto, { ...application, contacts: [] })).toEqual(['contacts']);
  });

  it('check affordable ≤ licensed in an update only when both are given', () => {
    const base = { id: '6f1c1c8e-6a43-4c59-9f43-3b1b8b3c0c11', expectedVersion: 1 };
    expect(check(UpdateMemberProfileDto, { ...base, affordablePlaces: 500 })).toEqual([]);
    expect(check(UpdateMemberProfileDto, { ...base, licensedPlaces: 10, affordablePlaces: 11 })).toEqual([
      'affordablePlaces',
    ]);
    expect(check(UpdateMemberProfileDto, { ...base, expectedVersion: 0 })).toEqual(['expectedVersion']);
  });

  it('require a non-blank reason to suspend', () => {
    const base = { id: '6f1c1c8e-6a43-4c59-9f43-3b1b8b3c0c11', expectedVersion: 3 };
    expect(check(SuspendMemberDto, { ...base, reason: '未按期整改' })).toEqual([]);
    expect(check(SuspendMemberDto, base)).toEqual(['reason']);
    expect(check(SuspendMemberDto, { ...base, reason: '   ' })).toEqual(['reason']);
  });

  it('bound the page size of a list to 1–100', () => {
    expect(check(ListMembersDto, { limit: 100, sort: 'name', order: 'desc', text: '托育' })).toEqual([]);
    expect(check(ListMembersDto, { limit: 101 })).toEqual(['limit']);
    expect(check(ListMembersDto, { limit: 0 })).toEqual(['limit']);
    expect(check(ListMembersDto, { sort: 'creditCode' })).toEqual(['sort']);
  });
});
