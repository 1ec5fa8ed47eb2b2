// Orders translation-memory candidates (retrieved by full-text search) for one unit: best score
// first, context matches (101) above exact ones (100), each with the word diff to show.

import { diffMatchWords, type WordDiffPart } from './diff-match-words';
import { normalizeWhitespace } from './match-tokens';
import { EXACT_SCORE, prepareSource, scorePreparedSources } from './score-translation-memory-match';

/** A context match: the same source between the same neighbours. */
export const CONTEXT_SCORE = 101;
const DEFAULT_MIN_SCORE = 50;
const DEFAULT_LIMIT = 10;

/** The sources of the units before and after, where they are known. */
export interface TranslationMemoryContext {
  previousSource?: string;
  nextSource?: string;
}

/** A reviewed or approved unit found by full-text search, with its neighbours when known. */
export interface TranslationMemoryCandidate<Id = string> {
  id: Id;
  source: string;
  target: string;
  context?: TranslationMemoryContext;
}

/** A candidate as offered to the translator. */
export interface TranslationMemoryMatch<Id = string> {
  id: Id;
  source: string;
  target: string;
  /** 0–100, or 101 for a context match. */
  score: number;
  exact: boolean;
  context: boolean;
  /** From the candidate's source to the unit's source. */
  diff: WordDiffPart[];
}

/** The unit's neighbours (for context matches) and how many matches to keep. */
export interface RankOptions extends TranslationMemoryContext {
  /** Candidates below this score are left out (default 50). */
  minScore?: number;
  /** At most this many matches (default 10). */
  limit?: number;
}

/**
 * The candidates that match `source` at `minScore` or more, best first; ties keep the candidates'
 * order (pass the newest first). A match is `exact` at 100 and a `context` match at 101 when it is
 * exact and the candidate's neighbours equal the unit's (whitespace normalized; a missing
 * neighbour — the first or last unit — equals only a missing one). Without a neighbour in
 * `options` there are no context matches. Diffs are computed only for the matches returned.
 */
export function rankTranslationMemoryMatches<Id>(
  source: string,
  candidates: ReadonlyArray<TranslationMemoryCandidate<Id>>,
  options: RankOptions = {},
): Array<TranslationMemoryMatch<Id>> {
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const limit = options.limit ?? DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 0) throw new RangeError(`limit ${limit} is not a count`);
  const unit = prepareSource(source);
  const knowsContext = options.previousSource !== undefined || options.nextSource !== undefined;
  const scored: Array<{ candidate: TranslationMemoryCandidate<Id>; prepared: ReturnType<typeof prepareSource>; score: number; order: number }> = [];
  candidates.forEach((candidate, order) => {
    const prepared = prepareSource(candidate.source);
    const score = scorePreparedSources(unit, prepared, minScore);
    if (score === null) return;
    const context = score === EXACT_SCORE && knowsContext && sameNeighbours(options, candidate.context);
    scored.push({ candidate, prepared, score: context ? CONTEXT_SCORE : score, order });
  });
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  return scored.slice(0, limit).map(({ candidate, prepared, score }) => ({
    id: candidate.id,
    source: candidate.source,
    target: candidate.target,
    score,
    exact: score >= EXACT_SCORE,
    context: score === CONTEXT_SCORE,
    diff: diffMatchWords(unit.text, unit.tokens, prepared.text, prepared.tokens),
  }));
}

function sameNeighbours(unit: TranslationMemoryContext, candidate: TranslationMemoryContext | undefined): boolean {
  if (!candidate) return false;
  return same(unit.previousSource, candidate.previousSource) && same(unit.nextSource, candidate.nextSource);
}

function same(a: string | undefined, b: string | undefined): boolean {
  return normalizeWhitespace(a ?? '') === normalizeWhitespace(b ?? '');
}
