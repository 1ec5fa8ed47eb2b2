// Runs the suggestion engine (statistics parser and actor registry) over a document and stores
// what it finds as `suggested` annotations in a layer, never twice the same span.
import { randomUUID } from 'node:crypto';
import { describeTextQuote } from '../annotations/anchoring/describe-text-quote';
import { suggestAnnotations } from '../annotations/suggest-annotations';
import type { Annotation, AnnotationAttributes, Suggestion } from '../annotations/types';
import type { Db } from '../db/connection';
import { insertAnnotation, listAllAnnotationsByDocumentId, type AnnotatableDocument } from '../db/queries/annotations';
import { insertAuditEntry } from '../db/queries/audit';
import { getBlocksByDocumentId } from '../db/queries/documents';
import { listEntities } from '../db/queries/entities';
import { actorOf, isValidAnnotation, loadLabels, now, recordAnnotationEvent, requireDocument, type Writer } from './record-annotation-write';

export interface DocumentSuggestions {
  document: AnnotatableDocument;
  suggestions: Suggestion[];
}

export interface StoredSuggestions extends DocumentSuggestions {
  /** The annotations stored, in text order. */
  created: Annotation[];
  /** Suggestions not stored: the layer already had the span with that label (or it did not validate). */
  skipped: Suggestion[];
}

/** Drops attributes the engine left undefined, which JSON would lose anyway. */
function definedAttributes(attributes: AnnotationAttributes): AnnotationAttributes {
  return Object.fromEntries(Object.entries(attributes).filter(([, value]) => value !== undefined));
}

function computeSuggestions(db: Db, doc: AnnotatableDocument): Suggestion[] {
  const blocks = getBlocksByDocumentId(db, doc.id).map(({ kind, start, end }) => ({ kind, start, end }));
  return suggestAnnotations({ text: doc.text, blocks, entities: listEntities(db) }).map((s) => ({
    ...s,
    attributes: definedAttributes(s.attributes),
  }));
}

/** What the engine suggests for a document, without storing anything. */
export function suggestForDocument(db: Db, slug: string): DocumentSuggestions {
  const document = requireDocument(db, slug);
  return { document, suggestions: computeSuggestions(db, document) };
}

function spanKey(label: string, start: number | null, end: number | null): string {
  return `${label}:${start}:${end}`;
}

/**
 * Suggests and stores, in one transaction, every suggestion whose label and span the layer does
 * not hold yet, whatever that annotation's status and even deleted: a rejected or deleted
 * suggestion stays gone.
 */
export function storeSuggestions(db: Db, slug: string, layerUserId: number, by: Writer = { userId: layerUserId }): StoredSuggestions {
  return db
    .transaction((): StoredSuggestions => {
      const { document, suggestions } = suggestForDocument(db, slug);
      const labels = loadLabels(db);
      const taken = new Set(
        listAllAnnotationsByDocumentId(db, document.id)
          .filter((a) => a.layerUserId === layerUserId)
          .map((a) => spanKey(a.label, a.start, a.end)),
      );
      const at = now();
      const created: Annotation[] = [];
      const skipped: Suggestion[] = [];
      for (const suggestion of suggestions) {
        const key = spanKey(suggestion.label, suggestion.start, suggestion.end);
        // The engine is ours, but the label set is data: a suggestion that no longer fits is skipped.
        if (taken.has(key) || !isValidAnnotation(db, document.text, labels, suggestion)) {
          skipped.push(suggestion);
          continue;
        }
        taken.add(key);
        const annotation: Annotation = {
          id: randomUUID(),
          documentId: document.id,
          layerUserId,
          label: suggestion.label,
          start: suggestion.start,
          end: suggestion.end,
          ...describeTextQuote(document.text, suggestion.start, suggestion.end),
          attributes: suggestion.attributes,
          status: 'suggested',
          anchor: 'anchored',
          origin: 'suggestion',
          revision: 1,
          createdAt: at,
          updatedAt: at,
          deletedAt: null,
        };
        insertAnnotation(db, annotation, { userId: by.userId });
        recordAnnotationEvent(db, 'suggest', null, annotation, by);
        created.push(annotation);
      }
      if (created.length > 0) {
        insertAuditEntry(db, {
          userId: by.userId,
          actor: actorOf(by),
          action: 'annotation.suggest',
          entity: 'document',
          entityId: document.id,
          after: { layerUserId, created: created.length, skipped: skipped.length },
        });
      }
      return { document, suggestions, created, skipped };
    })
    .immediate();
}
