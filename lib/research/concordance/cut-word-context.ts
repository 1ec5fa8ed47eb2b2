// The words around a hit for a concordance line: a fixed number of words on each side, never
// across a paragraph break (a block ends at a blank line in the normalized text), whitespace
// collapsed so lines align.

/** Words of context on each side unless the caller asks otherwise. */
export const CONTEXT_WORDS = 8;
/** How far to look for those words; a word longer than this is cut, which is fine for context. */
const WINDOW = 400;
const BLOCK_BREAK = '\n\n';

function words(text: string): string[] {
  return text.split(/\s+/u).filter((word) => word !== '');
}

/** Up to `count` words before `start` in the same paragraph. */
export function leftContext(text: string, start: number, count = CONTEXT_WORDS): string {
  const from = Math.max(0, start - WINDOW);
  let window = text.slice(from, start);
  const lastBreak = window.lastIndexOf(BLOCK_BREAK);
  let partialFirst = from > 0;
  if (lastBreak >= 0) {
    window = window.slice(lastBreak + BLOCK_BREAK.length);
    partialFirst = false;
  }
  const list = words(window);
  // A window cut mid-text may begin inside a word: that piece is not a word of the text.
  if (partialFirst && !/^\s/u.test(window)) list.shift();
  // The hit may begin inside a word (a span on part of one): keep the piece glued to it.
  const glued = window !== '' && !/\s$/u.test(window);
  const kept = list.slice(-count);
  return glued ? kept.join(' ') : kept.join(' ') + (kept.length > 0 ? ' ' : '');
}

/** Up to `count` words after `end` in the same paragraph. */
export function rightContext(text: string, end: number, count = CONTEXT_WORDS): string {
  const to = Math.min(text.length, end + WINDOW);
  let window = text.slice(end, to);
  const firstBreak = window.indexOf(BLOCK_BREAK);
  let partialLast = to < text.length;
  if (firstBreak >= 0) {
    window = window.slice(0, firstBreak);
    partialLast = false;
  }
  const list = words(window);
  if (partialLast && !/\s$/u.test(window)) list.pop();
  const glued = window !== '' && !/^\s/u.test(window);
  const kept = list.slice(0, count);
  return glued ? kept.join(' ') : (kept.length > 0 ? ' ' : '') + kept.join(' ');
}
