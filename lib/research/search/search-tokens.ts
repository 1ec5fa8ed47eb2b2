// Words as the search index sees them: the same token characters and the same folding as SQLite's
// `unicode61 remove_diacritics 2` tokenizer, so a hit found by FTS5 can be located again in the
// text with exact UTF-16 offsets (FTS5 itself gives none).

/** Letters, numbers, combining marks and private-use characters (symbol-font bullets) make words. */
const TOKEN = /[\p{L}\p{N}\p{M}\p{Co}]+/gu;
const MARKS = /\p{M}/gu;

export interface SearchToken {
  /** The word folded: lower case, diacritics removed. */
  folded: string;
  start: number;
  end: number;
}

/** Lower case without diacritics (`Été` → `ete`), as the index compares words. */
export function foldSearchWord(word: string): string {
  return word.normalize('NFD').replace(MARKS, '').toLowerCase();
}

/** The words of a text with their UTF-16 offsets. */
export function tokenizeSearchText(text: string): SearchToken[] {
  const tokens: SearchToken[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const folded = foldSearchWord(match[0]);
    // A run of marks alone folds to nothing; the tokenizer keeps no empty words either.
    if (folded) tokens.push({ folded, start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

/** The folded words of a piece of a query, without offsets. */
export function searchWordsOf(text: string): string[] {
  return tokenizeSearchText(text).map((token) => token.folded);
}
