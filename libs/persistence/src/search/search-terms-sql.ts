import type { QueryRunner } from 'typeorm';
import { assertIdentifier } from '../database-url';
import { CJK_RANGES, LATIN_GRAM } from './search-terms';

/**
 * The SQL function computing `searchTerms()` in the database, for a stored generated column. Versioned
 * in its name: a stored column keeps the terms of the function it was computed with, so a change of the
 * rules is a new function (v2) and a migration that recomputes the column — never a replaced body.
 */
export const SEARCH_TERMS_FUNCTION = 'search_terms_v1';

const regexEscape = (cp: number) => `\\U${cp.toString(16).padStart(8, '0')}`;
const NOT_CJK = `[^${CJK_RANGES.map(([lo, hi]) => `${regexEscape(lo)}-${regexEscape(hi)}`).join('')}]+`;
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * `CREATE FUNCTION search_terms_v1(text) RETURNS text[]` in the first schema of the search_path (the
 * service's own, in its migrations). IMMUTABLE, as a generated column requires — it depends on nothing
 * but its argument: ranges by code point and ASCII case folding, under the "C" collation, whatever the
 * database's locale.
 */
export function searchTermsFunctionSql(): string {
  return `
    CREATE OR REPLACE FUNCTION ${SEARCH_TERMS_FUNCTION}(source text) RETURNS text[]
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
      -- The planner guesses 1000 rows per set-returning function here, which would JIT-compile every call.
      SET jit = off
      AS $fn$
      SELECT coalesce(array_agg(DISTINCT term ORDER BY term), '{}')
        FROM (
          -- Chinese, Japanese, Korean runs: each character and each pair of neighbours.
          SELECT substr(run, i, n) COLLATE "C" AS term
            FROM regexp_split_to_table(source COLLATE "C", '${NOT_CJK}') AS run
            CROSS JOIN LATERAL generate_series(1, char_length(run)) AS i
            CROSS JOIN (VALUES (1), (2)) AS gram(n)
           WHERE i + n - 1 <= char_length(run)
          UNION ALL
          -- Latin letters and digits, ASCII lower-cased: each ${LATIN_GRAM} neighbours of a token.
          SELECT substr(token, i, ${LATIN_GRAM}) COLLATE "C"
            FROM regexp_split_to_table(translate(source COLLATE "C", '${UPPER}', '${UPPER.toLowerCase()}'), '[^a-z0-9]+') AS token
            CROSS JOIN LATERAL generate_series(1, char_length(token) - ${LATIN_GRAM - 1}) AS i
        ) AS terms
    $fn$`;
}

export interface SearchTermsColumn {
  table: string;
  /** The column of terms (default `search_terms`). */
  column?: string;
  /** The SQL expression of the searched text over the table's columns, e.g. `name || ' ' || coalesce(name_en, '')`. */
  source: string;
  /** Name of its GIN index (default `<table>_<column>_idx`). */
  index?: string;
}

/**
 * Adds the function (if missing), a stored generated column of the terms of `source` (computed for the
 * existing rows and by PostgreSQL on every write: no writer can forget it) and its GIN index. The index
 * has no pending list (fastupdate off): a write costs a little more, and a search never reads a long
 * unsorted list of recent entries — lists are read far more often than organisations are written.
 */
export async function addSearchTermsColumn(q: QueryRunner, options: SearchTermsColumn): Promise<void> {
  const table = assertIdentifier(options.table, 'table');
  const column = assertIdentifier(options.column ?? 'search_terms', 'column');
  const index = assertIdentifier(options.index ?? `${table}_${column}_idx`, 'index');
  await q.query(searchTermsFunctionSql());
  await q.query(
    `ALTER TABLE ${table} ADD COLUMN ${column} text[] GENERATED ALWAYS AS (${SEARCH_TERMS_FUNCTION}(${options.source})) STORED`,
  );
  await q.query(`CREATE INDEX ${index} ON ${table} USING gin (${column}) WITH (fastupdate = off)`);
}

/** Undoes `addSearchTermsColumn` (the function stays: other tables of the schema may use it). */
export async function dropSearchTermsColumn(
  q: QueryRunner,
  options: Pick<SearchTermsColumn, 'table' | 'column'>,
): Promise<void> {
  const table = assertIdentifier(options.table, 'table');
  const column = assertIdentifier(options.column ?? 'search_terms', 'column');
  await q.query(`ALTER TABLE ${table} DROP COLUMN ${column}`);
}
