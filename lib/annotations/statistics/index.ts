// Public API of the statistics parser: pre-filling a marked span and finding candidates in a text.

export {
  STATISTIC_KINDS,
  STATISTIC_QUALIFIERS,
  toStatisticAttributes,
  type ParsedStatistic,
  type StatisticCandidate,
  type StatisticKind,
  type StatisticQualifier,
} from './parsed-statistic';
export { parseStatistic } from './parse-statistic';
export { findStatisticCandidates } from './find-statistic-candidates';
export { parseIndonesianNumber, parseDigits } from './parse-indonesian-number';
export { isEnglishContext } from './detect-english-context';
export { findNumberExclusion, type ExclusionReason } from './excluded-number-contexts';
