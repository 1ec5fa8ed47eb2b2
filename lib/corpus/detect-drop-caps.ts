// Flags paragraphs that seem to have lost their drop cap (`alam setiap tahunnya` for `Dalam ...`):
// the first word after a heading starts lower-case and the corpus knows a word one letter longer.

import type { DocumentFlag, RepairedBlock, WordFrequencies } from './types';

const FIRST_WORD = /^[\p{L}]+/u;
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** The most frequent corpus word that is `word` with one more letter in front, capitalised. */
function restoredWord(word: string, frequencies: WordFrequencies): string | undefined {
  let best: { word: string; count: number } | undefined;
  for (const letter of LETTERS) {
    const candidate = letter + word;
    const count = frequencies.count(candidate);
    if (count > 0 && (!best || count > best.count)) best = { word: candidate, count };
  }
  return best?.word;
}

/**
 * Suspected lost drop caps: the first word of the document's first paragraph, or of the first
 * paragraph after a heading, when it starts lower-case and either the corpus barely knows it or
 * knows a longer word it could be the tail of. The text is never changed; a person decides.
 */
export function detectDropCaps(text: string, blocks: readonly RepairedBlock[], frequencies: WordFrequencies): DocumentFlag[] {
  const flags: DocumentFlag[] = [];
  let expectCapital = true;
  for (const block of blocks) {
    if (block.kind === 'page_furniture' || block.kind === 'footnote') continue;
    if (block.kind === 'heading') {
      expectCapital = true;
      continue;
    }
    if (expectCapital && block.kind === 'paragraph') {
      const word = FIRST_WORD.exec(text.slice(block.start, block.end))?.[0];
      if (word && /^\p{Ll}/u.test(word)) {
        const hint = restoredWord(word, frequencies);
        const own = frequencies.count(word);
        const longer = hint ? frequencies.count(hint) : 0;
        // `alam` is a word, but `dalam` is far more common; `erdasarkan` is no word at all.
        if (own <= 1 || longer > own) {
          const flag: DocumentFlag = { kind: 'suspected_drop_cap', start: block.start, end: block.start + word.length };
          if (hint) flag.hint = hint;
          flags.push(flag);
        }
      }
    }
    expectCapital = false;
  }
  return flags;
}
