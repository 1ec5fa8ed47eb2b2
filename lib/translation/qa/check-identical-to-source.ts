// QA: an English text identical to the Indonesian source was probably copied and not translated.

import { isEnglishContext } from '../../annotations/statistics';
import { normalizeWhitespace } from '../tm/match-tokens';
import type { QaIssue } from './qa-issue';

/** Fewer words than this to translate (names, acronyms, numbers aside) and a copy may be right. */
const MIN_WORDS_TO_TRANSLATE = 2;

/**
 * A warning when `target` equals `source` ignoring case and whitespace. Not raised for a unit with
 * fewer than two words to translate — names, acronyms and numbers do not count (`Wow!`,
 * `UNODC (2020)`, `Tom.`), where a copy is often the translation — nor for a source that is
 * already English (an abstract in an Indonesian document).
 */
export function checkIdenticalToSource(source: string, target: string): QaIssue[] {
  const normalized = normalizeWhitespace(source).toLowerCase();
  if (normalized === '' || normalized !== normalizeWhitespace(target).toLowerCase()) return [];
  if (countWordsToTranslate(source) < MIN_WORDS_TO_TRANSLATE) return [];
  if (isEnglishContext(source, Math.floor(source.length / 2))) return [];
  return [{ check: 'identical', severity: 'warning', messageKey: 'qa.identicalToSource', params: {}, start: 0, end: target.length }];
}

/** Words of two letters or more that are neither acronyms nor capitalized names (a sentence's first word counts). */
function countWordsToTranslate(text: string): number {
  let count = 0;
  let sentenceStart = true;
  for (const match of text.matchAll(/\p{L}[\p{L}\p{M}'’-]*|[.!?:;]/gu)) {
    const word = match[0];
    if (/^[.!?:;]$/.test(word)) {
      sentenceStart = true;
      continue;
    }
    const acronym = /^\p{Lu}{2,}/u.test(word);
    const capitalized = /^\p{Lu}/u.test(word);
    if (word.length >= 2 && !acronym && (!capitalized || sentenceStart)) count++;
    sentenceStart = false;
  }
  return count;
}
