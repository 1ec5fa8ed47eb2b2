// When a changed file is imported as a new version of a document, the annotations of the previous
// version are copied onto it, re-anchored in the new text. Those that cannot be placed are kept as
// orphaned (quote and context intact, no offsets) for a person to review: never deleted.
import { randomUUID } from 'node:crypto';
import { reanchorAnnotations } from '../annotations/anchoring/reanchor-annotations';
import type { Annotation, AnchorState } from '../annotations/types';
import type { Db } from '../db/connection';
import {
  getAnnotationCreatorsByDocumentId,
  getDocumentVersionTexts,
  insertAnnotation,
  listLiveAnnotationsByDocumentId,
} from '../db/queries/annotations';
import { insertAuditEntry } from '../db/queries/audit';
import { actorOf, now, recordAnnotationEvent, type Writer } from './record-annotation-write';

export type ReanchorCounts = Record<AnchorState, number>;

/**
 * Copies every live annotation of the version `documentId` supersedes onto `documentId` (new ids,
 * `previous_id` set, every layer), re-anchored with `reanchorAnnotations`. Returns how many landed
 * in each anchor state; all zero when the document supersedes nothing. Runs in one transaction
 * (a savepoint when the import's transaction is open).
 */
export function reanchorNewVersion(db: Db, documentId: number, by: Writer): ReanchorCounts {
  return db
    .transaction((): ReanchorCounts => {
      const counts: ReanchorCounts = { anchored: 0, fuzzy: 0, orphaned: 0 };
      const versions = getDocumentVersionTexts(db, documentId);
      if (!versions) return counts;
      const previous = listLiveAnnotationsByDocumentId(db, versions.previousId);
      if (previous.length === 0) return counts;
      const results = reanchorAnnotations(versions.previousText, versions.text, previous);
      const creators = getAnnotationCreatorsByDocumentId(db, versions.previousId);
      const at = now();
      previous.forEach((old, i) => {
        const result = results[i];
        if (!result || result.id !== old.id) throw new Error(`re-anchoring lost annotation ${old.id}`);
        const copy: Annotation = {
          ...old,
          id: randomUUID(),
          documentId,
          start: result.start,
          end: result.end,
          quote: result.quote,
          prefix: result.prefix,
          suffix: result.suffix,
          anchor: result.anchor,
          revision: 1,
          updatedAt: at,
        };
        insertAnnotation(db, copy, { userId: by.userId, createdBy: creators.get(old.id) ?? null, previousId: old.id });
        recordAnnotationEvent(db, 'reanchor', old, copy, by);
        counts[result.anchor]++;
      });
      insertAuditEntry(db, {
        userId: by.userId,
        actor: actorOf(by),
        action: 'annotation.reanchor',
        entity: 'document',
        entityId: documentId,
        after: { previousDocumentId: versions.previousId, ...counts },
      });
      return counts;
    })
    .immediate();
}
