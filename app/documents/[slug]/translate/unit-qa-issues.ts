// The QA findings of one unit as the translate page shows them (its row's count, the active unit's
// list): the text in its box checked against its source, the glossary and its stored alignments.
import type { GlossaryEntry } from '@/lib/translation/qa/check-glossary';
import type { QaIssue } from '@/lib/translation/qa/qa-issue';
import { runQaChecks } from '@/lib/translation/qa/run-qa-checks';
import type { TranslationUnit } from './workspace-data';

/** No glossary: every unit but the active one (its terms are fetched with its suggestions). */
export const NO_GLOSSARY: readonly GlossaryEntry[] = [];

/** The last answer: the row's count and the active unit's list ask the same at each keystroke. */
let last: { unit: TranslationUnit; text: string; glossary: readonly GlossaryEntry[]; issues: QaIssue[] } | null = null;

export function unitQaIssues(unit: TranslationUnit, text: string, glossary: readonly GlossaryEntry[]): QaIssue[] {
  if (last && last.unit === unit && last.text === text && last.glossary === glossary) return last.issues;
  const issues =
    !text && !unit.translation
      ? []
      : runQaChecks({
          source: unit.source,
          target: text,
          glossary,
          // Alignments are offsets into the stored English: checked once the typed text is stored.
          alignments: text === unit.translation?.text ? unit.alignments.filter((a) => a.state !== 'broken') : [],
        });
  last = { unit, text, glossary, issues };
  return issues;
}
