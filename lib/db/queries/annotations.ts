// Standoff annotations per annotator layer, and their history (one event per write).
import type { AnchorState, Annotation, AnnotationStatus } from '../../annotations/types';
import type { Db } from '../connection';
import { documentText } from '../document-text-cache';
import { statement } from '../statement';

interface AnnotationRow extends Omit<Annotation, 'attributes'> {
  attributes: string;
}

const ANNOTATION_COLUMNS = `id, document_id AS documentId, layer_user_id AS layerUserId, label,
  start_offset AS start, end_offset AS end, quote, prefix, suffix, attributes, status,
  anchor_state AS anchor, origin, revision, created_at AS createdAt, updated_at AS updatedAt,
  deleted_at AS deletedAt`;

function toAnnotation(row: AnnotationRow): Annotation {
  return { ...row, attributes: JSON.parse(row.attributes) as Annotation['attributes'] };
}

export interface AnnotatableDocument {
  id: number;
  slug: string;
  text: string;
  revision: number;
}

interface AnnotatableDocumentRow extends Omit<AnnotatableDocument, 'text'> {
  token: string | null;
}

function withText(db: Db, row: AnnotatableDocumentRow | undefined): AnnotatableDocument | undefined {
  if (!row) return undefined;
  const { token, ...doc } = row;
  // hex() of no token is ''.
  return { ...doc, text: documentText(db, doc.id, token || null) };
}

/**
 * The text annotations of a document are checked against, without the raw text and provenance.
 * Every annotation write asks for it: the text comes from memory while its token is unchanged.
 */
export function getAnnotatableDocumentBySlug(db: Db, slug: string): AnnotatableDocument | undefined {
  return withText(db, statement(db, 'SELECT id, slug, revision, hex(text_token) AS token FROM documents WHERE slug = ?').get(slug) as AnnotatableDocumentRow | undefined);
}

export function getAnnotatableDocumentById(db: Db, id: number): AnnotatableDocument | undefined {
  return withText(db, statement(db, 'SELECT id, slug, revision, hex(text_token) AS token FROM documents WHERE id = ?').get(id) as AnnotatableDocumentRow | undefined);
}

export function getAnnotationById(db: Db, id: string): Annotation | undefined {
  const row = statement(db, `SELECT ${ANNOTATION_COLUMNS} FROM annotations WHERE id = ?`).get(id) as AnnotationRow | undefined;
  return row && toAnnotation(row);
}

/** A layer's drawing order: by offsets, orphaned annotations (no offsets) last. */
const LAYER_ORDER = 'ORDER BY start_offset IS NULL, start_offset, end_offset DESC, id';

/** One annotator's layer of a document, without deleted annotations; orphaned ones last. */
export function listAnnotationsByDocumentAndLayer(db: Db, documentId: number, layerUserId: number): Annotation[] {
  return (
    statement(
      db,
      `SELECT ${ANNOTATION_COLUMNS} FROM annotations
       WHERE document_id = @documentId AND layer_user_id = @layerUserId AND deleted_at IS NULL
       ${LAYER_ORDER}`,
    ).all({ documentId, layerUserId }) as AnnotationRow[]
  ).map(toAnnotation);
}

/** A live annotation of a known layer as a row of values, its attributes still JSON. */
export type LayerRowValues = readonly [
  id: string,
  label: string,
  start: number | null,
  end: number | null,
  quote: string,
  prefix: string,
  suffix: string,
  attributes: string,
  status: AnnotationStatus,
  anchor: AnchorState,
  origin: Annotation['origin'],
  revision: number,
  createdAt: string,
  updatedAt: string,
];

/**
 * The same layer as `listAnnotationsByDocumentAndLayer`, in the same order, as rows of values: what
 * the annotate page's packed layer is made from (lib/editor/packed-layer). Arrays, not objects,
 * and nothing the layer itself says (document, user, deletion): for 10 000 spans the read takes
 * half the time, and it is most of the page's layer request.
 */
export function listLayerRowValues(db: Db, documentId: number, layerUserId: number): LayerRowValues[] {
  return statement(
    db,
    `SELECT id, label, start_offset, end_offset, quote, prefix, suffix, attributes, status, anchor_state, origin, revision, created_at, updated_at
     FROM annotations WHERE document_id = @documentId AND layer_user_id = @layerUserId AND deleted_at IS NULL
     ${LAYER_ORDER}`,
  )
    .raw(true)
    .all({ documentId, layerUserId }) as LayerRowValues[];
}

/** Every annotation of a document, every layer, deleted ones included (a correction maps them all). */
export function listAllAnnotationsByDocumentId(db: Db, documentId: number): Annotation[] {
  return (
    statement(db, `SELECT ${ANNOTATION_COLUMNS} FROM annotations WHERE document_id = ? ORDER BY created_at, id`).all(
      documentId,
    ) as AnnotationRow[]
  ).map(toAnnotation);
}

