// Where a query's terms occur in a text, as UTF-16 ranges: FTS5 says which sentence matched, this
// says which words, so the hit can be marked and opened in the editor.
import type { SearchQuery, SearchTerm } from './parse-search-query';
import { tokenizeSearchText, type SearchToken } from './search-tokens';

export interface TextRange {
  start: number;
  end: number;
}

function termMatchesAt(tokens: SearchToken[], at: number, term: SearchTerm): boolean {
  const last = term.words.length - 1;
  return term.words.every((word, i) => {
    const token = tokens[at + i];
    if (!token) return false;
    return i === last && term.prefix ? token.folded.startsWith(word) : token.folded === word;
  });
}

/** The ranges of every positive term of the query in `text`, sorted, overlapping ones merged. */
export function findQueryHits(text: string, query: SearchQuery): TextRange[] {
  const tokens = tokenizeSearchText(text);
  const terms = query.groups.flat();
  const found: TextRange[] = [];
  for (let at = 0; at < tokens.length; at++) {
    for (const term of terms) {
      if (!termMatchesAt(tokens, at, term)) continue;
      const first = tokens[at] as SearchToken;
      const lastToken = tokens[at + term.words.length - 1] as SearchToken;
      found.push({ start: first.start, end: lastToken.end });
    }
  }
  return mergeRanges(found);
}

/** Sorted ranges with overlapping or touching ones joined. */
export function mergeRanges(ranges: readonly TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TextRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}
