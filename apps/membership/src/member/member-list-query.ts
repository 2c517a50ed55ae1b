import { ErrorCode } from '@alliance/contracts';
import {
  MEMBER_LIST_DEFAULT_LIMIT,
  type ListMembersDto,
  type MemberSortField,
  type SortOrder,
} from '@alliance/contracts/membership';
import { DomainError } from '@alliance/messaging';
import { isPostedTerm, queryTerms, textSearchCondition } from '@alliance/persistence';
import { decodeMemberCursor, filtersFingerprint } from './member-cursor';

/** The text the search terms of `member.search_terms` are computed from (migration MemberSearchTerms). */
const SEARCH_TEXT = `(m.name || ' ' || coalesce(m.name_en, '') || ' ' || m.credit_code)`;

/**
 * A MemberSummary as JSON text, written by PostgreSQL (`m` the member, `d` its district): the page goes
 * to the gateway and on to HTTP as text, never as fifty objects built and serialised in between. The
 * keys and formats are toMemberSummary's (appliedAt as toISOString writes it: stored to the millisecond).
 */
const SUMMARY_JSON = `json_build_object(
    'id', m.id, 'name', m.name, 'nameEn', m.name_en, 'creditCode', m.credit_code, 'kind', m.kind,
    'ownership', m.ownership, 'districtCode', m.district_code, 'districtName', d.name,
    'allianceRole', m.alliance_role, 'status', m.status, 'licensedPlaces', m.licensed_places,
    'affordablePlaces', m.affordable_places, 'affordableDesignation', m.affordable_designation_status,
    'appliedAt', to_char(m.applied_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    'version', m.version)::text`;

/** Collation of `member.name` (migration PinyinNameOrder): pinyin order. */
export const NAME_COLLATION = 'alliance_zh';

/** Enough to tell a rare term from a common one; counting further would cost as much as it saves. */
const POSTING_COUNT_CAP = 1000;

/** Rows beyond which a search's term or filters count as common (buildSearchDriverEstimate). */
const DRIVER_COUNT_CAP = 2000;

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

/** What a search page is read by: a term's postings (the default), or the filters' index. */
export type SearchDriver = 'postings' | 'filters';

function postedTerms(text: string | null): string[] {
  return text ? queryTerms(text).filter(isPostedTerm) : [];
}

/**
 * For a search with Chinese terms *and* equality filters, whether the term or the filters are rarer,
 * so that the page is read from the rarer side: the postings of a term checked against a filter few of
 * its organisations pass (托育 in a small county) would be walked far; that filter's own index, checked
 * for the term, is short. Counts capped at DRIVER_COUNT_CAP from indexes; null when there is no choice.
 */
export function buildSearchDriverEstimate(query: ListMembersDto): { sql: string; params: unknown[] } | null {
  const posted = postedTerms(query.text?.trim() || null);
  const filters: Array<[string, string | undefined]> = [
    ['status', query.status],
    ['kind', query.kind],
    ['district_code', query.districtCode],
    ['alliance_role', query.allianceRole],
    ['affordable_designation_status', query.affordableDesignation],
  ];
  const given = filters.filter((f): f is [string, string] => f[1] !== undefined);
  if (!posted.length || !given.length) return null;
  const params: unknown[] = [posted];
  const conditions = given.map(([column, value]) => {
    params.push(value);
    return `m.${column} = $${params.length}`;
  });
  return {
    sql: `SELECT (SELECT min((SELECT count(*) FROM (SELECT 1 FROM member_search_posting s WHERE s.term = t.term
                                                     LIMIT ${DRIVER_COUNT_CAP}) AS c))
                    FROM unnest($1::text[]) AS t(term))::int AS term_rows,
                 (SELECT count(*) FROM (SELECT 1 FROM member m WHERE ${conditions.join(' AND ')}
                                         LIMIT ${DRIVER_COUNT_CAP}) AS c)::int AS filter_rows`,
    params,
  };
}

