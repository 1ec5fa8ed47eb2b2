// Test helper: the repaired seed block that holds a phrase, and the candidates found in it, so
// statistics tests read real corpus text with the expected spans beside it.

import { findStatisticCandidates, type StatisticCandidate } from '../../../lib/annotations/statistics';
import { seed } from '../../corpus/seed-documents';

/** The text of the first block of seed `prefix` that contains `phrase`. */
export function blockWith(prefix: string, phrase: string): string {
  const { doc } = seed(prefix);
  for (const block of doc.blocks) {
    const text = doc.text.slice(block.start, block.end);
    if (text.includes(phrase)) return text;
  }
  throw new Error(`no block of seed ${prefix} contains ${JSON.stringify(phrase)}`);
}

/** Candidates of that block that overlap any occurrence of `phrase` in it. */
export function candidatesOverlapping(prefix: string, phrase: string): StatisticCandidate[] {
  const text = blockWith(prefix, phrase);
  const candidates = findStatisticCandidates(text);
  const hits: StatisticCandidate[] = [];
  for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) {
    const end = at + phrase.length;
    for (const candidate of candidates) {
      if (candidate.start < end && at < candidate.end && !hits.includes(candidate)) hits.push(candidate);
    }
  }
  return hits;
}

/** The quotes of the candidates found in the block of seed `prefix` that contains `phrase`. */
export function quotesInBlockWith(prefix: string, phrase: string): string[] {
  return findStatisticCandidates(blockWith(prefix, phrase)).map((candidate) => candidate.quote);
}
