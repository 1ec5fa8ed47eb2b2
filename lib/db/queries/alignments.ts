// Alignments: an annotation's English counterpart as a span of one unit's English text, and the
// annotations a unit can align (accepted, live, placed, every layer: which of them the translate page
// shows is lib/translation/annotations-for-translation.ts).
import type { Annotation } from '../../annotations/types';
import type { Db } from '../connection';
import { statement } from '../statement';

export const ALIGNMENT_STATES = ['aligned', 'moved', 'broken'] as const;
export type AlignmentState = (typeof ALIGNMENT_STATES)[number];

export interface AlignmentRecord {
  id: string;
  translationId: number;
  annotationId: string;
  start: number;
  end: number;
  quote: string;
  state: AlignmentState;
}

/** An alignment with the unit (sentence) whose translation holds it. */
export interface UnitAlignmentRecord extends AlignmentRecord {
  sentenceId: number;
}

const ALIGNMENT_SELECT = `
  SELECT a.id, a.translation_id AS translationId, a.annotation_id AS annotationId, a.start_offset AS start,
         a.end_offset AS end, a.quote, a.state, t.sentence_id AS sentenceId
  FROM alignments a JOIN translations t ON t.id = a.translation_id`;

/** Every alignment of a document's units, by unit and English offset. */
export function listAlignmentsByDocumentId(db: Db, documentId: number): UnitAlignmentRecord[] {
  return statement(db, `${ALIGNMENT_SELECT} WHERE t.document_id = ? ORDER BY t.sentence_id, a.start_offset, a.id`).all(
    documentId,
  ) as UnitAlignmentRecord[];
}

/** The alignments inside one translation, by English offset. */
export function listAlignmentsByTranslationId(db: Db, translationId: number): UnitAlignmentRecord[] {
  return statement(db, `${ALIGNMENT_SELECT} WHERE a.translation_id = ? ORDER BY a.start_offset, a.id`).all(
    translationId,
  ) as UnitAlignmentRecord[];
}

/** Every alignment of one annotation, across units. */
export function listAlignmentsByAnnotationId(db: Db, annotationId: string): UnitAlignmentRecord[] {
  return statement(db, `${ALIGNMENT_SELECT} WHERE a.annotation_id = ? ORDER BY t.sentence_id`).all(annotationId) as UnitAlignmentRecord[];
}

export function getAlignmentById(db: Db, id: string): UnitAlignmentRecord | undefined {
  return statement(db, `${ALIGNMENT_SELECT} WHERE a.id = ?`).get(id) as UnitAlignmentRecord | undefined;
}

export function getAlignmentByAnnotationAndTranslation(db: Db, annotationId: string, translationId: number): UnitAlignmentRecord | undefined {
  return statement(db, `${ALIGNMENT_SELECT} WHERE a.annotation_id = @annotationId AND a.translation_id = @translationId`).get({
    annotationId,
    translationId,
  }) as UnitAlignmentRecord | undefined;
}

/** Inserts an alignment, or replaces the one the same annotation has in the same translation. */
export function upsertAlignment(db: Db, alignment: AlignmentRecord, userId: number | null, at: string): void {
  statement(
    db,
    `INSERT INTO alignments (id, translation_id, annotation_id, start_offset, end_offset, quote, state,
                             created_by, created_at, updated_by, updated_at)
     VALUES (@id, @translationId, @annotationId, @start, @end, @quote, @state, @userId, @at, @userId, @at)
     ON CONFLICT (annotation_id, translation_id) DO UPDATE
       SET start_offset = excluded.start_offset, end_offset = excluded.end_offset, quote = excluded.quote,
           state = excluded.state, updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
  ).run({ ...alignment, userId, at });
}

/** Moves an alignment (new offsets, quote, state, and possibly another translation). */
export function updateAlignment(db: Db, alignment: AlignmentRecord, userId: number | null, at: string): void {
  statement(
    db,
    `UPDATE alignments
     SET translation_id = @translationId, start_offset = @start, end_offset = @end, quote = @quote, state = @state,
         updated_by = @userId, updated_at = @at
     WHERE id = @id`,
  ).run({ ...alignment, userId, at });
}

export function deleteAlignmentById(db: Db, id: string): void {
  statement(db, 'DELETE FROM alignments WHERE id = ?').run(id);
}

// The columns of lib/db/queries/annotations.ts, read here in one query for a whole document.
const ANNOTATION_COLUMNS = `id, document_id AS documentId, layer_user_id AS layerUserId, label,
  start_offset AS start, end_offset AS end, quote, prefix, suffix, attributes, status,
  anchor_state AS anchor, origin, revision, created_at AS createdAt, updated_at AS updatedAt,
  deleted_at AS deletedAt`;

/**
 * The annotations a document's units may align: accepted, not deleted, placed (not orphaned), in
 * every layer, in text order.
 */
export function listAlignableAnnotationsByDocumentId(db: Db, documentId: number): Annotation[] {
  const rows = statement(
    db,
    `SELECT ${ANNOTATION_COLUMNS} FROM annotations
     WHERE document_id = ? AND status = 'accepted' AND deleted_at IS NULL AND start_offset IS NOT NULL
     ORDER BY start_offset, end_offset DESC, id`,
  ).all(documentId) as Array<Omit<Annotation, 'attributes'> & { attributes: string }>;
  return rows.map((row) => ({ ...row, attributes: JSON.parse(row.attributes) as Annotation['attributes'] }));
}

/** The alignable annotations of a document that overlap [start, end), in text order. */
export function listAlignableAnnotationsInRange(db: Db, documentId: number, start: number, end: number): Annotation[] {
  const rows = statement(
    db,
    `SELECT ${ANNOTATION_COLUMNS} FROM annotations
     WHERE document_id = @documentId AND status = 'accepted' AND deleted_at IS NULL
       AND start_offset < @end AND end_offset > @start
     ORDER BY start_offset, end_offset DESC, id`,
  ).all({ documentId, start, end }) as Array<Omit<Annotation, 'attributes'> & { attributes: string }>;
  return rows.map((row) => ({ ...row, attributes: JSON.parse(row.attributes) as Annotation['attributes'] }));
}

/** Spans of the alignable annotations of every document, for progress counts. */
export function listAlignableAnnotationSpans(db: Db): AlignableSpan[] {
  return statement(
    db,
    `SELECT id, document_id AS documentId, layer_user_id AS layerUserId, label, start_offset AS start, end_offset AS end
     FROM annotations
     WHERE status = 'accepted' AND deleted_at IS NULL AND start_offset IS NOT NULL
     ORDER BY document_id, start_offset, end_offset DESC, id`,
  ).all() as AlignableSpan[];
}

export interface AlignableSpan {
  id: string;
  documentId: number;
  layerUserId: number;
  label: string;
  start: number;
  end: number;
}

/** Whether a document has accepted, live annotations in a layer (the gold layer, say). */
export function hasAcceptedAnnotationsInLayer(db: Db, documentId: number, layerUserId: number): boolean {
  return (
    statement(
      db,
      `SELECT 1 FROM annotations
       WHERE document_id = ? AND layer_user_id = ? AND status = 'accepted' AND deleted_at IS NULL LIMIT 1`,
    ).get(documentId, layerUserId) !== undefined
  );
}

/** The annotations with at least one confirmed alignment (a moved one waits for a person to check it). */
export function listAlignedAnnotationIds(db: Db): Set<string> {
  const rows = statement(db, "SELECT DISTINCT annotation_id AS id FROM alignments WHERE state = 'aligned'").all() as Array<{ id: string }>;
  return new Set(rows.map((row) => row.id));
}
