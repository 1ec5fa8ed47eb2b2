// Creates an annotation in the writer's layer. The id is chosen by the client, so a retried
// request (the browser's retry queue after a lost response) finds its annotation and changes nothing.
import { describeTextQuote } from '../annotations/anchoring/describe-text-quote';
import type { Annotation, AnnotationStatus, NewAnnotation } from '../annotations/types';
import type { Db } from '../db/connection';
import { getAnnotationById, insertAnnotation, listAnnotationEventsByAnnotationId } from '../db/queries/annotations';
import type { AnnotatableDocument } from '../db/queries/annotations';
import { AppError } from '../errors';
import { mapOffsetsFromRevision } from './map-stale-offsets';
import { assertValidAnnotation, now, recordAnnotationWrite, requireDocument, sameAttributes, type Writer } from './record-annotation-write';

export type NewAnnotationInput = NewAnnotation;

export interface CreateAnnotationResult {
  annotation: Annotation;
  /** False when the same request had already been stored (the answer is then 200, not 201). */
  created: boolean;
  /** The document's text revision now (a client on an older one reloads the text). */
  documentRevision: number;
}

function matchesRequest(stored: Annotation, input: NewAnnotationInput, status: AnnotationStatus): boolean {
  return (
    stored.label === input.label &&
    stored.start === input.start &&
    stored.end === input.end &&
    stored.quote === input.quote &&
    stored.status === status &&
    sameAttributes(stored.attributes, input.attributes)
  );
}

/**
 * Whether `existing` is what this request created: as it stands, or as it was created (a retry
 * may arrive after later edits went through).
 */
function isRetry(db: Db, existing: Annotation, documentId: number, layerUserId: number, input: NewAnnotationInput, status: AnnotationStatus): boolean {
  if (existing.documentId !== documentId || existing.layerUserId !== layerUserId) return false;
  if (matchesRequest(existing, input, status)) return true;
  const [first] = listAnnotationEventsByAnnotationId(db, existing.id);
  return first?.action === 'create' && matchesRequest(first.after, input, status);
}

/**
 * A request made on an older text: its span is mapped through the corrections since, and its quote
 * becomes the words there now (the same words, corrected).
 */
function onCurrentText(db: Db, doc: AnnotatableDocument, input: NewAnnotationInput): NewAnnotationInput {
  const base = input.documentRevision;
  if (base === undefined || base >= doc.revision || !Number.isInteger(input.start) || !Number.isInteger(input.end)) return input;
  const { start, end } = mapOffsetsFromRevision(db, doc.id, base, input.start, input.end);
  return end > start ? { ...input, start, end, quote: doc.text.slice(start, end) } : input;
}

/**
 * Validates and stores a new annotation of `slug` in the layer of `layerUserId`; prefix and suffix
 * come from the text. Throws AppErrors: document.notFound, annotation.* (400) for a bad span,
 * quote, label or attribute, annotation.idConflict (409) for an id already used otherwise.
 */
export function createAnnotation(
  db: Db,
  slug: string,
  layerUserId: number,
  request: NewAnnotationInput,
  by: Writer = { userId: layerUserId },
): CreateAnnotationResult {
  return db
    .transaction((): CreateAnnotationResult => {
      const doc = requireDocument(db, slug);
      const input = onCurrentText(db, doc, request);
      const status = input.status ?? 'accepted';
      const existing = getAnnotationById(db, input.id);
      if (existing) {
        if (isRetry(db, existing, doc.id, layerUserId, input, status)) return { annotation: existing, created: false, documentRevision: doc.revision };
        throw new AppError('annotation.idConflict', { id: input.id });
      }
      assertValidAnnotation(db, doc.text, input);
      const at = now();
      const { prefix, suffix } = describeTextQuote(doc.text, input.start, input.end);
      const annotation: Annotation = {
        id: input.id,
        documentId: doc.id,
        layerUserId,
        label: input.label,
        start: input.start,
        end: input.end,
        quote: input.quote,
        prefix,
        suffix,
        attributes: { ...input.attributes },
        status,
        anchor: 'anchored',
        origin: 'manual',
        revision: 1,
        createdAt: at,
        updatedAt: at,
        deletedAt: null,
      };
      insertAnnotation(db, annotation, { userId: by.userId });
      recordAnnotationWrite(db, 'create', null, annotation, by);
      return { annotation, created: true, documentRevision: doc.revision };
    })
    .immediate();
}
