import type { CreateStandardDto, CriterionDto } from '@alliance/contracts/compliance';
import { SEED_STANDARD_CODE } from '../shared/compliance-config';

type Seed = Omit<CriterionDto, 'appliesTo' | 'trainingCategory'> & {
  trainingCategory?: CriterionDto['trainingCategory'];
};

const CHILDCARE: CriterionDto['appliesTo'] = ['childcare_centre', 'kindergarten'];
const c = (
  code: string,
  points: number,
  text: string,
  options: { evidence?: boolean; veto?: boolean; training?: CriterionDto['trainingCategory'] } = {},
): Seed => ({
  code,
  points,
  text,
  evidenceRequired: options.evidence ?? false,
  veto: options.veto ?? false,
  trainingCategory: options.training ?? null,
});

const area = (code: string, title: string, criteria: Seed[]) => ({
  code,
  title,
  maxPoints: criteria.reduce((sum, x) => sum + x.points, 0),
  criteria: criteria.map((x) => ({ ...x, appliesTo: CHILDCARE })),
});

/**
 * The alliance's quality standard loaded on first start. Its STRUCTURE follows the national childcare
 * institution quality assessment standard WS/T 821—2023 (seven areas, 1,000 points, grades A–D, veto items);
 * the criteria are the alliance's own words, not the standard's text.
 */
export const SEED_STANDARD: CreateStandardDto = {
  code: SEED_STANDARD_CODE,
  title: '托育机构质量评估标准（联盟版） Childcare quality assessment, alliance edition',
  issuer: '成都市南部片区托育联盟 Chengdu Southern Area Childcare Alliance',
  effectiveFrom: '2026-01-01',
  totalPoints: 1000,
  gradeBands: [
    { grade: 'A', minPercent: 90 },
    { grade: 'B', minPercent: 75 },
    { grade: 'C', minPercent: 60 },
    { grade: 'D', minPercent: 0 },
  ],
  areas: [
    area('CON', '办托条件 Conditions', [
      c('CON-1', 30, 'Rooms used by children are on the ground floor up to the third floor, never higher.', {
        evidence: true,
        veto: true,
      }),
      c(
        'CON-2',
        40,
        'Indoor and outdoor activity space per child meets the local licensing rules, with daylight and ventilation.',
      ),
      c(
        'CON-3',
        40,
        'Separate areas for sleeping, play, feeding, nursing and hygiene, sized for the enrolled age groups.',
      ),
      c(
        'CON-4',
        40,
        'Registered and filed with the district health authority; the filing matches the places actually offered.',
        {
          evidence: true,
        },
      ),
    ]),
    area('STA', '托育队伍 Staff', [
      c(
        'STA-1',
        40,
        'At least one caregiver for every 3 children aged 6–12 months, 5 aged 12–24 months and 7 aged 24–36 months, at all times.',
        {
          evidence: true,
          training: 'management',
        },
      ),
      c(
        'STA-2',
        30,
        'Every staff member holds a valid health certificate before starting work and renews it every year.',
        {
          evidence: true,
          veto: true,
          training: 'health_and_hygiene',
        },
      ),
      c(
        'STA-3',
        30,
        'Background checks for every staff member before hiring: nobody with a record of harm to children is employed.',
        {
          evidence: true,
          veto: true,
        },
      ),
      c(
        'STA-4',
        30,
        'Caregivers hold a caregiving qualification and complete their yearly continuing training hours.',
        {
          training: 'care_and_feeding',
        },
      ),
      c('STA-5', 20, 'The director has childcare management experience and training.', {
        training: 'management',
      }),
    ]),
    area('CAR', '保育照护 Care', [
      c(
        'CAR-1',
        40,
        'Groups of at most 10 children aged 6–12 months, 15 aged 12–24 months, 20 aged 24–36 months, and 18 in mixed-age groups.',
        {
          evidence: true,
        },
      ),
      c(
        'CAR-2',
        40,
        'A daily routine for feeding, sleep, toileting and outdoor time that follows each child’s needs.',
        {
          training: 'care_and_feeding',
        },
      ),
      c(
        'CAR-3',
        40,
        'Play-based activities for movement, language, cognition and social development, planned by age.',
        {
          training: 'early_development',
        },
      ),
      c(
        'CAR-4',
        40,
        'Each child’s development is observed and recorded, and the records are shared with the family.',
        {
          training: 'early_development',
        },
      ),
      c('CAR-5', 40, 'Responsive, warm caregiving; no physical punishment, threats or neglect.', {
        training: 'care_and_feeding',
      }),
    ]),
    area('HEA', '卫生保健 Health', [
      c('HEA-1', 30, 'A health check on admission and a health record for every child.', {
        training: 'medical_childcare_integration',
      }),
      c('HEA-2', 30, 'A morning health check every day and observation through the day, with records.', {
        training: 'health_and_hygiene',
      }),
      c(
        'HEA-3',
        40,
        'Food safety: licensed suppliers, a licensed kitchen or caterer, 48-hour sample retention, allergens managed.',
        {
          evidence: true,
          veto: true,
          training: 'health_and_hygiene',
        },
      ),
      c(
        'HEA-4',
        30,
        'Cleaning and disinfection schedules kept; infectious diseases reported and handled as required.',
        {
          training: 'health_and_hygiene',
        },
      ),
      c('HEA-5', 20, 'Growth monitoring and balanced menus reviewed by a health professional.', {
        training: 'medical_childcare_integration',
      }),
    ]),
    area('PAR', '养育支持 Parenting support', [
      c(
        'PAR-1',
        40,
        'Daily communication with families about each child, and a channel for their questions.',
        {
          training: 'parenting_guidance',
        },
      ),
      c('PAR-2', 30, 'Parenting guidance sessions for families at least once a quarter.', {
        training: 'parenting_guidance',
      }),
      c('PAR-3', 30, 'Open days and outreach to the community on science-based parenting.'),
    ]),
    area('SAF', '安全保障 Safety', [
      c(
        'SAF-1',
        40,
        'Fire safety: extinguishers and alarms maintained, escape routes clear, fire inspection passed.',
        {
          evidence: true,
          veto: true,
          training: 'safety_and_first_aid',
        },
      ),
      c('SAF-2', 30, 'Fire and emergency evacuation drills at least once a quarter, with records.', {
        evidence: true,
        training: 'safety_and_first_aid',
      }),
      c(
        'SAF-3',
        30,
        'Video surveillance of children’s areas and entrances, kept as required, and controlled access.',
      ),
      c(
        'SAF-4',
        30,
        'Child-safe furniture and fittings: covered sockets, guarded windows and stairs, no sharp corners.',
      ),
      c('SAF-5', 20, 'Children are handed over only to authorised, verified adults.', {
        training: 'safety_and_first_aid',
      }),
    ]),
    area('MAN', '机构管理 Management', [
      c('MAN-1', 30, 'Written policies and emergency plans, known to the staff.', { training: 'management' }),
      c('MAN-2', 20, 'Children’s and staff records kept complete and private.'),
      c('MAN-3', 20, 'Fees published and agreed in a written contract with each family.'),
      c('MAN-4', 30, 'Complaints handled and recorded; a yearly self-assessment against this standard.', {
        training: 'management',
      }),
    ]),
  ],
};
