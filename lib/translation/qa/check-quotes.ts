// QA: quotation marks that do not pair up in the English text when they do in the source —
// straight `"` by count, curly “ ” and ‘ ’ by order (a lone ’ is an apostrophe).

import { findUnpaired } from './check-brackets';
import type { QaIssue } from './qa-issue';

interface QuoteMarks {
  /** Offsets of marks without a partner. */
  unpaired: number[];
}

/**
 * Warnings for unpaired quotation marks in `target`, by family (double: `"` and “ ”; single:
 * ‘ ’), unless the source is unbalanced the same way (a quotation the sentence splitter cut).
 * Translators may change straight quotes into curly ones: families are compared, not characters.
 */
export function checkQuotes(source: string, target: string): QaIssue[] {
  const issues: QaIssue[] = [];
  const families: Array<(text: string) => QuoteMarks> = [doubleQuotes, singleQuotes];
  for (const family of families) {
    const inTarget = family(target);
    if (inTarget.unpaired.length === family(source).unpaired.length) continue;
    for (const at of inTarget.unpaired) {
      const mark = target[at] ?? '"';
      issues.push({ check: 'quotes', severity: 'warning', messageKey: 'qa.unbalancedQuote', params: { mark }, start: at, end: at + 1 });
    }
  }
  return issues.sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
}

function doubleQuotes(text: string): QuoteMarks {
  const straight: number[] = [];
  for (let i = text.indexOf('"'); i !== -1; i = text.indexOf('"', i + 1)) straight.push(i);
  const curly = findUnpaired(text, '“', '”');
  const unpaired = [...curly.unclosed, ...curly.unopened];
  // An odd count leaves the last straight quote without a partner.
  const lastStraight = straight[straight.length - 1];
  if (straight.length % 2 === 1 && lastStraight !== undefined) unpaired.push(lastStraight);
  return { unpaired: unpaired.sort((a, b) => a - b) };
}

function singleQuotes(text: string): QuoteMarks {
  // ’ closes an open ‘ or is an apostrophe (`Cambodia’s`): only an unclosed ‘ is a problem.
  return { unpaired: findUnpaired(text, '‘', '’').unclosed };
}
