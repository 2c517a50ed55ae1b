import { validateSync } from 'class-validator';
import {
  IsUnifiedSocialCreditCode,
  isValidUnifiedSocialCreditCode,
  unifiedSocialCreditCodeCheckChar,
} from './unified-social-credit-code';

// Codes as published by their holders (business licences, public registers) and the standard's example.
const REAL_CODES = [
  '91350100M000100Y43', // GB 32100-2015 worked example
  '91110000802100433B', // 北京百度网讯科技有限公司
  '914403001922038216', // 华为技术有限公司
  '91330100799655058B', // 阿里巴巴(中国)有限公司
  '9144030071526726XG', // 深圳市腾讯计算机系统有限公司
  '91110108551385082Q', // 北京小米科技有限责任公司
  '12100000400000624D', // a public institution (事业单位, registration authority 1)
];

describe('unified social credit code (GB 32100-2015)', () => {
  it.each(REAL_CODES)('accepts the real code %s', (code) => {
    expect(isValidUnifiedSocialCreditCode(code)).toBe(true);
  });

  it.each(REAL_CODES)('refuses %s with any other check character', (code) => {
    const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    for (const other of alphabet.replace(code[17], '')) {
      expect(isValidUnifiedSocialCreditCode(code.slice(0, 17) + other)).toBe(false);
    }
  });

  it('computes the check character, mapping a remainder of 0 to "0"', () => {
    expect(unifiedSocialCreditCodeCheckChar('91350100M000100Y4')).toBe('3');
    expect(unifiedSocialCreditCodeCheckChar('9144030071526726X')).toBe('G');
    expect(unifiedSocialCreditCodeCheckChar('91440300192203821')).toBe('6');
  });

  it('refuses a single mistyped character (the check digit catches it)', () => {
    expect(isValidUnifiedSocialCreditCode('91110000802100434B')).toBe(false);
    expect(isValidUnifiedSocialCreditCode('914403001922038226')).toBe(false);
  });

  it('refuses two swapped neighbouring characters', () => {
    expect(isValidUnifiedSocialCreditCode('91110000801200433B')).toBe(false);
  });

  it.each([
    ['too short', '91110000802100433'],
    ['too long', '91110000802100433BB'],
    ['lower case', '91350100m000100y43'],
    ['letter I, which the alphabet leaves out', '91350100I000100Y43'],
    ['letter O', '91350100O000100Y43'],
    ['letters S, V, Z', '91350100S000100V4Z'],
    ['a letter in the division code', '913501A0M000100Y43'],
    ['spaces', '91350100M000100Y4 '],
    ['empty', ''],
  ])('refuses a malformed code (%s)', (_why, code) => {
    expect(isValidUnifiedSocialCreditCode(code)).toBe(false);
  });

  it('refuses values that are not strings', () => {
    expect(isValidUnifiedSocialCreditCode(123456789012345678n)).toBe(false);
    expect(isValidUnifiedSocialCreditCode(null)).toBe(false);
    expect(isValidUnifiedSocialCreditCode(undefined)).toBe(false);
  });

  it('works as a class-validator decorator with a readable message', () => {
    class Probe {
      @IsUnifiedSocialCreditCode()
      creditCode!: string;
    }
    const good = Object.assign(new Probe(), { creditCode: '91110000802100433B' });
    const bad = Object.assign(new Probe(), { creditCode: '91110000802100433C' });
    expect(validateSync(good)).toEqual([]);
    const errors = validateSync(bad);
    expect(errors).toHaveLength(1);
    expect(errors[0].constraints?.isUnifiedSocialCreditCode).toMatch(/creditCode must be an 18-character/);
  });
});
