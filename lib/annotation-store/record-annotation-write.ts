// What every annotation write shares: who writes, the history event and audit entry it leaves,
// and the checks against the document and the label set. Call these inside the write's transaction.
import { findLabel, parseLabelDefinitions } from '../annotations/labels';
import type { Annotation, LabelDefinition } from '../annotations/types';
import { validateAnnotation, validateAttributes, type AnnotationDraft, type ValidationResult } from '../annotations/validate-annotation';
import type { Db } from '../db/connection';
import {
  getAnnotatableDocumentBySlug,
  insertAnnotationEvent,
  type AnnotatableDocument,
  type AnnotationAction,
} from '../db/queries/annotations';
import { insertAuditEntry } from '../db/queries/audit';
import { entityExists } from '../db/queries/entities';
import { listStoredLabels } from '../db/queries/labels';
import { getNewerVersionSlug } from '../db/queries/documents';
import { AppError } from '../errors';

/** Who writes: a user, and how the audit log names the writer when it is not `user:<id>` (the CLI). */
export interface Writer {
  userId: number | null;
  actor?: string;
}

export function actorOf(by: Writer): string {
  return by.actor ?? (by.userId === null ? 'system' : `user:${by.userId}`);
}

export function now(): string {
  return new Date().toISOString();
}

/** The document by slug, or a 404 AppError. */
export function requireDocument(db: Db, slug: string): AnnotatableDocument {
  const doc = getAnnotatableDocumentBySlug(db, slug);
  if (!doc) throw new AppError('document.notFound', { slug });
  refuseSupersededDocument(db, doc.id);
  return doc;
}

/**
 * Annotations of an old version were copied to the new one when it was imported: a later write
 * to the old one would never reach the new one, so it is refused with the new slug.
 */
export function refuseSupersededDocument(db: Db, documentId: number): void {
  const newer = getNewerVersionSlug(db, documentId);
  if (newer) throw new AppError('document.superseded', { slug: newer });
}

export function loadLabels(db: Db): LabelDefinition[] {
  return parseLabelDefinitions(listStoredLabels(db));
}

function throwIfInvalid(result: ValidationResult): void {
  if (!result.ok) throw new AppError(result.code, result.params);
}

/** Throws the precise 400 AppError when a draft does not fit the text or the label set. */
export function assertValidAnnotation(db: Db, text: string, draft: AnnotationDraft): void {
  throwIfInvalid(validateAnnotation(draft, { text, labels: loadLabels(db), entityExists: (id) => entityExists(db, id) }));
}

/** Whether a draft fits (for suggestions, which are skipped rather than refused). */
export function isValidAnnotation(db: Db, text: string, labels: readonly LabelDefinition[], draft: AnnotationDraft): boolean {
  return validateAnnotation(draft, { text, labels, entityExists: (id) => entityExists(db, id) }).ok;
}

/** Throws the precise 400 AppError when attributes do not fit the annotation's label. */
export function assertValidAttributes(db: Db, annotation: Pick<Annotation, 'label' | 'attributes'>): void {
  const label = findLabel(loadLabels(db), annotation.label);
  if (!label) throw new AppError('annotation.unknownLabel', { label: annotation.label });
  throwIfInvalid(validateAttributes(label, annotation.attributes, (id) => entityExists(db, id)));
}

/** Records the history event of one annotation write (its revision is `after.revision`). */
export function recordAnnotationEvent(
  db: Db,
  action: AnnotationAction,
  before: Annotation | null,
  after: Annotation,
  by: Writer,
): void {
  insertAnnotationEvent(db, {
    annotationId: after.id,
    revision: after.revision,
    action,
    before,
    after,
    userId: by.userId,
    actor: actorOf(by),
    at: after.updatedAt,
  });
}

/** Records one annotation write: its history event and its audit log entry. */
export function recordAnnotationWrite(
  db: Db,
  action: AnnotationAction,
  before: Annotation | null,
  after: Annotation,
  by: Writer,
): void {
  recordAnnotationEvent(db, action, before, after, by);
  insertAuditEntry(db, {
    userId: by.userId,
    actor: actorOf(by),
    action: `annotation.${action}`,
    entity: 'annotation',
    entityId: after.id,
    before: before ?? undefined,
    after,
  });
}

/** Attribute maps are equal when they hold the same keys with the same values, in any order. */
export function sameAttributes(a: Annotation['attributes'], b: Annotation['attributes']): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && a[key] === b[key]);
}
