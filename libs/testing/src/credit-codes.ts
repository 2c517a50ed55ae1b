import { unifiedSocialCreditCodeCheckChar } from '@alliance/contracts';

const ORGANISATION_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
let serial = 0;

/**
 * A valid 统一社会信用代码 (Chengdu, 510100) that differs per call and per run, so tests never collide on
 * a unique key even against a database an earlier run left rows in. The check character follows GB 32100-2015.
 */
export function newCreditCode(divisionCode = '510100'): string {
  serial += 1;
  const random = Array.from(
    { length: 6 },
    () => ORGANISATION_CODE_ALPHABET[Math.floor(Math.random() * ORGANISATION_CODE_ALPHABET.length)],
  ).join('');
  const first17 = `91${divisionCode}${random}${String(serial % 1000).padStart(3, '0')}`;
  const check = unifiedSocialCreditCodeCheckChar(first17);
  if (!check) throw new Error(`no check character for ${first17}`);
  return first17 + check;
}
