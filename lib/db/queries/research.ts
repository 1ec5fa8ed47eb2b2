// History counts behind the dashboard's progress charts: annotation and translation events per
// day (UTC, from the ISO timestamp), person, action and the status before and after. What counts
// as progress is decided in lib/research/dashboard, not here.
// Below them, the research views' lighter reads of the export's rows (see the section comment).
import type { AnnotationAttributes, AnnotationStatus } from '../../annotations/types';
import type { EventDayCount } from '../../research/dashboard/progress-over-time';
import type { UnitStatus } from '../../translation/unit-status';
import type { Db } from '../connection';
import { statement } from '../statement';
import type { AlignmentState } from './alignments';

/** Annotation events by a person, grouped; of one document or, with `documentId` null, of all. */
export function countAnnotationEventsByDay(db: Db, documentId: number | null): EventDayCount[] {
  return statement(
    db,
    `SELECT substr(e.at, 1, 10) AS day, e.user_id AS userId, u.display_name AS name, e.action,
            json_extract(e.before, '$.status') AS beforeStatus, json_extract(e.after, '$.status') AS afterStatus,
            count(*) AS count
     FROM annotation_events e
     JOIN annotations a ON a.id = e.annotation_id
     JOIN users u ON u.id = e.user_id
     WHERE @documentId IS NULL OR a.document_id = @documentId
     GROUP BY day, e.user_id, e.action, beforeStatus, afterStatus
     ORDER BY day, u.display_name`,
  ).all({ documentId }) as EventDayCount[];
}

/** Translation events by a person, grouped; of one document or, with `documentId` null, of all. */
export function countTranslationEventsByDay(db: Db, documentId: number | null): EventDayCount[] {
  return statement(
    db,
    `SELECT substr(e.at, 1, 10) AS day, e.user_id AS userId, u.display_name AS name, e.action,
            json_extract(e.before, '$.status') AS beforeStatus, json_extract(e.after, '$.status') AS afterStatus,
            count(*) AS count
     FROM translation_events e
     JOIN translations t ON t.id = e.translation_id
     JOIN users u ON u.id = e.user_id
     WHERE @documentId IS NULL OR t.document_id = @documentId
     GROUP BY day, e.user_id, e.action, beforeStatus, afterStatus
     ORDER BY day, u.display_name`,
  ).all({ documentId }) as EventDayCount[];
}

// The views' own reads (statistics table, actor network, dashboard): the export's rows cut down to
// the columns a view shows, read for all the view's documents in one query each instead of
// document by document through the export loader (whose raw text, provenance and full unit rows
// made each view take most of a second on the 10× corpus). Rows and order match the export's
// queries (listExportAnnotationsByDocumentId, listUnitRowsByDocumentId, listAlignmentsByDocumentId).

/** A live annotation as the views read it: the export's row without anchoring and history columns. */
export interface ViewAnnotationRow {
  id: string;
  documentId: number;
  layerUserId: number;
  label: string;
  start: number | null;
  end: number | null;
  quote: string;
  attributes: AnnotationAttributes;
  status: AnnotationStatus;
  /** Display name of the annotator whose layer holds it. */
  creator: string;
}

/**
 * Live annotations of these documents with one of `labels` and `statuses` (null: any), every layer,
 * by document, then placed ones in text order and orphaned ones last (the export's order).
 */
export function listViewAnnotations(
  db: Db,
  documentIds: readonly number[],
  labels: readonly string[] | null,
  statuses: readonly AnnotationStatus[] | null,
): ViewAnnotationRow[] {
  const rows = statement(
    db,
    `SELECT a.id, a.document_id AS documentId, a.layer_user_id AS layerUserId, a.label,
            a.start_offset AS start, a.end_offset AS end, a.quote, a.attributes, a.status, u.display_name AS creator
     FROM annotations a JOIN users u ON u.id = a.layer_user_id
     WHERE a.document_id IN (SELECT value FROM json_each(@documentIds)) AND a.deleted_at IS NULL
       AND (@labels IS NULL OR a.label IN (SELECT value FROM json_each(@labels)))
       AND (@statuses IS NULL OR a.status IN (SELECT value FROM json_each(@statuses)))
     ORDER BY a.document_id, a.start_offset IS NULL, a.start_offset, a.end_offset DESC, a.id`,
  ).all({
    documentIds: JSON.stringify(documentIds),
    labels: labels === null ? null : JSON.stringify(labels),
    statuses: statuses === null ? null : JSON.stringify(statuses),
  }) as Array<Omit<ViewAnnotationRow, 'attributes'> & { attributes: string }>;
  return rows.map((row) => ({ ...row, attributes: JSON.parse(row.attributes) as AnnotationAttributes }));
}

