import { BAND_GRADES, type StandardContentDto } from '@alliance/contracts/compliance';
import { fieldError } from '../shared/errors';

/**
 * The rules of a standard's content the DTO cannot say alone: each area's maximum is the sum of its
 * criteria's points, the total the sum of the areas, codes are unique, and the grade bands are A, B, C and D
 * once each with strictly descending minima and D at 0.
 */
export function checkStandardContent(content: StandardContentDto): void {
  const areaCodes = new Set<string>();
  const criterionCodes = new Set<string>();
  let total = 0;
  content.areas.forEach((area, i) => {
    if (areaCodes.has(area.code))
      throw fieldError(`areas[${i}].code`, `area code ${area.code} is used twice`);
    areaCodes.add(area.code);
    let sum = 0;
    area.criteria.forEach((criterion, j) => {
      if (criterionCodes.has(criterion.code)) {
        throw fieldError(`areas[${i}].criteria[${j}].code`, `criterion code ${criterion.code} is used twice`);
      }
      criterionCodes.add(criterion.code);
      sum += criterion.points;
    });
    if (sum !== area.maxPoints) {
      throw fieldError(
        `areas[${i}].maxPoints`,
        `area ${area.code} has maxPoints ${area.maxPoints} but its criteria add up to ${sum}`,
      );
    }
    total += area.maxPoints;
  });
  if (total !== content.totalPoints) {
    throw fieldError('totalPoints', `totalPoints is ${content.totalPoints} but the areas add up to ${total}`);
  }
  const bands = [...content.gradeBands];
  const grades = bands.map((b) => b.grade);
  if (BAND_GRADES.some((g) => !grades.includes(g))) {
    throw fieldError('gradeBands', 'gradeBands must give A, B, C and D once each');
  }
  const byGrade = (g: string) => bands.find((b) => b.grade === g)?.minPercent ?? 0;
  const minima = BAND_GRADES.map(byGrade);
  for (let i = 1; i < minima.length; i++) {
    if (minima[i] >= minima[i - 1]) {
      throw fieldError('gradeBands', 'minPercent must fall strictly from A to D');
    }
  }
  if (byGrade('D') !== 0) throw fieldError('gradeBands', 'D starts at minPercent 0');
}
