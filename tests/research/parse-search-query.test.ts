// The search box's syntax, and that no input — however hostile — reaches FTS5 as syntax: every
// expression built from a parsed query is accepted by a real FTS5 table.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../../lib/errors';
import { toFtsMatchExpression } from '../../lib/research/search/fts-match-expression';
import { parseSearchQuery, type SearchQuery } from '../../lib/research/search/parse-search-query';
import { caught } from '../helpers/caught-app-error';
import { openTestDatabase } from '../helpers/test-db';

const db = openTestDatabase();
afterAll(() => db.close());

/** Runs the expression against the real sentence index: throws if FTS5 cannot parse it. */
function runsInFts(query: SearchQuery): void {
  db.prepare('SELECT count(*) FROM search_sentences WHERE search_sentences MATCH ?').get(toFtsMatchExpression(query));
  db.prepare('SELECT count(*) FROM search_annotations WHERE search_annotations MATCH ?').get(toFtsMatchExpression(query, 'attributes'));
}

describe('parseSearchQuery', () => {
  it('reads words as terms that must all occur, folded to lower case without diacritics', () => {
    expect(parseSearchQuery('ECPAT Kamboja Café')).toEqual({
      groups: [[{ words: ['ecpat'], prefix: false }], [{ words: ['kamboja'], prefix: false }], [{ words: ['cafe'], prefix: false }]],
      excluded: [],
    });
  });

  it('reads a quoted phrase as one term of consecutive words', () => {
    expect(parseSearchQuery('"perdagangan anak" Indonesia').groups).toEqual([
      [{ words: ['perdagangan', 'anak'], prefix: false }],
      [{ words: ['indonesia'], prefix: false }],
    ]);
  });

  it('reads -word and -"phrase" as exclusions', () => {
    expect(parseSearchQuery('anak -jalanan -"pekerja seks"')).toEqual({
      groups: [[{ words: ['anak'], prefix: false }]],
      excluded: [
        { words: ['jalanan'], prefix: false },
        { words: ['pekerja', 'seks'], prefix: false },
      ],
    });
  });

  it('reads word* as a prefix, and "phrase"* as a phrase ending in a prefix', () => {
    expect(parseSearchQuery('eksploit* "anak jal"*').groups).toEqual([
      [{ words: ['eksploit'], prefix: true }],
      [{ words: ['anak', 'jal'], prefix: true }],
    ]);
  });

  it('joins terms around OR into one group', () => {
    expect(parseSearchQuery('ECPAT OR UNICEF OR "save the children" Kamboja').groups).toEqual([
      [
        { words: ['ecpat'], prefix: false },
        { words: ['unicef'], prefix: false },
        { words: ['save', 'the', 'children'], prefix: false },
      ],
      [{ words: ['kamboja'], prefix: false }],
    ]);
  });

  it('reads a lower-case or as a word, not as the operator', () => {
    expect(parseSearchQuery('boys or girls').groups).toHaveLength(3);
  });

  it('reads a hyphenated reduplication as the phrase of its parts, as the index tokenizes it', () => {
    expect(parseSearchQuery('anak-anak').groups).toEqual([[{ words: ['anak', 'anak'], prefix: false }]]);
  });

  it('refuses an empty query, and one made only of punctuation', () => {
    expect(caught(() => parseSearchQuery('')).code).toBe('search.emptyQuery');
    expect(caught(() => parseSearchQuery('   ')).code).toBe('search.emptyQuery');
    expect(caught(() => parseSearchQuery('* : ( ) -')).code).toBe('search.emptyQuery');
  });

  it('refuses an unclosed quotation mark', () => {
    expect(caught(() => parseSearchQuery('"perdagangan anak')).code).toBe('search.unbalancedQuote');
    expect(caught(() => parseSearchQuery('"')).code).toBe('search.unbalancedQuote');
  });

  it('refuses a query that only excludes', () => {
    expect(caught(() => parseSearchQuery('-anak -"pekerja seks"')).code).toBe('search.onlyExclusions');
  });

  it('refuses a one-letter prefix', () => {
    const error = caught(() => parseSearchQuery('a*'));
    expect(error.code).toBe('search.prefixTooShort');
    expect(error.params).toEqual({ term: 'a*', min: 2 });
  });

  it('refuses OR at either end, twice in a row, or next to an exclusion', () => {
    for (const input of ['OR anak', 'anak OR', 'anak OR OR jalanan', 'anak OR -jalanan', '-anak OR jalanan']) {
      expect(caught(() => parseSearchQuery(input)).code).toBe('search.misplacedOr');
    }
  });

  it('refuses an overly long query', () => {
    expect(caught(() => parseSearchQuery('anak '.repeat(120))).code).toBe('search.tooLong');
    expect(caught(() => parseSearchQuery(Array.from({ length: 40 }, (_, i) => `w${i}`).join(' '))).code).toBe('search.tooLong');
  });

  it('gives every refusal a 400 status', () => {
    for (const input of ['', '"', '-x', 'a*', 'OR', 'x '.repeat(300)]) expect(caught(() => parseSearchQuery(input)).status).toBe(400);
  });
});

describe('toFtsMatchExpression', () => {
  it('quotes every word, marks prefixes, and puts exclusions after NOT', () => {
    expect(toFtsMatchExpression(parseSearchQuery('ECPAT OR unicef "anak jal"* -jalanan -"pekerja seks"'))).toBe(
      '(("ecpat" OR "unicef") AND "anak jal" *) NOT ("jalanan" OR "pekerja seks")',
    );
  });

  it('limits the expression to one column when asked', () => {
    expect(toFtsMatchExpression(parseSearchQuery('UNDP'), 'attributes')).toBe('{attributes} : ("undp")');
  });

  it('turns FTS5 operators, column filters and SQL in the input into plain quoted words', () => {
    const hostile = {
      'NEAR(': '"near"',
      // Punctuation inside a run of characters joins its words into a phrase, as the tokenizer would.
      'NEAR(anak jalanan, 3)': '"near anak" AND "jalanan" AND "3"',
      'text:anak': '"text anak"',
      '{text}: anak': '"text" AND "anak"',
      "x'; DROP TABLE documents; --": '"x" AND "drop" AND "table" AND "documents"',
      'anak AND jalanan': '"anak" AND "and" AND "jalanan"',
      'anak NOT jalanan': '"anak" AND "not" AND "jalanan"',
      '^anak + jalanan': '"anak" AND "jalanan"',
      'an"ak': null,
    } as const;
    for (const [input, expected] of Object.entries(hostile)) {
      if (expected === null) {
        expect(caught(() => parseSearchQuery(input)).code).toBe('search.unbalancedQuote');
        continue;
      }
      const query = parseSearchQuery(input);
      expect(toFtsMatchExpression(query), input).toBe(expected);
      runsInFts(query);
    }
  });

  it('never builds an expression FTS5 rejects, and never throws anything but AppError', () => {
    const alphabet = fc.constantFrom(...'aé Z0"*-:(){}^+.,\'\\;NEAROT\u0301\uF0B7🙂'.split(''), 'OR', 'NEAR', 'NOT', 'AND', ' ');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }), (parts) => {
        const input = parts.join('');
        let query: SearchQuery;
        try {
          query = parseSearchQuery(input);
        } catch (error) {
          expect(error).toBeInstanceOf(AppError);
          return;
        }
        runsInFts(query);
      }),
      { numRuns: 500 },
    );
  });
});
