// Decides how two wrapped lines of one block meet: with a space, directly (a URL or a kept hyphen
// such as `negara-negara`), or directly without the hyphen (a word-break hyphen, `memper-hatikan`).

import type { WordFrequencies } from './types';
import type { SourceLine } from './read-lines';
import { continuesUrl, endsInUrlFragment } from './detect-footnotes';

export type LineJoin = 'space' | 'direct' | 'drop-hyphen';

const LEFT_OF_HYPHEN = /([\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*)-$/u;
const RIGHT_WORD = /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/u;

/**
 * Whether the hyphen ending a line belongs to the word (`negara-` + `negara`, `state-` +
 * `controlled`) or only to the line break (`memper-` + `hatikan`). Reduplication keeps it, a
 * hyphenated form used in-line keeps it, a joined form the corpus uses (and no hyphenated one)
 * drops it, and anything unattested keeps it: removing a real hyphen loses information.
 */
export function keepsEndOfLineHyphen(left: string, right: string, frequencies: WordFrequencies): boolean {
  const l = left.toLowerCase();
  const r = right.toLowerCase();
  const lastSegment = l.slice(l.lastIndexOf('-') + 1);
  if (lastSegment.length >= 2 && (r.startsWith(lastSegment) || lastSegment.startsWith(r))) return true;
  if (frequencies.count(`${l}-${r}`) > 0) return true;
  if (frequencies.count(`${l}${r}`) > 0) return false;
  return true;
}

/** How the line break between `prev` and `next` (both inside one block) is repaired. */
export function decideLineJoin(prev: SourceLine, next: SourceLine, frequencies: WordFrequencies): LineJoin {
  if (endsInUrlFragment(prev) && continuesUrl(next)) return 'direct';
  const left = LEFT_OF_HYPHEN.exec(prev.content)?.[1];
  // `sekolah - ` + `sekolah` has a spaced dash: it is punctuation, and keeps its spaces.
  if (!left) return 'space';
  const right = RIGHT_WORD.exec(next.content)?.[0];
  if (!right) return 'space';
  if (/^\p{N}/u.test(right)) return 'direct';
  return keepsEndOfLineHyphen(left, right, frequencies) ? 'direct' : 'drop-hyphen';
}
