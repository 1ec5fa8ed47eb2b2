// QA: whitespace slips in the English text — two spaces in a row, space at the start or the end.

import type { QaIssue } from './qa-issue';

const SPACE_RUN = /[ \t\u00a0]{2,}/g;

/** Warnings for leading and trailing whitespace and for runs of two or more spaces inside. */
export function checkSpaces(target: string): QaIssue[] {
  const issues: QaIssue[] = [];
  const leading = /^\s+/.exec(target);
  const trailing = /\s+$/.exec(target);
  if (leading && leading[0].length < target.length) {
    issues.push({ check: 'spaces', severity: 'warning', messageKey: 'qa.leadingSpace', params: {}, start: 0, end: leading[0].length });
  }
  const innerFrom = leading ? leading[0].length : 0;
  const innerTo = trailing ? trailing.index : target.length;
  for (const match of target.matchAll(SPACE_RUN)) {
    if (match.index < innerFrom || match.index + match[0].length > innerTo) continue;
    issues.push({ check: 'spaces', severity: 'warning', messageKey: 'qa.doubleSpace', params: {}, start: match.index, end: match.index + match[0].length });
  }
  if (trailing && trailing.index > 0) {
    issues.push({ check: 'spaces', severity: 'warning', messageKey: 'qa.trailingSpace', params: {}, start: trailing.index, end: target.length });
  }
  return issues;
}
