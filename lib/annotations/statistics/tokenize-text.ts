// Splits text into the tokens the statistics finder reads: numbers as written (`40.000`, `16,8`),
// words (hyphenated ones whole: `anak-anak`, `kira-kira`), ordinals (`ke-20`) and single symbols.

export type TokenType = 'number' | 'word' | 'ordinal' | 'symbol';

export interface Token {
  type: TokenType;
  text: string;
  /** Lower-cased text, for vocabulary look-ups. */
  lower: string;
  start: number;
  end: number;
  /** Whitespace separates this token from the previous one (or it is the first). */
  spaceBefore: boolean;
  /** First token of the text or of a line. */
  lineStart: boolean;
}

const TOKEN = /ke-\d+|\d+(?:[.,]\d+)*|\p{L}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*|\S/giu;
const LETTER = /\p{L}/u;

/** All tokens of `text`, in order, with their offsets. */
export function tokenizeText(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    const written = match[0];
    const head = written.charCodeAt(0);
    const type: TokenType =
      head >= 48 && head <= 57 ? 'number' : /^ke-\d/i.test(written) ? 'ordinal' : LETTER.test(written[0] ?? '') ? 'word' : 'symbol';
    const first = tokens.length === 0;
    tokens.push({
      type,
      text: written,
      lower: written.toLowerCase(),
      start,
      end: start + written.length,
      spaceBefore: first || start > previousEnd,
      lineStart: first || (start > previousEnd && text.lastIndexOf('\n', start - 1) >= previousEnd),
    });
    previousEnd = start + written.length;
  }
  return tokens;
}

/** The token's text starts with a capital letter. */
export function isCapitalized(token: Token | undefined): boolean {
  return token !== undefined && token.type === 'word' && token.text[0] !== token.lower[0];
}

/** An acronym such as `LSM`, `INGOs`, `NGO`: two or more capitals. */
export function isAcronym(token: Token | undefined): boolean {
  return token !== undefined && token.type === 'word' && /^\p{Lu}{2,}[\p{Ll}]?$/u.test(token.text);
}

/** The token opens a sentence or a list item: first of a line, or after `.`, `!`, `?`, `:`, `;` and a space. */
export function startsSentence(tokens: Token[], index: number): boolean {
  const token = tokens[index];
  if (!token || token.lineStart) return true;
  let previous = index - 1;
  while (previous >= 0 && /^["”’')\]]$/.test(tokens[previous]?.text ?? '')) previous--;
  const before = tokens[previous];
  return before === undefined || (before.type === 'symbol' && /^[.!?:;]$/.test(before.text) && token.spaceBefore);
}
