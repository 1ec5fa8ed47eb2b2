// QA: a span alignment whose stored quote is no longer the English text at its offsets (the text
// changed and the alignment was not placed again).

import type { QaIssue } from './qa-issue';

/** An annotation's aligned English span as stored: offsets into the target and the words there. */
export interface AlignmentToCheck {
  annotationId: string;
  start: number;
  end: number;
  quote: string;
}

/** An error for each alignment whose range is outside `target` or holds other text than its quote. */
export function checkAlignments(target: string, alignments: readonly AlignmentToCheck[]): QaIssue[] {
  const issues: QaIssue[] = [];
  for (const alignment of alignments) {
    const { start, end, quote, annotationId } = alignment;
    const inside = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= target.length;
    if (inside && target.slice(start, end) === quote) continue;
    const issue: QaIssue = { check: 'alignments', severity: 'error', messageKey: 'qa.alignmentChanged', params: { quote, annotationId } };
    if (inside) {
      issue.start = start;
      issue.end = end;
    }
    issues.push(issue);
  }
  return issues;
}
