import { ErrorCode } from '@alliance/contracts';
import {
  MEMBER_LIST_DEFAULT_LIMIT,
  type ListMembersDto,
  type MemberSortField,
  type SortOrder,
} from '@alliance/contracts/membership';
import { DomainError } from '@alliance/messaging';
import { textSearchCondition } from '@alliance/persistence';
import { decodeMemberCursor, filtersFingerprint } from './member-cursor';

/** The text the search terms of `member.search_terms` are computed from (migration MemberSearchTerms). */
const SEARCH_TEXT = `(m.name || ' ' || coalesce(m.name_en, '') || ' ' || m.credit_code)`;

/** Collation of `member.name` (migration PinyinNameOrder): pinyin order. */
export const NAME_COLLATION = 'alliance_zh';

/** One page of the member list as SQL, with what the next cursor must carry. */
export interface MemberListQuery {
  sql: string;
  params: unknown[];
  sort: MemberSortField;
  order: SortOrder;
  limit: number;
  filters: string;
}

function invalidCursor(why: string): DomainError {
  return new DomainError(ErrorCode.ValidationFailed, `the cursor is not valid for this list: ${why}`, {
    fields: [{ field: 'cursor', reasons: [`cursor ${why}`] }],
  });
}

/**
 * The keyset query of one page: rows strictly after the cursor's (sort key, id) in the list's order,
 * one more than the page size so that the caller knows whether a next page exists.
 */
export function buildMemberListQuery(query: ListMembersDto): MemberListQuery {
  const sort = query.sort ?? 'name';
  const order = query.order ?? 'asc';
  const limit = query.limit ?? MEMBER_LIST_DEFAULT_LIMIT;
  const text = query.text?.trim() || null;
  const filters = filtersFingerprint({
    status: query.status,
    kind: query.kind,
    districtCode: query.districtCode,
    allianceRole: query.allianceRole,
    text,
  });

  const params: unknown[] = [];
  const param = (value: unknown): string => {
    params.push(value);
    return `$${params.length}`;
  };
  const where: string[] = [];
  if (query.status) where.push(`m.status = ${param(query.status)}`);
  if (query.kind) where.push(`m.kind = ${param(query.kind)}`);
  if (query.districtCode) where.push(`m.district_code = ${param(query.districtCode)}`);
  if (query.allianceRole) where.push(`m.alliance_role = ${param(query.allianceRole)}`);
  if (text)
    where.push(textSearchCondition({ termsColumn: 'm.search_terms', text: SEARCH_TEXT, query: text, param }));

  // The name column's own collation (pinyin order), named here so that the cursor's key, a plain text
  // parameter, is compared exactly as the rows are ordered and as the name indexes are built.
  const column = sort === 'name' ? `m.name COLLATE ${NAME_COLLATION}` : 'm.applied_at';
  const direction = order === 'asc' ? 'ASC' : 'DESC';
  if (query.cursor) {
    const cursor = decodeMemberCursor(query.cursor);
    if (!cursor) throw invalidCursor('is malformed');
    if (cursor.sort !== sort || cursor.order !== order || cursor.filters !== filters) {
      throw invalidCursor('belongs to a list with other filters or another order');
    }
    const key =
      sort === 'name'
        ? `${param(cursor.key)} COLLATE ${NAME_COLLATION}`
        : `${param(cursor.key)}::timestamptz`;
    where.push(`(${column}, m.id) ${order === 'asc' ? '>' : '<'} (${key}, ${param(cursor.id)}::uuid)`);
  }

  const sql = `SELECT m.id, m.name, m.name_en, m.credit_code, m.kind, m.ownership, m.district_code, d.name AS district_name,
              m.alliance_role, m.status, m.licensed_places, m.affordable_places, m.applied_at, m.version
         FROM member m
         JOIN district d ON d.code = m.district_code
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY ${column} ${direction}, m.id ${direction}
        LIMIT ${param(limit + 1)}`;
  return { sql, params, sort, order, limit, filters };
}
