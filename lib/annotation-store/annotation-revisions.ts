// An annotation's history as its panel shows it (one entry per revision, with what changed), and
// restoring an earlier revision as a new one: through the normal revision check, so a stale
// restore is a 409 like any other stale write.
import type { Annotation } from '../annotations/types';
import { diffStates, type StateChange } from '../audit/diff-states';
import type { Db } from '../db/connection';
import { getAnnotationById, listAnnotationEventsByAnnotationId, type AnnotationAction } from '../db/queries/annotations';
import { listUsers } from '../db/queries/users';
import { AppError } from '../errors';
import type { Writer } from './record-annotation-write';
import { patchAnnotation } from './update-annotation';

/** The fields a person changes; ids, offsets' context and timestamps follow from them. */
const CONTENT_FIELDS = ['start', 'end', 'quote', 'attributes', 'status', 'deletedAt'] as const;
type AnnotationContent = Pick<Annotation, (typeof CONTENT_FIELDS)[number]>;

export interface AnnotationRevision {
  revision: number;
  action: AnnotationAction;
  at: string;
  actor: string;
  userId: number | null;
  /** The writer's display name; null for a write without an account (the CLI). */
  userName: string | null;
  state: AnnotationContent;
  /** What this revision changed from the one before (every field for the first). */
  changes: StateChange[];
}

function contentOf(annotation: Annotation): AnnotationContent {
  const { start, end, quote, attributes, status, deletedAt } = annotation;
  return { start, end, quote, attributes, status, deletedAt };
}

/** The annotation `id` of `layerUserId`'s layer, or a 404 (another layer's annotation is not shown). */
function requireOwnAnnotation(db: Db, id: string, layerUserId: number): Annotation {
  const annotation = getAnnotationById(db, id);
  if (!annotation || annotation.layerUserId !== layerUserId) throw new AppError('annotation.notFound', { id });
  return annotation;
}

/** The revisions of an annotation of the user's layer, newest first. */
export function listAnnotationRevisions(db: Db, id: string, layerUserId: number): AnnotationRevision[] {
  requireOwnAnnotation(db, id, layerUserId);
  const names = new Map(listUsers(db).map((user) => [user.id, user.displayName]));
  return listAnnotationEventsByAnnotationId(db, id)
    .map((event) => ({
      revision: event.revision,
      action: event.action,
      at: event.at,
      actor: event.actor,
      userId: event.userId,
      userName: event.userId === null ? null : (names.get(event.userId) ?? null),
      state: contentOf(event.after),
      changes: diffStates(event.before && contentOf(event.before), contentOf(event.after)),
    }))
    .reverse();
}

export interface RestoreAnnotationRequest {
  /** The revision the client saw (the current one). */
  revision: number;
  /** The earlier revision whose content comes back. */
  restoreRevision: number;
}

/**
 * Writes the content of revision `restoreRevision` (span, attributes, status, deleted or not) as a
 * new revision and returns the annotation. Throws annotation.notFound, annotation.revisionNotFound
 * (404), annotation.staleRevision (409, with the current record) and the span's 400s when the text
 * has since changed under the old span. Restoring the current content changes nothing.
 */
export function restoreAnnotationRevision(
  db: Db,
  id: string,
  layerUserId: number,
  request: RestoreAnnotationRequest,
  by: Writer = { userId: layerUserId },
): Annotation {
  return db
    .transaction((): Annotation => {
      const current = requireOwnAnnotation(db, id, layerUserId);
      const event = listAnnotationEventsByAnnotationId(db, id).find((e) => e.revision === request.restoreRevision);
      if (!event) throw new AppError('annotation.revisionNotFound', { id, revision: request.restoreRevision });
      const chosen = event.after;
      const spanChanged = chosen.start !== current.start || chosen.end !== current.end || chosen.quote !== current.quote;
      const span = spanChanged && chosen.start !== null && chosen.end !== null ? { start: chosen.start, end: chosen.end, quote: chosen.quote } : undefined;
      return patchAnnotation(
        db,
        id,
        layerUserId,
        { revision: request.revision, attributes: chosen.attributes, status: chosen.status, span, deleted: chosen.deletedAt !== null },
        by,
      );
    })
    .immediate();
}
