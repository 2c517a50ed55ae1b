import { isValidUnifiedSocialCreditCode, unifiedSocialCreditCodeCheckChar } from '@alliance/contracts';
import { creditCodeCheckChar, creditCodeProblem, isValidCreditCode } from '../src/lib/credit-code';
import { fieldErrors, fieldPath } from '../src/api/problems';
import { formatDate, formatDateTime } from '../src/lib/time';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const pick = (chars: string) => chars[Math.floor(Math.random() * chars.length)];

describe('the credit-code check as you type (GB 32100-2015, the contracts’ rule)', () => {
  it('agrees with libs/contracts on 2,000 random codes, valid and not', () => {
    for (let i = 0; i < 2000; i++) {
      const first17 =
        pick('9151') + pick(ALPHABET) + '510107' + Array.from({ length: 9 }, () => pick(ALPHABET)).join('');
      expect(creditCodeCheckChar(first17)).toBe(unifiedSocialCreditCodeCheckChar(first17));
      const code = first17 + (i % 2 ? creditCodeCheckChar(first17) : pick(ALPHABET));
      expect({ code, console: isValidCreditCode(code) }).toEqual({
        code,
        console: isValidUnifiedSocialCreditCode(code),
      });
    }
  });

  it('says what is wrong with a code being typed', () => {
    const valid = '91510100MA61234567'.slice(0, 17);
    const code = valid + creditCodeCheckChar(valid);
    expect(creditCodeProblem(code)).toBeNull();
    expect(creditCodeProblem('')).toBe('empty');
    expect(creditCodeProblem('915101')).toBe('length');
    expect(creditCodeProblem('915101', { partial: true })).toBeNull();
    expect(creditCodeProblem('91510I')).toBe('character');
    expect(creditCodeProblem('9151A1')).toBe('division');
    expect(creditCodeProblem(code + '1')).toBe('length');
    const wrong = valid + ALPHABET[(ALPHABET.indexOf(code[17]) + 1) % 31];
    expect(creditCodeProblem(wrong)).toBe('check');
    expect(creditCodeProblem(code.toLowerCase())).toBeNull();
    expect(isValidCreditCode(code.toLowerCase())).toBe(false);
  });
});

describe('problem+json field errors next to their fields', () => {
  it('turns dotted paths into form name paths', () => {
    expect(fieldPath('contacts.0.phone')).toEqual(['contacts', 0, 'phone']);
    expect(fieldPath('creditCode')).toEqual(['creditCode']);
    const problem = {
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      detail: 'invalid',
      instance: '/api/v1/members',
      code: 'VALIDATION_FAILED' as const,
      errors: [
        { field: 'creditCode', reasons: ['bad check character'] },
        { field: 'contacts.1.phone', reasons: ['not a phone'] },
        { field: 'unknown', reasons: ['x'] },
      ],
    };
    expect(fieldErrors(problem, (name) => name[0] !== 'unknown')).toEqual([
      { name: ['creditCode'], errors: ['bad check character'] },
      { name: ['contacts', 1, 'phone'], errors: ['not a phone'] },
    ]);
  });
});

describe('dates and times in Asia/Shanghai', () => {
  it('shows instants in Chengdu time whatever the machine’s zone', () => {
    expect(formatDateTime('2026-06-11T16:30:00.000Z')).toBe('2026-06-12 00:30');
    expect(formatDate('2026-06-11T16:30:00.000Z')).toBe('2026-06-12');
    expect(formatDateTime(null)).toBe('—');
  });
});
