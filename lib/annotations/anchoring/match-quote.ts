// Finds a quote again in changed text by approximate matching, weighing the quote, its prefix and
// suffix and the expected position as Hypothesis' match-quote does (50 / 20 / 20 / 2).

import search from 'approx-string-match';

const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const TOTAL_WEIGHT = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;
/** Context searches seed at most this many candidates each (the ones nearest the hint). */
const CONTEXT_SEEDS = 8;

/** A place in the text where the quote seems to be, with its score between 0 and 1. */
export interface QuoteMatch {
  start: number;
  end: number;
  score: number;
  /** Edits between the quote and the text there. */
  errors: number;
}

/** What the quote stood next to, and where it is expected (an offset into the text). */
export interface QuoteContext {
  prefix: string;
  suffix: string;
  hint?: number;
}

export interface Candidate {
  start: number;
  end: number;
  errors: number;
}

/** Exact occurrences when there are any, else the closest approximate ones (within maxErrors). */
function findOccurrences(text: string, pattern: string, maxErrors: number): Candidate[] {
  const found: Candidate[] = [];
  for (let at = text.indexOf(pattern); at !== -1; at = text.indexOf(pattern, at + 1)) {
    found.push({ start: at, end: at + pattern.length, errors: 0 });
  }
  return found.length > 0 ? found : search(text, pattern, maxErrors);
}

/** Similarity of `actual` to `expected`: 1 minus the edit distance of the best match, per character. */
function similarity(actual: string, expected: string): number {
  if (expected.length === 0) return 1;
  if (actual.length === 0) return 0;
  if (actual === expected) return 1;
  const best = search(actual, expected, expected.length)[0];
  return best ? 1 - best.errors / expected.length : 0;
}

function nearest<T extends { start: number }>(items: T[], hint: number | undefined, count: number): T[] {
  if (hint === undefined || items.length <= count) return items.slice(0, count);
  return [...items].sort((a, b) => Math.abs(a.start - hint) - Math.abs(b.start - hint)).slice(0, count);
}

/** Where to look: `text[from, to)`; context is read beyond it. */
export interface QuoteSearchArea {
  from?: number;
  to?: number;
}

/**
 * The best-scoring place for `quote` in the search area (offsets are into `text`). Candidates come
 * from the quote itself and, so that an exact copy of a short quote elsewhere cannot hide the
 * edited original, from where its prefix and suffix are found. Null when nothing resembles it.
 */
export function matchQuote(text: string, quote: string, context: QuoteContext, area: QuoteSearchArea = {}): QuoteMatch | null {
  if (quote.length === 0) return null;
  const from = area.from ?? 0;
  const window = text.slice(from, area.to ?? text.length);
  const maxErrors = Math.min(256, Math.floor(quote.length / 2));
  const candidates: Candidate[] = findOccurrences(window, quote, maxErrors).map((m) => ({ ...m, start: m.start + from, end: m.end + from }));
  const hint = context.hint;
  const { prefix, suffix } = context;
  if (prefix.length > 0) {
    for (const seed of nearest(findOccurrences(window, prefix, Math.floor(prefix.length / 2)), hint, CONTEXT_SEEDS)) {
      const at = from + seed.end;
      const after = search(text.slice(at, at + quote.length + maxErrors), quote, maxErrors);
      const first = after.reduce<Candidate | undefined>((best, m) => (!best || m.start < best.start ? m : best), undefined);
      if (first) candidates.push({ start: at + first.start, end: at + first.end, errors: first.errors });
    }
  }
  if (suffix.length > 0) {
    for (const seed of nearest(findOccurrences(window, suffix, Math.floor(suffix.length / 2)), hint, CONTEXT_SEEDS)) {
      const at = Math.max(0, from + seed.start - quote.length - maxErrors);
      const before = search(text.slice(at, from + seed.start), quote, maxErrors);
      const last = before.reduce<Candidate | undefined>((best, m) => (!best || m.end > best.end ? m : best), undefined);
      if (last) candidates.push({ start: at + last.start, end: at + last.end, errors: last.errors });
    }
  }

  let best: QuoteMatch | null = null;
  for (const candidate of candidates) {
    const match = scoreQuotePlacement(text, quote, context, candidate);
    if (!best || match.score > best.score) best = match;
  }
  return best;
}

/** Scores `quote` placed at `candidate` (`errors` edits from the text there) against its context. */
export function scoreQuotePlacement(text: string, quote: string, context: QuoteContext, candidate: Candidate): QuoteMatch {
  const { start, end, errors } = candidate;
  const before = text.slice(Math.max(0, start - context.prefix.length), start);
  const after = text.slice(end, end + context.suffix.length);
  const quoteScore = 1 - errors / quote.length;
  const prefixScore = similarity(before, context.prefix);
  const suffixScore = similarity(after, context.suffix);
  const positionScore = context.hint === undefined || text.length === 0 ? 1 : 1 - Math.abs(start - context.hint) / text.length;
  const raw = QUOTE_WEIGHT * quoteScore + PREFIX_WEIGHT * prefixScore + SUFFIX_WEIGHT * suffixScore + POSITION_WEIGHT * positionScore;
  return { start, end, score: raw / TOTAL_WEIGHT, errors };
}
