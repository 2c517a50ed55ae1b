import { escapeLike, textSearchCondition } from './search-condition';
import { isPostedTerm } from './search-postings-sql';
import { compareCodePoints, queryTerms, searchTerms } from './search-terms';

describe('search terms', () => {
  it('keeps every Chinese character and every pair of neighbours', () => {
    expect(searchTerms('启明托育')).toEqual(
      ['启', '启明', '托', '托育', '明', '明托', '育'].sort(compareCodePoints),
    );
  });

  it('asks a one-character query for the character, a longer one for its bigrams', () => {
    expect(queryTerms('启')).toEqual(['启']);
    expect(queryTerms('启明')).toEqual(['启明']);
    expect(queryTerms('启明托育')).toEqual(['启明', '明托', '托育'].sort(compareCodePoints));
  });

  it('tells 启明 from 明启: the reversed pair is another term', () => {
    expect(searchTerms('明启托育')).not.toContain('启明');
    expect(searchTerms('启明托育')).toContain('启明');
  });

  it('does not pair characters across anything that is not Chinese', () => {
    expect(searchTerms('高新 托育')).not.toContain('新托');
    expect(searchTerms('高新·托育')).not.toContain('新托');
    expect(searchTerms('高新A托育')).not.toContain('新托');
    expect(queryTerms('高新 托育')).toEqual(['托育', '高新'].sort(compareCodePoints));
  });

  it('lower-cases Latin letters and keeps each three neighbours of a token of letters and digits', () => {
    expect(searchTerms('Yiwei Childcare')).toEqual(
      ['yiw', 'iwe', 'wei', 'chi', 'hil', 'ild', 'ldc', 'dca', 'car', 'are'].sort(compareCodePoints),
    );
    expect(queryTerms('IWEI')).toEqual(['iwe', 'wei']);
    expect(searchTerms('91510100MA')).toContain('0ma');
  });

  it('gives no term for Latin tokens shorter than three, punctuation or full-width forms', () => {
    expect(queryTerms('ab')).toEqual([]);
    expect(queryTerms('9')).toEqual([]);
    expect(queryTerms('%_\\')).toEqual([]);
    expect(queryTerms('ＡＢＣ')).toEqual([]);
    expect(searchTerms('a b')).toEqual([]);
  });

  it('counts characters beyond U+FFFF as one character', () => {
    expect(searchTerms('𠀀𠀁')).toEqual(['𠀀', '𠀀𠀁', '𠀁']);
    expect(queryTerms('𠀀')).toEqual(['𠀀']);
  });

  it('treats Japanese kana and Korean syllables like Chinese characters', () => {
    expect(queryTerms('ほいく')).toEqual(['いく', 'ほい']);
    expect(queryTerms('보육')).toEqual(['보육']);
  });

  // The property the index relies on: a text that contains the query holds every term of the query.
  it('finds the terms of every substring of a text among the text terms', () => {
    const texts = [
      '成都市启明高新托育中心第二分园 Qiming Childcare Centre 91510100MA00000001',
      '咿薇托育 Yiwei Childcare 9151010071234567X8',
      'ABC托育·中心（高新）𠀀𠀁 x1 Ünïcode',
    ];
    for (const text of texts) {
      const stored = new Set(searchTerms(text));
      const chars = [...text];
      for (let i = 0; i < chars.length; i++) {
        for (let j = i + 1; j <= chars.length; j++) {
          const query = chars.slice(i, j).join('');
          for (const q of [query, query.toUpperCase(), query.toLowerCase()]) {
            const missing = queryTerms(q).filter((t) => !stored.has(t));
            if (missing.length) throw new Error(`"${q}" of "${text}": ${missing.join(', ')} not stored`);
          }
        }
      }
    }
  });
});

describe('search postings', () => {
  it('post the Chinese terms of a text, not its Latin trigrams', () => {
    const terms = searchTerms('启明托育 Qiming 915101');
    expect(terms.filter(isPostedTerm)).toEqual(searchTerms('启明托育'));
    expect(terms.filter((t) => !isPostedTerm(t))).toEqual(searchTerms('Qiming 915101'));
  });
});

describe('text search condition', () => {
  function build(query: string) {
    const params: unknown[] = [];
    const sql = textSearchCondition({
      termsColumn: 'm.search_terms',
      text: 'm.name',
      query,
      param: (v) => {
        params.push(v);
        return `$${params.length}`;
      },
    });
    return { sql, params };
  }

  it('asks for the terms through the index and rechecks the substring', () => {
    expect(build('启明')).toEqual({
      sql: '(m.search_terms @> $2::text[] AND m.name ILIKE $1)',
      params: ['%启明%', ['启明']],
    });
  });

  it('is the substring check alone when the query has no terms', () => {
    expect(build('a%')).toEqual({ sql: 'm.name ILIKE $1', params: ['%a\\%%'] });
  });

  it('escapes LIKE wildcards', () => {
    expect(escapeLike('50%_\\')).toBe('50\\%\\_\\\\');
  });
});
