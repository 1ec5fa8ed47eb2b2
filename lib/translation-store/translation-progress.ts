// Progress for the documents list and the translate page: units by status and annotations aligned
// out of those inside units, per document; units per translator and status.
import type { Db } from '../db/connection';
import { listAlignableAnnotationSpans, listAlignedAnnotationIds } from '../db/queries/alignments';
import { getGoldLayerUserId } from '../db/queries/curation';
import { annotationsForTranslation } from '../translation/annotations-for-translation';
import { countUnitsByDocumentAndStatus, countUnitsByTranslatorAndStatus, listCurrentDocuments, listUnitSpans } from '../db/queries/progress';
import { UNIT_STATUSES, type UnitStatus } from '../translation/unit-status';
import { assignAnnotationsToUnits } from './load-translation-workspace';

export interface DocumentTranslationProgress {
  documentId: number;
  slug: string;
  units: Record<UnitStatus, number>;
  /** Annotations inside units: how many have an English counterpart that is not broken. */
  annotations: { aligned: number; total: number };
}

export interface TranslatorProgress {
  userId: number;
  name: string;
  translated: number;
  reviewed: number;
  approved: number;
}

function emptyCounts(): Record<UnitStatus, number> {
  return Object.fromEntries(UNIT_STATUSES.map((status) => [status, 0])) as Record<UnitStatus, number>;
}

function groupByDocument<T extends { documentId: number }>(rows: readonly T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const group = groups.get(row.documentId) ?? [];
    group.push(row);
    groups.set(row.documentId, group);
  }
  return groups;
}

/** Progress of the latest version of every document (or of one), in the order of the documents list. */
export function getTranslationProgress(db: Db, documentId?: number): DocumentTranslationProgress[] {
  const counts = groupByDocument(countUnitsByDocumentAndStatus(db));
  const units = groupByDocument(listUnitSpans(db));
  const annotations = groupByDocument(listAlignableAnnotationSpans(db));
  const aligned = listAlignedAnnotationIds(db);
  const gold = getGoldLayerUserId(db) ?? null;
  const documents = listCurrentDocuments(db).filter((doc) => documentId === undefined || doc.id === documentId);
  return documents.map((doc) => {
    const byStatus = emptyCounts();
    for (const row of counts.get(doc.id) ?? []) byStatus[row.status] += row.count;
    const all = annotations.get(doc.id) ?? [];
    // Counted as the translate page shows them: gold once the document has it, twins once.
    const shown = annotationsForTranslation(all, all.some((a) => a.layerUserId === gold) ? gold : null);
    const inUnits = new Set(assignAnnotationsToUnits(units.get(doc.id) ?? [], shown).flat());
    let alignedCount = 0;
    for (const id of inUnits) if (aligned.has(id)) alignedCount++;
    return { documentId: doc.id, slug: doc.slug, units: byStatus, annotations: { aligned: alignedCount, total: inUnits.size } };
  });
}

/**
 * Per translator (who last wrote a unit's English text), the units now translated, reviewed and
 * approved; of one document, or of all when `documentId` is omitted. By name.
 */
export function getTranslatorProgress(db: Db, documentId?: number): TranslatorProgress[] {
  const byUser = new Map<number, TranslatorProgress>();
  for (const row of countUnitsByTranslatorAndStatus(db, documentId ?? null)) {
    const entry = byUser.get(row.userId) ?? { userId: row.userId, name: row.name, translated: 0, reviewed: 0, approved: 0 };
    if (row.status === 'translated' || row.status === 'reviewed' || row.status === 'approved') entry[row.status] += row.count;
    byUser.set(row.userId, entry);
  }
  return [...byUser.values()].filter((e) => e.translated + e.reviewed + e.approved > 0);
}
