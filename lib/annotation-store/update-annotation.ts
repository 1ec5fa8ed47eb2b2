// Edits, soft-deletes and restores an annotation of the writer's layer. Every write names the
// revision it saw; a stale one is refused with the current record so the client can merge.
import { describeTextQuote } from '../annotations/anchoring/describe-text-quote';
import type { Annotation, AnnotationAttributes, AnnotationStatus } from '../annotations/types';
import type { Db } from '../db/connection';
import { getAnnotatableDocumentById, getAnnotationById, updateAnnotation, type AnnotationAction } from '../db/queries/annotations';
import { AppError } from '../errors';
import {
  assertValidAnnotation,
  assertValidAttributes,
  now,
  recordAnnotationWrite,
  refuseSupersededDocument,
  sameAttributes,
  type Writer,
} from './record-annotation-write';

export interface AnnotationPatch {
  /** The revision the client saw. */
  revision: number;
  /** Replaces the whole attribute map. */
  attributes?: AnnotationAttributes;
  status?: AnnotationStatus;
  /** A new span: start, end and quote come together (an orphaned annotation is re-attached this way). */
  span?: { start: number; end: number; quote: string };
  /** true deletes (soft), false restores. */
  deleted?: boolean;
}

/** The annotation `id` of `layerUserId`'s layer, or a 404. */
function requireOwnAnnotation(db: Db, id: string, layerUserId: number): Annotation {
  const current = getAnnotationById(db, id);
  if (!current || current.layerUserId !== layerUserId) throw new AppError('annotation.notFound', { id });
  refuseSupersededDocument(db, current.documentId);
  return current;
}

function withSpan(db: Db, current: Annotation, span: NonNullable<AnnotationPatch['span']>, attributes: AnnotationAttributes): Partial<Annotation> {
  const doc = getAnnotatableDocumentById(db, current.documentId);
  if (!doc) throw new AppError('document.notFound', { id: current.documentId });
  assertValidAnnotation(db, doc.text, { label: current.label, ...span, attributes });
  const { prefix, suffix } = describeTextQuote(doc.text, span.start, span.end);
  return { start: span.start, end: span.end, quote: span.quote, prefix, suffix, anchor: 'anchored' };
}

function isUnchanged(current: Annotation, next: Annotation): boolean {
  return (
    current.start === next.start &&
    current.end === next.end &&
    current.quote === next.quote &&
    current.status === next.status &&
    current.deletedAt === next.deletedAt &&
    current.anchor === next.anchor &&
    sameAttributes(current.attributes, next.attributes)
  );
}

function actionOf(current: Annotation, next: Annotation): AnnotationAction {
  if (current.deletedAt === null && next.deletedAt !== null) return 'delete';
  if (current.deletedAt !== null && next.deletedAt === null) return 'restore';
  return 'update';
}

/**
 * Applies a patch to an annotation of the writer's layer and returns the new record. Throws
 * annotation.notFound (404), annotation.staleRevision (409, carrying the current record),
 * annotation.deleted (409) for an edit of a deleted annotation that does not restore it, and the
 * 400 validation errors. A patch that changes nothing returns the record as it is.
 */
export function patchAnnotation(db: Db, id: string, layerUserId: number, patch: AnnotationPatch, by: Writer = { userId: layerUserId }): Annotation {
  return db
    .transaction((): Annotation => {
      const current = requireOwnAnnotation(db, id, layerUserId);
      if (current.revision !== patch.revision) {
        throw new AppError('annotation.staleRevision', { id, revision: patch.revision, current: current.revision }, { current });
      }
      if (current.deletedAt !== null && patch.deleted === undefined) {
        throw new AppError('annotation.deleted', { id }, { current });
      }
      const attributes = patch.attributes ?? current.attributes;
      const at = now();
      const next: Annotation = {
        ...current,
        ...(patch.span ? withSpan(db, current, patch.span, attributes) : {}),
        attributes: { ...attributes },
        status: patch.status ?? current.status,
        deletedAt: patch.deleted === undefined ? current.deletedAt : patch.deleted ? (current.deletedAt ?? at) : null,
        revision: current.revision + 1,
        updatedAt: at,
      };
      if (patch.attributes && !patch.span) assertValidAttributes(db, next);
      if (isUnchanged(current, next)) return current;
      if (!updateAnnotation(db, next, current.revision, by.userId)) throw new Error(`annotation ${id} changed inside its transaction`);
      recordAnnotationWrite(db, actionOf(current, next), current, next, by);
      return next;
    })
    .immediate();
}

/** Soft-deletes an annotation (a patch with `deleted: true`). */
export function deleteAnnotation(db: Db, id: string, layerUserId: number, revision: number, by: Writer = { userId: layerUserId }): Annotation {
  return patchAnnotation(db, id, layerUserId, { revision, deleted: true }, by);
}

/** The revision of the text an annotation lies in (a client on an older one reloads the text). */
export function documentRevisionOf(db: Db, annotation: Annotation): number | undefined {
  return getAnnotatableDocumentById(db, annotation.documentId)?.revision;
}
