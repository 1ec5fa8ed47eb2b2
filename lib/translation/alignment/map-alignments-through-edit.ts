// Keeps span alignments on their English words when the translator edits the unit's English text:
// offsets mapped through a character diff, then the quote re-found near where it was; an alignment
// that cannot be placed is flagged 'broken' with its quote kept — never silently moved.

import { describeTextQuote } from '../../annotations/anchoring/describe-text-quote';
import { diffTextOffsets, type TextOffsetMap } from '../../annotations/anchoring/diff-text-offsets';
import { matchQuote, type QuoteMatch } from '../../annotations/anchoring/match-quote';
import { MIN_FUZZY_SCORE } from '../../annotations/anchoring/reanchor-annotations';

/** An annotation's English counterpart: offsets into the unit's English text and the words there. */
export interface Alignment {
  id: string;
  start: number;
  end: number;
  quote: string;
}

/** What became of an alignment after an edit. */
export const ALIGNMENT_STATES = ['aligned', 'moved', 'broken'] as const;
/**
 * 'aligned': on the same words (offsets may have shifted). 'moved': found again by its quote but
 * not where the edit put it, or with changed words — the translator should confirm it.
 * 'broken': not found; the old quote is kept.
 */
export type AlignmentState = (typeof ALIGNMENT_STATES)[number];

/** An alignment in the edited text; `quote` is the text there unless 'broken'. */
export interface MappedAlignment extends Alignment {
  state: AlignmentState;
}

/** A quote at least this long that occurs exactly once is taken as the same words, though moved. */
const MIN_UNIQUE_QUOTE_LENGTH = 4;

/**
 * Maps `alignments` (offsets into `oldText`) into `newText`, the English text after an edit.
 * 'aligned' when the diff keeps the span's characters and they still read as the quote, or when
 * the unchanged quote is found with one side of its context unchanged; 'moved' when the quote is
 * found by approximate search (score at least MIN_FUZZY_SCORE, as re-anchoring uses) or occurs
 * exactly once, ignoring case if need be (`every year` → `Every year, ...`) — its quote is then the
 * text found, snapped to whole words; 'broken' otherwise,
 * with the old quote and the offsets the diff estimates, for display. An alignment whose range no
 * longer held its quote (already broken) is searched for again. Throws a RangeError for offsets
 * outside `oldText` or an empty range.
 */
export function mapAlignmentsThroughEdit(oldText: string, newText: string, alignments: readonly Alignment[]): MappedAlignment[] {
  let offsets: TextOffsetMap | undefined;
  return alignments.map((alignment) => {
    const { start, end, quote } = alignment;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > oldText.length) {
      throw new RangeError(`alignment ${alignment.id} has range [${start}, ${end}) outside a text of length ${oldText.length}`);
    }
    const holds = oldText.slice(start, end) === quote;
    if (oldText === newText && holds) return { ...alignment, state: 'aligned' };
    offsets ??= diffTextOffsets(oldText, newText);
    const first = offsets.mapCharacter(start);
    const last = offsets.mapCharacter(end - 1);
    if (holds && quote.length > 0) {
      const kept = keptRange(newText, quote, first, last);
      if (kept) return { ...alignment, ...kept, state: 'aligned' };
    }
    const hint = first ?? offsets.estimate(start);
    const found = findQuote(oldText, newText, alignment, hint);
    if (found) return found;
    const from = Math.min(newText.length, offsets.estimate(start));
    const to = Math.min(newText.length, Math.max(from, offsets.estimate(end)));
    return { id: alignment.id, start: from, end: to, quote, state: 'broken' };
  });
}

/** The span's first or last character survived the edit and the quote still stands against it. */
function keptRange(text: string, quote: string, first: number | null, last: number | null): { start: number; end: number } | null {
  if (first !== null && text.startsWith(quote, first)) return { start: first, end: first + quote.length };
  if (last !== null && last + 1 >= quote.length && text.slice(last + 1 - quote.length, last + 1) === quote) {
    return { start: last + 1 - quote.length, end: last + 1 };
  }
  return null;
}

function findQuote(oldText: string, newText: string, alignment: Alignment, hint: number): MappedAlignment | null {
  const { quote } = alignment;
  if (quote.length === 0) return null;
  const { prefix, suffix } = describeTextQuote(oldText, alignment.start, alignment.end);
  const context = {
    prefix,
    suffix,
    hint,
    prefixAtStart: alignment.start - prefix.length === 0,
    suffixAtEnd: alignment.end + suffix.length === oldText.length,
  };
  const match = matchQuote(newText, quote, context);
  if (match && match.score >= MIN_FUZZY_SCORE) {
    if (match.errors === 0 && keepsContext(newText, match, context)) {
      return { id: alignment.id, start: match.start, end: match.end, quote, state: 'aligned' };
    }
    return moved(newText, alignment.id, match.start, match.end);
  }
  if (quote.trim().length < MIN_UNIQUE_QUOTE_LENGTH) return null;
  const lower = newText.toLowerCase();
  const lowerQuote = quote.toLowerCase();
  const lengthsKept = lower.length === newText.length && lowerQuote.length === quote.length;
  const at = uniqueOccurrence(newText, quote) ?? (lengthsKept ? uniqueOccurrence(lower, lowerQuote) : null);
  return at === null ? null : moved(newText, alignment.id, at, at + quote.length);
}

/** Where `quote` occurs in `text` if it occurs exactly once. */
function uniqueOccurrence(text: string, quote: string): number | null {
  const at = text.indexOf(quote);
  return at !== -1 && text.indexOf(quote, at + 1) === -1 ? at : null;
}

/** The unchanged quote with its whole prefix or its whole suffix unchanged: the same words. */
function keepsContext(
  text: string,
  match: QuoteMatch,
  context: { prefix: string; suffix: string; prefixAtStart: boolean; suffixAtEnd: boolean },
): boolean {
  const prefixFrom = match.start - context.prefix.length;
  const prefixKept = prefixFrom >= 0 && text.startsWith(context.prefix, prefixFrom) && (!context.prefixAtStart || prefixFrom === 0);
  const suffixTo = match.end + context.suffix.length;
  const suffixKept = text.startsWith(context.suffix, match.end) && (!context.suffixAtEnd || suffixTo === text.length);
  return prefixKept || suffixKept;
}

function moved(text: string, id: string, start: number, end: number): MappedAlignment {
  const snapped = snapToWords(text, start, end);
  return { id, ...snapped, quote: text.slice(snapped.start, snapped.end), state: 'moved' };
}

const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;

/** Widens a range that cuts a word so it holds the whole word at each end. */
function snapToWords(text: string, start: number, end: number): { start: number; end: number } {
  let from = start;
  let to = end;
  while (from > 0 && WORD_CHARACTER.test(text[from - 1] ?? '') && WORD_CHARACTER.test(text[from] ?? '')) from--;
  while (to < text.length && to > 0 && WORD_CHARACTER.test(text[to - 1] ?? '') && WORD_CHARACTER.test(text[to] ?? '')) to++;
  return { start: from, end: to };
}
