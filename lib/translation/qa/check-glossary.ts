// QA: a term of the glossary (the termbase, or an actor's registry English name) that occurs in
// the source should appear in the target as its English term.

import type { QaIssue } from './qa-issue';

/** An Indonesian term and its English rendering. */
export interface GlossaryEntry {
  source: string;
  target: string;
}

interface FoundTerm {
  key: string;
  source: string;
  targets: string[];
  start: number;
  end: number;
}

const WORD = '[\\p{L}\\p{M}\\p{N}]';

/**
 * Warnings for glossary terms found in `source` whose English term is not in `target`. Matching
 * is case-insensitive on whole words; a space and a hyphen match each other. The English side
 * also accepts the term without its leading article (`the Cambodian government` in `Cambodian
 * government officials`) and with a plural or possessive ending (`victims`, `government's`).
 * Entries with the same source term are alternatives: any of them satisfies it. A term found
 * only inside a longer term found (`Kamboja` in `Pemerintah Kamboja`) is left to the longer one.
 */
export function checkGlossary(source: string, target: string, glossary: readonly GlossaryEntry[]): QaIssue[] {
  const byTerm = new Map<string, { source: string; targets: string[] }>();
  for (const entry of glossary) {
    const key = normalizeTerm(entry.source);
    if (key === '' || entry.target.trim() === '') continue;
    const known = byTerm.get(key);
    if (known) known.targets.push(entry.target);
    else byTerm.set(key, { source: entry.source, targets: [entry.target] });
  }
  const found: FoundTerm[] = [];
  for (const [key, term] of byTerm) {
    for (const match of source.matchAll(termPattern(key, false))) {
      found.push({ key, source: term.source, targets: term.targets, start: match.index, end: match.index + match[0].length });
    }
  }
  const issues: QaIssue[] = [];
  const reported = new Set<string>();
  found.sort((a, b) => a.start - b.start);
  for (const term of found) {
    if (reported.has(term.key)) continue;
    const isCovered = (occurrence: FoundTerm): boolean =>
      found.some((longer) => longer.key.length > occurrence.key.length && longer.start <= occurrence.start && occurrence.end <= longer.end);
    const first = found.find((occurrence) => occurrence.key === term.key && !isCovered(occurrence));
    if (!first) continue;
    reported.add(term.key);
    if (term.targets.some((english) => termPattern(normalizeTerm(english), true).test(target))) continue;
    issues.push({
      check: 'glossary',
      severity: 'warning',
      messageKey: 'qa.glossaryTermMissing',
      params: { source: source.slice(first.start, first.end), target: term.targets.join(' / ') },
      sourceStart: first.start,
      sourceEnd: first.end,
    });
  }
  return issues;
}

function normalizeTerm(term: string): string {
  return term.trim().toLowerCase().replace(/[\s-]+/g, ' ');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whole-word, case-insensitive; in English an optional leading article and ending. */
function termPattern(normalized: string, english: boolean): RegExp {
  let words = normalized.split(' ').map(escapeRegExp);
  let body: string;
  if (english) {
    const article = /^(the|a|an)$/.test(words[0] ?? '') && words.length > 1 ? `(?:${words[0]}[\\s-]+)?` : '';
    if (article) words = words.slice(1);
    body = `${article}${words.join('[\\s-]+')}(?:s|es|'s|’s|'|’)?`;
  } else {
    body = words.join('[\\s-]+');
  }
  return new RegExp(`(?<!${WORD})${body}(?!${WORD})`, 'giu');
}
