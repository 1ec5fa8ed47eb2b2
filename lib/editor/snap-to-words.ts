// Snaps a selected range to whole words: a selection that starts or ends inside a word grows to
// take the whole word, and spaces or stray punctuation at its edges are dropped.

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
// Characters that belong to a word when a word character stands on both sides: 1,2 · 40.000 · anak-anak · d'Ivoire
const JOINER = /[-'’.,/]/;
const EDGE_TRIM = /[\s,.;:!?"“”'‘’—–-]/u;

function isWordAt(text: string, i: number): boolean {
  const ch = text[i];
  if (ch === undefined) return false;
  if (WORD_CHAR.test(ch)) return true;
  if (ch === '%') return i > 0 && /\p{N}/u.test(text[i - 1] ?? '');
  return JOINER.test(ch) && WORD_CHAR.test(text[i - 1] ?? '') && WORD_CHAR.test(text[i + 1] ?? '');
}

function count(text: string, ch: string): number {
  return text.split(ch).length - 1;
}

/** The word-aligned range of a selection, or null when it holds no word at all. */
export function snapToWords(text: string, start: number, end: number): { start: number; end: number } | null {
  let from = Math.max(0, Math.min(start, end));
  let to = Math.min(text.length, Math.max(start, end));
  // Trim first, so a selection that begins in the space before a word does not grow leftwards.
  while (from < to && EDGE_TRIM.test(text[from] ?? '')) from++;
  while (to > from && EDGE_TRIM.test(text[to - 1] ?? '') && !(text[to - 1] === '%')) to--;
  if (from >= to) return null;
  while (from > 0 && isWordAt(text, from - 1) && isWordAt(text, from)) from--;
  while (to < text.length && isWordAt(text, to) && isWordAt(text, to - 1)) to++;
  // Parentheses at an edge stay only when they close or open one inside the span: `(AIM)`;
  // a pair around the whole span is dropped.
  while (text[from] === '(' && text[to - 1] === ')' && count(text.slice(from + 1, to - 1), '(') === count(text.slice(from + 1, to - 1), ')')) {
    from++;
    to--;
  }
  while (from < to && text[from] === '(' && count(text.slice(from, to), ')') === 0) from++;
  while (to > from && text[to - 1] === ')' && count(text.slice(from, to), '(') === 0) to--;
  while (from < to && EDGE_TRIM.test(text[from] ?? '')) from++;
  while (to > from && EDGE_TRIM.test(text[to - 1] ?? '')) to--;
  if (from >= to || !/[\p{L}\p{N}]/u.test(text.slice(from, to))) return null;
  return { start: from, end: to };
}
