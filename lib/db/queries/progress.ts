// Counts behind the progress bars: units by status per document, unit spans for counting the
// annotations inside units, and units per translator and status.
import type { UnitStatus } from '../../translation/unit-status';
import type { Db } from '../connection';
import { statement } from '../statement';

export interface CurrentDocument {
  id: number;
  slug: string;
}

/** The latest version of every document, by source path (as the documents list shows them). */
export function listCurrentDocuments(db: Db): CurrentDocument[] {
  return statement(
    db,
    `SELECT d.id, d.slug FROM documents d
     WHERE NOT EXISTS (SELECT 1 FROM documents n WHERE n.supersedes = d.id)
     ORDER BY d.source_path`,
  ).all() as CurrentDocument[];
}

/** Units per document and status; a unit without a translation counts as `new`. */
export function countUnitsByDocumentAndStatus(db: Db): Array<{ documentId: number; status: UnitStatus; count: number }> {
  return statement(
    db,
    `SELECT s.document_id AS documentId, coalesce(t.status, 'new') AS status, count(*) AS count
     FROM sentences s JOIN blocks b ON b.id = s.block_id LEFT JOIN translations t ON t.sentence_id = s.id
     WHERE b.kind <> 'page_furniture'
     GROUP BY s.document_id, coalesce(t.status, 'new')`,
  ).all() as Array<{ documentId: number; status: UnitStatus; count: number }>;
}

/** Every unit's source range, by document and text order (to tell which annotations lie in units). */
export function listUnitSpans(db: Db): Array<{ documentId: number; start: number; end: number }> {
  return statement(
    db,
    `SELECT s.document_id AS documentId, s.start_offset AS start, s.end_offset AS end
     FROM sentences s JOIN blocks b ON b.id = s.block_id
     WHERE b.kind <> 'page_furniture'
     ORDER BY s.document_id, s.ord`,
  ).all() as Array<{ documentId: number; start: number; end: number }>;
}

export interface TranslatorStatusCount {
  userId: number;
  name: string;
  status: UnitStatus;
  count: number;
}

/**
 * Units per status, attributed to who last wrote their English text; `documentId` null counts
 * every document.
 */
export function countUnitsByTranslatorAndStatus(db: Db, documentId: number | null): TranslatorStatusCount[] {
  return statement(
    db,
    `SELECT t.updated_by AS userId, u.display_name AS name, t.status, count(*) AS count
     FROM translations t JOIN users u ON u.id = t.updated_by
     WHERE @documentId IS NULL OR t.document_id = @documentId
     GROUP BY t.updated_by, t.status
     ORDER BY u.display_name`,
  ).all({ documentId }) as TranslatorStatusCount[];
}