/** The annotations of a document that are not deleted, every layer (copied to a new version). */
export function listLiveAnnotationsByDocumentId(db: Db, documentId: number): Annotation[] {
  return listAllAnnotationsByDocumentId(db, documentId).filter((a) => a.deletedAt === null);
}

/** Who created each annotation of a document (the record keeps it when copied to a new version). */
export function getAnnotationCreatorsByDocumentId(db: Db, documentId: number): Map<string, number | null> {
  const rows = statement(db, 'SELECT id, created_by AS createdBy FROM annotations WHERE document_id = ?').all(documentId) as Array<{
    id: string;
    createdBy: number | null;
  }>;
  return new Map(rows.map((row) => [row.id, row.createdBy]));
}

export interface AnnotationWriter {
  userId: number | null;
  createdBy?: number | null;
  previousId?: string | null;
}

/** Inserts an annotation exactly as given (id, revision and timestamps included). */
export function insertAnnotation(db: Db, annotation: Annotation, by: AnnotationWriter): void {
  statement(
    db,
    `INSERT INTO annotations (id, document_id, layer_user_id, label, start_offset, end_offset, quote, prefix, suffix,
                              attributes, status, anchor_state, origin, revision, created_by, created_at,
                              updated_by, updated_at, deleted_at, previous_id)
     VALUES (@id, @documentId, @layerUserId, @label, @start, @end, @quote, @prefix, @suffix,
             @attributes, @status, @anchor, @origin, @revision, @createdBy, @createdAt,
             @updatedBy, @updatedAt, @deletedAt, @previousId)`,
  ).run({
    ...annotation,
    attributes: JSON.stringify(annotation.attributes),
    createdBy: by.createdBy === undefined ? by.userId : by.createdBy,
    updatedBy: by.userId,
    previousId: by.previousId ?? null,
  });
}

/**
 * Writes the mutable fields of `next` over the stored row, only if the row is still at
 * `expectedRevision`; returns whether it was.
 */
export function updateAnnotation(db: Db, next: Annotation, expectedRevision: number, updatedBy: number | null): boolean {
  const result = statement(
    db,
    `UPDATE annotations
     SET start_offset = @start, end_offset = @end, quote = @quote, prefix = @prefix, suffix = @suffix,
         attributes = @attributes, status = @status, anchor_state = @anchor, revision = @revision,
         updated_by = @updatedBy, updated_at = @updatedAt, deleted_at = @deletedAt
     WHERE id = @id AND revision = @expectedRevision`,
  ).run({
    id: next.id,
    start: next.start,
    end: next.end,
    quote: next.quote,
    prefix: next.prefix,
    suffix: next.suffix,
    attributes: JSON.stringify(next.attributes),
    status: next.status,
    anchor: next.anchor,
    revision: next.revision,
    updatedBy,
    updatedAt: next.updatedAt,
    deletedAt: next.deletedAt,
    expectedRevision,
  });
  return result.changes === 1;
}

export const ANNOTATION_ACTIONS = ['create', 'update', 'delete', 'restore', 'review', 'suggest', 'map', 'reanchor'] as const;
export type AnnotationAction = (typeof ANNOTATION_ACTIONS)[number];

export interface AnnotationEvent {
  annotationId: string;
  revision: number;
  action: AnnotationAction;
  before: Annotation | null;
  after: Annotation;
  userId: number | null;
  actor: string;
  at: string;
}

/** Records one write of an annotation; call inside the transaction of that write. */
export function insertAnnotationEvent(db: Db, event: AnnotationEvent): void {
  statement(
    db,
    `INSERT INTO annotation_events (annotation_id, revision, action, before, after, user_id, actor, at)
     VALUES (@annotationId, @revision, @action, @before, @after, @userId, @actor, @at)`,
  ).run({ ...event, before: event.before === null ? null : JSON.stringify(event.before), after: JSON.stringify(event.after) });
}

/** An annotation's history, oldest first. */
export function listAnnotationEventsByAnnotationId(db: Db, annotationId: string): AnnotationEvent[] {
  const rows = statement(
    db,
    `SELECT annotation_id AS annotationId, revision, action, before, after, user_id AS userId, actor, at
     FROM annotation_events WHERE annotation_id = ? ORDER BY revision`,
  ).all(annotationId) as Array<Omit<AnnotationEvent, 'before' | 'after'> & { before: string | null; after: string }>;
  return rows.map((row) => ({
    ...row,
    before: row.before === null ? null : (JSON.parse(row.before) as Annotation),
    after: JSON.parse(row.after) as Annotation,
  }));
}

export interface DocumentVersionTexts {
  previousId: number;
  previousText: string;
  text: string;
}

/** For a document that supersedes another: both normalized texts (to re-anchor across them). */
export function getDocumentVersionTexts(db: Db, documentId: number): DocumentVersionTexts | undefined {
  return statement(
    db,
    `SELECT p.id AS previousId, p.text AS previousText, d.text
     FROM documents d JOIN documents p ON p.id = d.supersedes WHERE d.id = ?`,
  ).get(documentId) as DocumentVersionTexts | undefined;
}
