import { validateSync } from 'class-validator';
import { IsResidentId, isValidResidentId, maskResidentId, residentIdCheckChar } from './resident-id';

// The standard's worked example and numbers built with its algorithm (no real person's number).
const VALID = ['11010519491231002X', '440524188001010014', '510104199003077313'];

describe('resident ID number (GB 11643-1999)', () => {
  it.each(VALID)('accepts %s', (id) => {
    expect(isValidResidentId(id)).toBe(true);
  });

  it.each(VALID)('refuses %s with any other check character', (id) => {
    for (const other of '0123456789X'.replace(id[17], '')) {
      expect(isValidResidentId(id.slice(0, 17) + other)).toBe(false);
    }
  });

  it('computes the check character, 10 as X', () => {
    expect(residentIdCheckChar('11010519491231002')).toBe('X');
    expect(residentIdCheckChar('44052418800101001')).toBe('4');
    expect(residentIdCheckChar('4405241880010100')).toBeNull();
  });

  it.each([
    ['lower-case x', '11010519491231002x'],
    ['an impossible date', '510104199002307316'],
    ['month 13', '510104199013077317'],
    ['17 characters', '51010419900307731'],
    ['letters', '51010419900307731A'],
    ['a leading 0', '010104199003077311'],
    ['empty', ''],
  ])('refuses %s', (_why, id) => {
    expect(isValidResidentId(id)).toBe(false);
  });

  it('refuses non-strings', () => {
    expect(isValidResidentId(510104199003077)).toBe(false);
    expect(isValidResidentId(null)).toBe(false);
  });

  it('masks all but the first and last four characters', () => {
    expect(maskResidentId('51010419900307731X')).toBe('5101**********731X');
  });

  it('works as a decorator naming the field', () => {
    class Probe {
      @IsResidentId()
      residentId!: string;
    }
    const errors = validateSync(Object.assign(new Probe(), { residentId: '510104199003077311' }));
    expect(errors[0].property).toBe('residentId');
    expect(errors[0].constraints?.isResidentId).toMatch(/GB 11643/);
  });
});
