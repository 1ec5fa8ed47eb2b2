// QA: brackets `()`, `[]` and `{}` that do not pair up in the English text when they do in the source.

import type { QaIssue } from './qa-issue';

const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['(', ')'],
  ['[', ']'],
  ['{', '}'],
];

/** The offsets of the brackets of one kind that have no partner. */
export interface Unpaired {
  unclosed: number[];
  unopened: number[];
}

/** Opening brackets never closed and closing brackets never opened, for one pair of characters. */
export function findUnpaired(text: string, open: string, close: string): Unpaired {
  const unclosed: number[] = [];
  const unopened: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const character = text[i];
    if (character === open) unclosed.push(i);
    else if (character === close) {
      if (unclosed.length > 0) unclosed.pop();
      else unopened.push(i);
    }
  }
  return { unclosed, unopened };
}

/**
 * A warning for each bracket of `target` without a partner, for each kind whose imbalance differs
 * from the source's: a parenthesis that opens in one unit and closes in the next (the sentence
 * splitter cut it) is unbalanced on both sides, and that is right.
 */
export function checkBrackets(source: string, target: string): QaIssue[] {
  const issues: QaIssue[] = [];
  for (const [open, close] of PAIRS) {
    const inTarget = findUnpaired(target, open, close);
    const inSource = findUnpaired(source, open, close);
    if (inTarget.unclosed.length === inSource.unclosed.length && inTarget.unopened.length === inSource.unopened.length) continue;
    for (const at of inTarget.unclosed) issues.push(issue(at, open, close));
    for (const at of inTarget.unopened) issues.push(issue(at, close, open));
  }
  return issues.sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
}

function issue(at: number, bracket: string, partner: string): QaIssue {
  return { check: 'brackets', severity: 'warning', messageKey: 'qa.unbalancedBracket', params: { bracket, partner }, start: at, end: at + 1 };
}
