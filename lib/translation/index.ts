// Public API of the translation library: statistics in English, numbers in both languages, QA
// checks, translation-memory scoring, alignment mapping and unit statuses. Pure: data in, data out.

export { formatEnglishNumber } from './format-english-number';
export { spellEnglishNumber } from './english-number-words';
export { renderStatisticEnglish } from './render-statistic-english';
export { ENGLISH_UNIT_WORDS, type EnglishNoun } from './english-statistic-vocabulary';
export { extractNumbers, type ExtractedNumber, type TextLanguage } from './extract-numbers';
export { readWrittenDigits, type DigitsReading } from './read-written-digits';

export { QA_CHECKS, type QaCheck, type QaIssue, type QaParams, type QaSeverity } from './qa/qa-issue';
export { runQaChecks, type QaUnit } from './qa/run-qa-checks';
export { checkNumbers } from './qa/check-numbers';
export { checkGlossary, type GlossaryEntry } from './qa/check-glossary';
export { checkUntranslated } from './qa/check-untranslated';
export { checkIdenticalToSource } from './qa/check-identical-to-source';
export { checkBrackets } from './qa/check-brackets';
export { checkQuotes } from './qa/check-quotes';
export { checkSpaces } from './qa/check-spaces';
export { checkAlignments, type AlignmentToCheck } from './qa/check-alignments';

export { scoreTranslationMemoryMatch, EXACT_SCORE, type TranslationMemoryScore } from './tm/score-translation-memory-match';
export {
  rankTranslationMemoryMatches,
  CONTEXT_SCORE,
  type RankOptions,
  type TranslationMemoryCandidate,
  type TranslationMemoryContext,
  type TranslationMemoryMatch,
} from './tm/rank-translation-memory-matches';
export type { WordDiffPart, WordDiffType } from './tm/diff-match-words';

export {
  mapAlignmentsThroughEdit,
  ALIGNMENT_STATES,
  type Alignment,
  type AlignmentState,
  type MappedAlignment,
} from './alignment/map-alignments-through-edit';

export { UNIT_STATUSES, canChangeStatus, isUnitStatus, needsComment, nextStatusOnConfirm, type UnitStatus } from './unit-status';
