// Runs every QA check on one translation unit, as the editor does while the translator types and
// the document report does for all units.

import { checkAlignments, type AlignmentToCheck } from './check-alignments';
import { checkBrackets } from './check-brackets';
import { checkGlossary, type GlossaryEntry } from './check-glossary';
import { checkIdenticalToSource } from './check-identical-to-source';
import { checkNumbers } from './check-numbers';
import { checkQuotes } from './check-quotes';
import { checkSpaces } from './check-spaces';
import { checkUntranslated } from './check-untranslated';
import type { QaIssue } from './qa-issue';

/** One unit: the Indonesian source, its English target, and what it is checked against. */
export interface QaUnit {
  source: string;
  target: string;
  /** Terms to use: the termbase and the registry English names of the unit's actors. */
  glossary?: readonly GlossaryEntry[];
  /** The unit's span alignments (offsets into `target`). */
  alignments?: readonly AlignmentToCheck[];
}

/**
 * All issues of `unit`: errors first, then warnings, each in target order (issues without a
 * target offset after those with one). An untranslated unit reports only that: every other check
 * would just repeat it.
 */
export function runQaChecks(unit: QaUnit): QaIssue[] {
  const { source, target } = unit;
  const untranslated = checkUntranslated(source, target);
  if (untranslated.length > 0) return untranslated;
  const issues = [
    ...checkNumbers(source, target),
    ...checkGlossary(source, target, unit.glossary ?? []),
    ...checkIdenticalToSource(source, target),
    ...checkBrackets(source, target),
    ...checkQuotes(source, target),
    ...checkSpaces(target),
    ...checkAlignments(target, unit.alignments ?? []),
  ];
  const rank = (issue: QaIssue): number => (issue.severity === 'error' ? 0 : 1);
  // Array.prototype.sort is stable: issues at the same place keep the order of the checks.
  return issues.sort((a, b) => rank(a) - rank(b) || (a.start ?? Number.MAX_SAFE_INTEGER) - (b.start ?? Number.MAX_SAFE_INTEGER));
}
