import { CreateStandardDto } from '@alliance/contracts/compliance';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { checkStandardContent } from '../standard/standard-content';
import { SEED_STANDARD } from './seed-standard';

describe('the seed standard', () => {
  it('is a valid standard by the contract and the content rules: seven areas, 1000 points', () => {
    const dto = plainToInstance(CreateStandardDto, SEED_STANDARD);
    expect(validateSync(dto, { whitelist: true, forbidNonWhitelisted: true })).toEqual([]);
    expect(() => checkStandardContent(dto)).not.toThrow();
    expect(SEED_STANDARD.areas).toHaveLength(7);
    expect(SEED_STANDARD.totalPoints).toBe(1000);
  });

  it('covers the ratios, group sizes, staff checks, floors, food and fire safety, with veto criteria', () => {
    const text = SEED_STANDARD.areas.flatMap((a) => a.criteria.map((c) => c.text)).join('\n');
    for (const fact of [
      'one caregiver for every 3',
      '5 aged 12–24',
      '7 aged 24–36',
      'at most 10',
      '15 aged',
      '20 aged',
      '18 in mixed-age',
      'health certificate',
      'Background checks',
      'third floor',
      'Food safety',
      'Fire safety',
      'drills',
    ]) {
      expect(text.toLowerCase()).toContain(fact.toLowerCase());
    }
    const vetoes = SEED_STANDARD.areas.flatMap((a) => a.criteria.filter((c) => c.veto).map((c) => c.code));
    expect(vetoes).toEqual(['CON-1', 'STA-2', 'STA-3', 'HEA-3', 'SAF-1']);
  });
});
