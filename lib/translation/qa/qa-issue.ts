// What a QA check reports: a problem of one translation unit as an i18n message key with its
// parameters, and where it is in the English text (and in the source, when it points there).

/** The checks, as named in issues and in the report. */
export const QA_CHECKS = ['numbers', 'glossary', 'untranslated', 'identical', 'brackets', 'quotes', 'spaces', 'alignments'] as const;
export type QaCheck = (typeof QA_CHECKS)[number];

/** Errors change what the corpus says (a wrong number); warnings are for the translator to judge. */
export type QaSeverity = 'error' | 'warning';

/** Interpolation values of a message (`{{value}}`), already written for display. */
export type QaParams = Record<string, string | number>;

/** One problem found by a check. Offsets are string indices; absent when the problem has no place. */
export interface QaIssue {
  check: QaCheck;
  severity: QaSeverity;
  /** An i18n key under `qa.` (`qa.numberMissing`); its text interpolates `params`. */
  messageKey: string;
  params: QaParams;
  /** Where in the target (the English text). */
  start?: number;
  end?: number;
  /** Where in the source, for a problem that points at the Indonesian text (a missing number or term). */
  sourceStart?: number;
  sourceEnd?: number;
}