/** The side with fewer rows (postings when both pass the cap: a term's walk stops after a page). */
export function chooseSearchDriver(estimate: { term_rows: number; filter_rows: number }): SearchDriver {
  return estimate.filter_rows < estimate.term_rows ? 'filters' : 'postings';
}

/**
 * The keyset query of one page: rows strictly after the cursor's (sort key, id) in the list's order,
 * one more than the page size so that the caller knows whether a next page exists.
 */
export function buildMemberListQuery(
  query: ListMembersDto,
  options: { drive?: SearchDriver } = {},
): MemberListQuery {
  const sort = query.sort ?? 'name';
  const order = query.order ?? 'asc';
  const limit = query.limit ?? MEMBER_LIST_DEFAULT_LIMIT;
  const text = query.text?.trim() || null;
  const filters = filtersFingerprint({
    status: query.status,
    kind: query.kind,
    districtCode: query.districtCode,
    allianceRole: query.allianceRole,
    // Absent from the fingerprint when not given, so cursors issued before this filter existed stay valid.
    ...(query.affordableDesignation && { affordableDesignation: query.affordableDesignation }),
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
  if (query.affordableDesignation) {
    where.push(`m.affordable_designation_status = ${param(query.affordableDesignation)}`);
  }
  if (text)
    where.push(textSearchCondition({ termsColumn: 'm.search_terms', text: SEARCH_TEXT, query: text, param }));

  // A search with Chinese terms reads the postings of one of them in the list's order (see
  // MemberSearchPostings): a page then costs the same however many organisations hold the term.
  const posted = options.drive === 'filters' ? [] : postedTerms(text);
  const keys = posted.length ? 'p' : 'm';
  // The name column's own collation (pinyin order), named here so that the cursor's key, a plain text
  // parameter, is compared exactly as the rows are ordered and as the name indexes are built.
  const column = sort === 'name' ? `${keys}.name COLLATE ${NAME_COLLATION}` : `${keys}.applied_at`;
  const direction = order === 'asc' ? 'ASC' : 'DESC';
  const keyset: string[] = [];
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
    keyset.push(`(${column}, ${keys}.id) ${order === 'asc' ? '>' : '<'} (${key}, ${param(cursor.id)}::uuid)`);
  }

  const columns = `m.id, m.name, m.applied_at, ${SUMMARY_JSON} AS summary`;
  if (!posted.length) {
    const conditions = [...where, ...keyset];
    const sql = `SELECT ${columns}
         FROM member m
         JOIN district d ON d.code = m.district_code
        ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
        ORDER BY ${column} ${direction}, m.id ${direction}
        LIMIT ${param(limit + 1)}`;
    return { sql, params, sort, order, limit, filters };
  }

  // Driven by the query's rarest posted term (counted up to POSTING_COUNT_CAP, from the index alone);
  // each posting's organisation is checked for every term, the exact text and the filters (OFFSET 0
  // keeps that check per posting, in the postings' order, rather than a scan of every match).
  const driver =
    posted.length === 1
      ? param(posted[0])
      : `(SELECT t.term FROM unnest(${param(posted)}::text[]) AS t(term)
           ORDER BY (SELECT count(*) FROM (SELECT 1 FROM member_search_posting s WHERE s.term = t.term
                                            LIMIT ${POSTING_COUNT_CAP}) AS c), t.term
           LIMIT 1)`;
  const sql = `SELECT ${columns}
         FROM member_search_posting p
        CROSS JOIN LATERAL (SELECT * FROM member m WHERE m.id = p.id AND ${where.join(' AND ')} OFFSET 0) AS m
         JOIN district d ON d.code = m.district_code
        WHERE ${[`p.term = ${driver}`, ...keyset].join(' AND ')}
        ORDER BY ${column} ${direction}, p.id ${direction}
        LIMIT ${param(limit + 1)}`;
  return { sql, params, sort, order, limit, filters };
}
