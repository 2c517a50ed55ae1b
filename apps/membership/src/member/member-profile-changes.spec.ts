import { normaliseContacts, profileValueChanged } from './member-profile-changes';

describe('profile changes', () => {
  const stored = [{ name: '李园长', role: '园长', phone: '13812345678', email: null }];

  it('sees no change in contacts whose keys come back in another order', () => {
    const fromJsonb = [{ name: '李园长', role: '园长', email: null, phone: '13812345678' }];
    expect(profileValueChanged('contacts', normaliseContacts(stored), fromJsonb)).toBe(false);
  });

  it('treats an absent email as null on either side', () => {
    const withoutEmail = [{ name: '李园长', role: '园长', phone: '13812345678' }];
    expect(profileValueChanged('contacts', withoutEmail, stored)).toBe(false);
    expect(profileValueChanged('contacts', stored, withoutEmail)).toBe(false);
  });

  it('sees a changed, added, removed or reordered contact', () => {
    const other = { name: '王老师', role: '保健医', phone: '028-85123456', email: null };
    expect(profileValueChanged('contacts', [{ ...stored[0], phone: '13812345679' }], stored)).toBe(true);
    expect(profileValueChanged('contacts', [{ ...stored[0], email: 'a@example.cn' }], stored)).toBe(true);
    expect(profileValueChanged('contacts', [...stored, other], stored)).toBe(true);
    expect(profileValueChanged('contacts', [], stored)).toBe(true);
    // The order of the list is the organisation's choice (first = main contact), so it counts.
    expect(profileValueChanged('contacts', [other, ...stored], [...stored, other])).toBe(true);
  });

  it('compares plain fields by value, null and a missing English name included', () => {
    expect(profileValueChanged('licensedPlaces', 120, 120)).toBe(false);
    expect(profileValueChanged('licensedPlaces', 121, 120)).toBe(true);
    expect(profileValueChanged('nameEn', null, null)).toBe(false);
    expect(profileValueChanged('nameEn', 'Yiwei', null)).toBe(true);
  });
});
