// Corpus word counts that let the repair decide end-of-line hyphens and lost drop caps from the
// corpus's own usage instead of a dictionary.

import type { WordFrequencies } from './types';

// A word: letters/digits, optionally joined by inner hyphens or apostrophes (`negara-negara`).
const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

/** The word tokens of one line, in order, lower-cased, with their positions in the line. */
export function tokenizeWords(line: string): Array<{ word: string; index: number }> {
  const tokens: Array<{ word: string; index: number }> = [];
  for (const match of line.matchAll(WORD)) {
    tokens.push({ word: match[0].toLowerCase(), index: match.index });
  }
  return tokens;
}

/** WordFrequencies backed by a plain map; exported for tests and for callers with their own counts. */
export class MapWordFrequencies implements WordFrequencies {
  constructor(private readonly counts: ReadonlyMap<string, number>) {}

  count(word: string): number {
    return this.counts.get(word.toLowerCase()) ?? 0;
  }
}

/**
 * Counts word forms across `texts`, lower-cased. Hyphenated forms (`negara-negara`) count as their
 * own form. The two halves of a word broken at a line end (`memper-` / `hatikan`) are NOT counted:
 * they are exactly what the counts are asked to decide, so counting them would let every broken
 * word vouch for itself.
 */
export function buildWordFrequencies(texts: readonly string[]): WordFrequencies {
  const counts = new Map<string, number>();
  for (const text of texts) {
    let skipFirstWord = false;
    for (const line of text.split(/\r\n|\r|\n/)) {
      if (line.trim() === '') continue;
      const trimmed = line.trimEnd();
      const tokens = tokenizeWords(trimmed);
      const breaksAtEnd = /[\p{L}]-$/u.test(trimmed);
      tokens.forEach((token, i) => {
        if (i === 0 && skipFirstWord) return;
        if (i === tokens.length - 1 && breaksAtEnd) return;
        counts.set(token.word, (counts.get(token.word) ?? 0) + 1);
      });
      skipFirstWord = breaksAtEnd;
    }
  }
  return new MapWordFrequencies(counts);
}
