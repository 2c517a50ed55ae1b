import { CreateDistricts1764400000000 } from './1764400000000-create-districts';
import { CreateMembers1764400100000 } from './1764400100000-create-members';
import { CreateWorkingGroups1764400200000 } from './1764400200000-create-working-groups';
import { MemberReapplication1764400300000 } from './1764400300000-member-reapplication';
import { PinyinNameOrder1764400400000 } from './1764400400000-pinyin-name-order';
import { WorkingGroupChairVacancy1764400500000 } from './1764400500000-working-group-chair-vacancy';
import { ListOrderIndexes1764400600000 } from './1764400600000-list-order-indexes';
import { MemberSearchTerms1764400700000 } from './1764400700000-member-search-terms';
import { MemberFigures1764400800000 } from './1764400800000-member-figures';
import { MemberSearchPostings1764400900000 } from './1764400900000-member-search-postings';
import { AffordableDesignation1764401000000 } from './1764401000000-affordable-designation';

/** In order; run after the messaging tables. */
export const membershipMigrations = [
  CreateDistricts1764400000000,
  CreateMembers1764400100000,
  CreateWorkingGroups1764400200000,
  MemberReapplication1764400300000,
  PinyinNameOrder1764400400000,
  WorkingGroupChairVacancy1764400500000,
  ListOrderIndexes1764400600000,
  MemberSearchTerms1764400700000,
  MemberFigures1764400800000,
  MemberSearchPostings1764400900000,
  AffordableDesignation1764401000000,
];
