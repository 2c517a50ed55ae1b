import { queryTerms } from './search-terms';

/** `%`, `_` and `\` of a LIKE pattern taken literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export interface TextSearch {
  /** The column of stored terms (`addSearchTermsColumn`), qualified as the query needs it, e.g. `m.search_terms`. */
  termsColumn: string;
  /** The same text expression the column's terms were computed from, qualified likewise. */
  text: string;
  /** What the user typed (trimmed by the caller). */
  query: string;
  /** Adds a parameter and answers its placeholder (`$3`). */
  param: (value: unknown) => string;
}

/**
 * The WHERE condition of a substring search, case-insensitive: the rows whose stored terms contain every
 * term of the query (the GIN index finds them), then the exact substring (ILIKE) of those rows — the
 * terms are a pre-filter that never loses a match, the ILIKE decides. A query without terms (one or two
 * Latin letters or digits, punctuation) is the ILIKE alone.
 */
export function textSearchCondition(search: TextSearch): string {
  const like = `${search.text} ILIKE ${search.param(`%${escapeLike(search.query)}%`)}`;
  const terms = queryTerms(search.query);
  if (!terms.length) return like;
  return `(${search.termsColumn} @> ${search.param(terms)}::text[] AND ${like})`;
}