/** An alignment as the statistics table reads it: whose English it is and its words. */
export interface ViewAlignmentRow {
  documentId: number;
  annotationId: string;
  quote: string;
  state: AlignmentState;
}

/** The alignments of these documents' annotations with `label`, by unit and English offset. */
export function listViewAlignments(db: Db, documentIds: readonly number[], label: string): ViewAlignmentRow[] {
  return statement(
    db,
    `SELECT t.document_id AS documentId, al.annotation_id AS annotationId, al.quote, al.state
     FROM alignments al
     JOIN translations t ON t.id = al.translation_id
     JOIN annotations a ON a.id = al.annotation_id
     WHERE t.document_id IN (SELECT value FROM json_each(@documentIds)) AND a.label = @label
     ORDER BY t.document_id, t.sentence_id, al.start_offset, al.id`,
  ).all({ documentIds: JSON.stringify(documentIds), label }) as ViewAlignmentRow[];
}

/** The translation units (sentences outside page furniture) of these documents, by document and order. */
export function listViewUnitSpans(db: Db, documentIds: readonly number[]): Array<{ documentId: number; start: number; end: number }> {
  return statement(
    db,
    `SELECT s.document_id AS documentId, s.start_offset AS start, s.end_offset AS end
     FROM sentences s JOIN blocks b ON b.id = s.block_id
     WHERE s.document_id IN (SELECT value FROM json_each(?)) AND b.kind <> 'page_furniture'
     ORDER BY s.document_id, s.ord`,
  ).all(JSON.stringify(documentIds)) as Array<{ documentId: number; start: number; end: number }>;
}

/** The normalized text of one document (no raw text, no provenance). */
export function getViewDocumentText(db: Db, documentId: number): string {
  return (statement(db, 'SELECT text FROM documents WHERE id = ?').get(documentId) as { text: string } | undefined)?.text ?? '';
}

/**
 * Live annotations of these documents (every layer, orphans included, as the export carries them)
 * per label and status; `firstDocument` is the position in `documentIds` of the first document
 * holding the label, so labels outside the label set can be listed in the order they are met.
 */
export function countViewAnnotationsByLabel(
  db: Db,
  documentIds: readonly number[],
): Array<{ label: string; status: AnnotationStatus; count: number; firstDocument: number }> {
  return statement(
    db,
    `SELECT a.label, a.status, count(*) AS count, min(d.key) AS firstDocument
     FROM annotations a
     JOIN users u ON u.id = a.layer_user_id
     JOIN json_each(@documentIds) d ON d.value = a.document_id
     WHERE a.deleted_at IS NULL
     GROUP BY a.label, a.status
     ORDER BY firstDocument, a.label, a.status`,
  ).all({ documentIds: JSON.stringify(documentIds) }) as Array<{ label: string; status: AnnotationStatus; count: number; firstDocument: number }>;
}

/** Translation units of these documents per status of their English (`new` without one). */
export function countViewUnitsByStatus(db: Db, documentIds: readonly number[]): Array<{ status: UnitStatus; count: number }> {
  return statement(
    db,
    `SELECT coalesce(t.status, 'new') AS status, count(*) AS count
     FROM sentences s
     JOIN blocks b ON b.id = s.block_id
     LEFT JOIN translations t ON t.sentence_id = s.id
     WHERE s.document_id IN (SELECT value FROM json_each(?)) AND b.kind <> 'page_furniture'
     GROUP BY 1`,
  ).all(JSON.stringify(documentIds)) as Array<{ status: UnitStatus; count: number }>;
}
