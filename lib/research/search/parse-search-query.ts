// Reads what a researcher types into the search box — words, "quoted phrases", -exclusions,
// prefix* and OR — into terms of folded words. Nothing of the input reaches FTS5 as syntax: the
// match expression is built from these words alone (fts-match-expression.ts), so `NEAR(`, `:`,
// `*` or quotes cannot change what the query means. A query that cannot be read is an AppError.
import { AppError } from '../../errors';
import { searchWordsOf } from './search-tokens';

/** One word or phrase: consecutive folded words; `prefix` lets the last word be a prefix. */
export interface SearchTerm {
  words: string[];
  prefix: boolean;
}

export interface SearchQuery {
  /** Every group must match; a group matches when one of its terms does (`a OR b`). */
  groups: SearchTerm[][];
  /** Terms a hit must not contain. */
  excluded: SearchTerm[];
}

export const MAX_QUERY_LENGTH = 500;
export const MAX_QUERY_TERMS = 32;
/** Shorter prefixes would match most of the index (and the index keeps 2- and 3-letter prefixes). */
export const MIN_PREFIX_LENGTH = 2;

type Item = { kind: 'term'; term: SearchTerm; excluded: boolean; text: string } | { kind: 'or' };

/** Parses a query; throws AppError (400) when it is empty, unbalanced or otherwise unreadable. */
export function parseSearchQuery(input: string): SearchQuery {
  if (input.length > MAX_QUERY_LENGTH) throw new AppError('search.tooLong', { limit: MAX_QUERY_LENGTH });
  const items = readItems(input);
  const terms = items.filter((item) => item.kind === 'term');
  if (terms.length > MAX_QUERY_TERMS) throw new AppError('search.tooLong', { limit: MAX_QUERY_LENGTH });
  const groups: SearchTerm[][] = [];
  const excluded: SearchTerm[] = [];
  let joinNext = false;
  items.forEach((item, index) => {
    if (item.kind === 'or') {
      const before = items[index - 1];
      const after = items[index + 1];
      const positive = (neighbour: Item | undefined) => neighbour?.kind === 'term' && !neighbour.excluded;
      if (!positive(before) || !positive(after)) throw new AppError('search.misplacedOr');
      joinNext = true;
      return;
    }
    if (item.excluded) excluded.push(item.term);
    else if (joinNext) groups[groups.length - 1]?.push(item.term);
    else groups.push([item.term]);
    joinNext = false;
  });
  if (groups.length === 0) throw new AppError(excluded.length > 0 ? 'search.onlyExclusions' : 'search.emptyQuery');
  return { groups, excluded };
}

/** Splits the input into terms and OR operators; words made only of punctuation are dropped. */
function readItems(input: string): Item[] {
  const items: Item[] = [];
  let at = 0;
  while (at < input.length) {
    const char = input[at] as string;
    if (/\s/u.test(char)) {
      at += 1;
      continue;
    }
    let excluded = false;
    if (char === '-' && at + 1 < input.length && !/\s/u.test(input[at + 1] as string)) {
      excluded = true;
      at += 1;
    }
    if (input[at] === '"') {
      const close = input.indexOf('"', at + 1);
      if (close < 0) throw new AppError('search.unbalancedQuote');
      const text = input.slice(at + 1, close);
      at = close + 1;
      // `"anak jal"*` asks for the phrase with its last word as a prefix.
      let prefix = false;
      while (input[at] === '*') {
        prefix = true;
        at += 1;
      }
      pushTerm(items, text, prefix, excluded);
      continue;
    }
    let end = at;
    while (end < input.length && input[end] !== '"' && !/\s/u.test(input[end] as string)) end += 1;
    const raw = input.slice(at, end);
    at = end;
    if (raw === 'OR' && !excluded) {
      items.push({ kind: 'or' });
      continue;
    }
    pushTerm(items, raw, /\*$/u.test(raw), excluded);
  }
  return items;
}

function pushTerm(items: Item[], text: string, prefix: boolean, excluded: boolean): void {
  const words = searchWordsOf(text);
  const last = words[words.length - 1];
  if (last === undefined) return;
  if (prefix && [...last].length < MIN_PREFIX_LENGTH) {
    throw new AppError('search.prefixTooShort', { term: `${text.replace(/\*+$/u, '')}*`, min: MIN_PREFIX_LENGTH });
  }
  items.push({ kind: 'term', term: { words, prefix }, excluded, text });
}
