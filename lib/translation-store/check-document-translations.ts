// The QA report of a document: every QA check run on each unit that has a translation, with the
// unit's glossary (registry English names of its actors, termbase terms in its source) and its
// alignments; only the units with issues are listed.
import type { Db } from '../db/connection';
import { listAlignableAnnotationsByDocumentId, listAlignmentsByDocumentId, type UnitAlignmentRecord } from '../db/queries/alignments';
import { listEntities } from '../db/queries/entities';
import { listGlossaryTerms } from '../db/queries/glossary';
import { getTranslatableDocumentBySlug, listUnitRowsByDocumentId } from '../db/queries/translations';
import { AppError } from '../errors';
import type { QaIssue } from '../translation/qa/qa-issue';
import { runQaChecks } from '../translation/qa/run-qa-checks';
import { assignAnnotationsToUnits } from './load-translation-workspace';
import { clipAnnotationsToUnit, createUnitGlossary } from './unit-glossary';

export interface UnitQaReport {
  sentenceId: number;
  ord: number;
  issues: QaIssue[];
}

/**
 * The issues of each translated unit of `slug` (a unit with a translation, whatever its status;
 * units nobody has started are left to the progress counts), in text order; document.notFound (404).
 */
export function checkDocumentTranslations(db: Db, slug: string): { units: UnitQaReport[] } {
  const doc = getTranslatableDocumentBySlug(db, slug);
  if (!doc) throw new AppError('document.notFound', { slug });
  const rows = listUnitRowsByDocumentId(db, doc.id);
  const annotations = listAlignableAnnotationsByDocumentId(db, doc.id);
  const byId = new Map(annotations.map((a) => [a.id, a]));
  const idsByUnit = assignAnnotationsToUnits(rows, annotations);
  const alignmentsByUnit = new Map<number, UnitAlignmentRecord[]>();
  for (const alignment of listAlignmentsByDocumentId(db, doc.id)) {
    alignmentsByUnit.set(alignment.sentenceId, [...(alignmentsByUnit.get(alignment.sentenceId) ?? []), alignment]);
  }
  const glossaryOf = createUnitGlossary({ entities: listEntities(db), terms: listGlossaryTerms(db) });
  const units: UnitQaReport[] = [];
  rows.forEach((row, index) => {
    if (!row.translation) return;
    const source = doc.text.slice(row.start, row.end);
    const inUnit = clipAnnotationsToUnit(
      (idsByUnit[index] ?? []).flatMap((id) => byId.get(id) ?? []),
      row.start,
      row.end,
    );
    const issues = runQaChecks({
      source,
      target: row.translation.text,
      glossary: glossaryOf(doc.text, source, inUnit).map(({ source: term, target }) => ({ source: term, target })),
      alignments: (alignmentsByUnit.get(row.sentenceId) ?? []).map(({ annotationId, start, end, quote }) => ({ annotationId, start, end, quote })),
    });
    if (issues.length > 0) units.push({ sentenceId: row.sentenceId, ord: row.ord, issues });
  });
  return { units };
}
