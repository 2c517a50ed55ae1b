import { attachment } from './content-disposition';

describe('attachment (RFC 5987 filename*)', () => {
  it('sends the Chinese name percent-encoded in UTF-8 and an ASCII fallback', () => {
    expect(attachment('联盟看板-托位-2026-11-29.xlsx', 'alliance-dashboard-places-2026-11-29.xlsx')).toBe(
      `attachment; filename="alliance-dashboard-places-2026-11-29.xlsx"; filename*=UTF-8''` +
        '%E8%81%94%E7%9B%9F%E7%9C%8B%E6%9D%BF-%E6%89%98%E4%BD%8D-2026-11-29.xlsx',
    );
  });

  it('encodes what attr-char does not allow and keeps quotes out of the fallback', () => {
    expect(attachment("a'b(c)*.xlsx", 'a"b\\c.xlsx')).toBe(`attachment; filename="a_b_c.xlsx"; filename*=UTF-8''a%27b%28c%29%2A.xlsx`);
  });
});
