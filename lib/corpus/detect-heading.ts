// Recognises headings in the running text: numbered and chapter headings, known section titles,
// and short title-case lines standing between paragraphs, possibly wrapped over several lines.

import type { SourceLine } from './read-lines';
import type { StreamItem } from './read-main-stream';
import {
  endsWithFunctionWord,
  endsWithPunctuation,
  isCaptionStart,
  isChapterHeading,
  isKnownSectionTitle,
  listLabelOf,
  sectionNumberOf,
  titleCaseRatio,
} from './classify-lines';

export interface HeadingMatch {
  /** Number of stream line items the heading spans (wrapped titles span several). */
  lineCount: number;
  /** Explicit depth from numbering (`4.1` → 2), or undefined when the level comes from context. */
  depth?: number;
  /** True for `BAB`, roman numerals and known section titles: the document's top structure. */
  structural: boolean;
  /** True for `a. Kemiskinan` / `A. Teori ...`: a sub-section under the current section. */
  lettered?: boolean;
}

const MAX_HEADING_WORDS = 14;
const MAX_HEADING_LINES = 4;
const NARROW_COLUMN = 50;

function lineAt(items: readonly StreamItem[], k: number): { line: SourceLine; width: number } | null {
  const item = items[k];
  return item && item.kind === 'line' ? item : null;
}

function startsLowercase(text: string): boolean {
  return /^[\p{Ll}]/u.test(text);
}

function titleLike(text: string, width: number, maxShare: number): boolean {
  if (endsWithPunctuation(text) || /^(?:kata kunci|keywords?)\s*:/i.test(text)) return false;
  if (text.split(/\s+/).length > MAX_HEADING_WORDS || text.length > width * maxShare) return false;
  const upper = text === text.toUpperCase() && /\p{Lu}/u.test(text);
  return upper || titleCaseRatio(text) >= 0.75;
}

// Whether `next` carries on the title `prev` started, rather than being a heading of its own.
function wrapsInto(prev: string, next: string, width: number): boolean {
  if (endsWithPunctuation(next) || next.length > width * 0.95) return false;
  if (next.split(/\s+/).length > MAX_HEADING_WORDS) return false;
  const unbalanced = (prev.match(/\(/g)?.length ?? 0) > (prev.match(/\)/g)?.length ?? 0);
  if (unbalanced || endsWithFunctionWord(prev)) {
    // Narrow columns wrap titles after almost any word; full-width titles wrap only onto title case.
    return titleCaseRatio(next) >= 0.75 || (width < NARROW_COLUMN && !next.includes(','));
  }
  // `dan Keterampilan`, `di Kamboja`: a lower-case tail led by a function word, or a short one.
  // A long lower-case line is a paragraph's first line (perhaps one that lost its drop cap).
  if (startsLowercase(next)) {
    const firstWord = next.split(/\s+/, 1)[0] ?? '';
    return next.length <= width * 0.7 || (endsWithFunctionWord(firstWord) && titleCaseRatio(next) >= 0.5);
  }
  return titleLike(next, width, 0.95) && prev.length >= width * 0.7;
}

/**
 * Whether the line item at `k` opens a heading. `afterBreak` says the previous line closed its
 * block (or there is none), which unnumbered title-case headings require.
 */
export function detectHeading(items: readonly StreamItem[], k: number, afterBreak: boolean): HeadingMatch | null {
  const first = lineAt(items, k);
  if (!first) return null;
  const text = first.line.content;
  const width = Math.max(first.width, 20);
  const next = lineAt(items, k + 1);
  const followedByLowercase = next !== null && startsLowercase(next.line.content);

  if (isChapterHeading(text)) {
    const title = next?.line.content ?? '';
    const joinsTitle = next !== null && title.length > 0 && titleLike(title, width, 0.9) && sectionNumberOf(title) === null;
    return { lineCount: joinsTitle ? 2 : 1, depth: 1, structural: true };
  }
  if (isCaptionStart(text)) return null;
  const numbering = sectionNumberOf(text);
  const rest = numbering ? text.slice(numbering.textStart) : text;
  if (isKnownSectionTitle(rest)) {
    return { lineCount: 1, depth: numbering && !numbering.roman ? numbering.depth : undefined, structural: true };
  }
  if (numbering) {
    if (!titleLike(rest, width, 0.9) || followedByLowercase) return null;
    if (numbering.roman) return { lineCount: 1, depth: 1, structural: true };
    return { lineCount: 1, depth: numbering.depth, structural: numbering.depth > 1 || /\s{2}/.test(text) };
  }
  const lettered = listLabelOf(text);
  if (lettered && /^[a-hA-H]$/.test(lettered.label)) {
    const title = text.slice(lettered.textStart);
    if (!afterBreak || !titleLike(title, width, 0.9) || followedByLowercase) return null;
    return { lineCount: 1, structural: false, lettered: true };
  }
  if (!afterBreak || !titleLike(text, width, 0.95)) return null;
  // A title may wrap; collect the lines that carry it on, then demand a fresh start after it.
  let count = 1;
  let last = text;
  while (count < MAX_HEADING_LINES) {
    const candidate = lineAt(items, k + count);
    if (!candidate || !wrapsInto(last, candidate.line.content, width)) break;
    last = candidate.line.content;
    count++;
  }
  // A title never stops on `dan` / `untuk`; a line that does is a paragraph's first line.
  if (endsWithFunctionWord(last)) return null;
  const after = items[k + count];
  const afterLine = after && after.kind === 'line' ? after.line.content : null;
  if (afterLine !== null && (startsLowercase(afterLine) || /^[,;.)]/.test(afterLine))) return null;
  if (count === 1 && text.split(/\s+/).length === 1 && !/^\p{Lu}{2,}$/u.test(text) && afterLine === null) return null;
  return { lineCount: count, structural: false };
}
