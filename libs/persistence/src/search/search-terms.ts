/**
 * Text search for Chinese (and Latin) text without a Chinese parser or pg_bigm: the text is turned into
 * terms, kept in an indexed `text[]` column (GIN), and a query asks for the rows holding every term of
 * the query — then checks the exact substring with ILIKE, so the terms only narrow the rows down.
 *
 * - Chinese (and Japanese, Korean) characters: every single character and every pair of neighbours
 *   (overlapping bigrams, as Lucene's CJK analyzer makes them). A query of one character asks for that
 *   character; a longer one for its bigrams: 启明 → {启明}, 启明托育 → {启明, 明托, 托育}. 明启 holds the
 *   bigram 明启, not 启明, so a search for 启明 does not even read it.
 * - Latin letters and digits (English names, pinyin, credit codes): ASCII lower-cased, split into
 *   tokens of letters and digits, every three neighbouring characters of a token (trigrams, as pg_trgm
 *   makes them) — so that a part from inside a token (`iwei` of `Yiwei`, the middle of a credit code)
 *   is found too, which prefixes of tokens could not do. A query token of one or two Latin characters
 *   gives no term (too unselective to be worth an index entry; such queries match by ILIKE alone).
 * - Everything else (spaces, punctuation, full-width forms, accented letters) separates terms.
 *
 * Whenever a text contains a query (case-insensitively), the text's terms contain the query's terms:
 * the query's runs of characters lie inside the text's runs, so their n-grams are among the text's.
 * That is what makes the terms a safe pre-filter for the ILIKE.
 *
 * The same rules exist as SQL (`searchTermsFunctionSql`), which computes the stored column; the tests
 * check both agree.
 */

/** Code point ranges whose characters are searched by character and bigram. */
export const CJK_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x3040, 0x30ff], // Hiragana, Katakana
  [0x3400, 0x4dbf], // CJK Unified Ideographs Extension A
  [0x4e00, 0x9fff], // CJK Unified Ideographs
  [0xac00, 0xd7af], // Hangul syllables
  [0xf900, 0xfaff], // CJK Compatibility Ideographs
  [0x20000, 0x2fa1f], // Extensions B–F, Compatibility Supplement
];

/** The shortest Latin token a query searches by index. */
export const LATIN_GRAM = 3;

const hex = (cp: number) => `\\u{${cp.toString(16)}}`;
const CJK_RUN = new RegExp(`[${CJK_RANGES.map(([lo, hi]) => `${hex(lo)}-${hex(hi)}`).join('')}]+`, 'gu');
const LATIN_TOKEN = /[a-z0-9]+/g;

/** ASCII letters only, exactly as SQL's translate() in the stored column does it. */
function lowerAscii(text: string): string {
  return text.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

function grams(run: string[], n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i + n <= run.length; i++) out.push(run.slice(i, i + n).join(''));
  return out;
}

function cjkRuns(text: string): string[][] {
  // By code point, not UTF-16 unit: characters of the extensions beyond U+FFFF are one character.
  return (text.match(CJK_RUN) ?? []).map((run) => [...run]);
}

function latinTokens(text: string): string[][] {
  return (lowerAscii(text).match(LATIN_TOKEN) ?? []).map((token) => [...token]);
}

/** The terms stored for a text: what the indexed column holds. Sorted, without repeats. */
export function searchTerms(text: string): string[] {
  const terms = new Set<string>();
  for (const run of cjkRuns(text)) {
    for (const gram of [...grams(run, 1), ...grams(run, 2)]) terms.add(gram);
  }
  for (const token of latinTokens(text)) for (const gram of grams(token, LATIN_GRAM)) terms.add(gram);
  return [...terms].sort(compareCodePoints);
}

/**
 * The terms a row must hold to contain the query: a single Chinese character itself, the bigrams of
 * longer runs, the trigrams of Latin tokens of three or more. Empty when the query has none of these
 * (`a`, `91`, `%`): then only the ILIKE decides, without the index.
 */
export function queryTerms(query: string): string[] {
  const terms = new Set<string>();
  for (const run of cjkRuns(query)) {
    for (const gram of run.length === 1 ? run : grams(run, 2)) terms.add(gram);
  }
  for (const token of latinTokens(query)) for (const gram of grams(token, LATIN_GRAM)) terms.add(gram);
  return [...terms].sort(compareCodePoints);
}

/** Code point order, as PostgreSQL's "C" collation sorts the stored array. */
export function compareCodePoints(a: string, b: string): number {
  const x = [...a].map((c) => c.codePointAt(0) ?? 0);
  const y = [...b].map((c) => c.codePointAt(0) ?? 0);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i];
  return x.length - y.length;
}
