// Scores how closely a translation-memory entry's source matches a unit's source, as the
// percentage translators know: 100 only when identical after normalizing whitespace, lower by the
// word-level edit distance, with the differing words for display.

import { diffMatchWords, type WordDiffPart } from './diff-match-words';
import { normalizeWhitespace, tokenizeForMatch, totalWeight, type MatchToken } from './match-tokens';
import { wordEditDistance } from './word-edit-distance';

/** The score of an exact match: identical after normalizing whitespace. */
export const EXACT_SCORE = 100;

/** A source tokenized once, to be scored against many entries. */
export interface PreparedSource {
  text: string;
  normalized: string;
  tokens: MatchToken[];
  weight: number;
}

/** A memory entry scored against a unit, with the word diff for display. */
export interface TranslationMemoryScore {
  /** 0–100; 100 exactly when `exact`. */
  score: number;
  exact: boolean;
  diff: WordDiffPart[];
}

/** Tokenizes `text` for scoring. */
export function prepareSource(text: string): PreparedSource {
  const tokens = tokenizeForMatch(text);
  return { text, normalized: normalizeWhitespace(text), tokens, weight: totalWeight(tokens) };
}

/**
 * The score of `candidate` against `source`, or null when it is certainly below `minScore`
 * (decided without the full distance when the lengths alone rule it out). The score is
 * ⌊100 · (1 − distance / the heavier side's weight)⌋, capped at 99 unless the two are identical
 * after normalizing whitespace: one punctuation mark or a change of case never reads as 100.
 * Rounding down never overstates a match.
 */
export function scorePreparedSources(source: PreparedSource, candidate: PreparedSource, minScore = 0): number | null {
  if (source.normalized === candidate.normalized) return EXACT_SCORE;
  const heavier = Math.max(source.weight, candidate.weight);
  // Every character but whitespace is in a token, so texts that differ weigh something.
  if (heavier === 0) return EXACT_SCORE;
  // score ≥ minScore ⇔ distance ≤ heavier · (1 − minScore/100); insertions and deletions bound it below.
  // At a minimum of 0 every candidate is kept: nothing may be cut early (scores clamp at 0).
  const allowed = minScore <= 0 ? Infinity : heavier * (1 - minScore / 100);
  if (Math.abs(source.weight - candidate.weight) > allowed) return null;
  const distance = wordEditDistance(candidate.tokens, source.tokens, allowed);
  if (!Number.isFinite(distance)) return null;
  const score = Math.max(0, Math.min(99, Math.floor(100 * (1 - distance / heavier) + 1e-9)));
  return score >= minScore ? score : null;
}

/**
 * How closely `candidateSource` (a memory entry's source) matches `source` (the unit's): the
 * score (see scorePreparedSources; punctuation marks weigh half a word, a change of case a
 * quarter) and the word diff from the entry to the unit.
 */
export function scoreTranslationMemoryMatch(source: string, candidateSource: string): TranslationMemoryScore {
  const unit = prepareSource(source);
  const candidate = prepareSource(candidateSource);
  const score = scorePreparedSources(unit, candidate) ?? 0;
  return {
    score,
    exact: score === EXACT_SCORE,
    diff: diffMatchWords(unit.text, unit.tokens, candidate.text, candidate.tokens),
  };
}
