// Accepts or rejects suggested annotations of the writer's layer, one or many at once. Only
// annotations still `suggested` change: a suggestion is never accepted without a person's say.
import type { Annotation } from '../annotations/types';
import type { Db } from '../db/connection';
import { getAnnotationById, updateAnnotation } from '../db/queries/annotations';
import { insertAuditEntry } from '../db/queries/audit';
import { actorOf, now, recordAnnotationEvent, requireDocument, type Writer } from './record-annotation-write';

export type ReviewDecision = 'accepted' | 'rejected';

/**
 * Sets `status` on the listed annotations that are suggested, live, of this document and of the
 * writer's layer; others are left as they are. Returns the annotations it changed.
 */
export function reviewSuggestions(
  db: Db,
  slug: string,
  layerUserId: number,
  ids: readonly string[],
  status: ReviewDecision,
  by: Writer = { userId: layerUserId },
): Annotation[] {
  return db
    .transaction((): Annotation[] => {
      const doc = requireDocument(db, slug);
      const at = now();
      const changed: Annotation[] = [];
      for (const id of new Set(ids)) {
        const current = getAnnotationById(db, id);
        if (!current || current.documentId !== doc.id || current.layerUserId !== layerUserId) continue;
        if (current.deletedAt !== null || current.status !== 'suggested') continue;
        const next: Annotation = { ...current, status, revision: current.revision + 1, updatedAt: at };
        if (!updateAnnotation(db, next, current.revision, by.userId)) throw new Error(`annotation ${id} changed inside its transaction`);
        recordAnnotationEvent(db, 'review', current, next, by);
        changed.push(next);
      }
      if (changed.length > 0) {
        // One audit entry for the batch; each annotation's own history is in annotation_events.
        insertAuditEntry(db, {
          userId: by.userId,
          actor: actorOf(by),
          action: 'annotation.review',
          entity: 'document',
          entityId: doc.id,
          after: { status, ids: changed.map((a) => a.id) },
        });
      }
      return changed;
    })
    .immediate();
}
