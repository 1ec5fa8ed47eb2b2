// QA: a unit whose English text is empty has not been translated.

import type { QaIssue } from './qa-issue';

/** An error when `target` is empty or only whitespace while `source` has text. */
export function checkUntranslated(source: string, target: string): QaIssue[] {
  if (target.trim() !== '' || source.trim() === '') return [];
  return [{ check: 'untranslated', severity: 'error', messageKey: 'qa.untranslated', params: {} }];
}
