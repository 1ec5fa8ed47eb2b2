// Loads what the annotate page needs in one call: the document's text and structure, the label
// set, the actor registry and the user's layer.
import type { Annotation, Entity, LabelDefinition } from '../annotations/types';
import type { BlockKind, DocumentFlag } from '../corpus/types';
import type { Db } from '../db/connection';
import { getAnnotatableDocumentBySlug, listAnnotationsByDocumentAndLayer, listLayerRowValues, type AnnotatableDocument } from '../db/queries/annotations';
import { listSentenceSpansByDocumentId, type SentenceSpan } from '../db/queries/corrections';
import { getBlocksByDocumentId, getDocumentBySlug, getFootnoteRefsByDocumentId, type FootnoteRefRow } from '../db/queries/documents';
import { listEntities } from '../db/queries/entities';
import { packLayer, type PackedLayer } from '../editor/packed-layer';
import { AppError } from '../errors';
import { loadLabels } from './record-annotation-write';

/** What the annotate page needs besides the layer: the text, its structure, labels and registry. */
export interface AnnotationSource {
  document: { id: number; slug: string; title: string; text: string; revision: number; flags: DocumentFlag[] };
  blocks: Array<{ id: number; kind: BlockKind; level: number | null; footnoteLabel: string | null; start: number; end: number }>;
  sentences: SentenceSpan[];
  footnoteRefs: FootnoteRefRow[];
  labels: LabelDefinition[];
  /** The whole registry (it is small), for display names and the entity picker. */
  entities: Entity[];
}

export interface AnnotationWorkspace extends AnnotationSource {
  /** The user's layer, without deleted annotations; orphaned ones (no offsets) last. */
  annotations: Annotation[];
}

/** The annotate page's data for `slug` and the layer of `userId`; undefined for an unknown document. */
export function loadAnnotationWorkspace(db: Db, slug: string, userId: number): AnnotationWorkspace | undefined {
  const source = loadAnnotationSource(db, slug);
  return source && { ...source, annotations: listAnnotationsByDocumentAndLayer(db, source.document.id, userId) };
}

/** The annotate page's data without the layer (the page fetches it: loadPackedLayer); undefined for an unknown document. */
export function loadAnnotationSource(db: Db, slug: string): AnnotationSource | undefined {
  const doc = getDocumentBySlug(db, slug);
  if (!doc) return undefined;
  return {
    document: { id: doc.id, slug: doc.slug, title: doc.title, text: doc.text, revision: doc.revision, flags: doc.flags },
    blocks: getBlocksByDocumentId(db, doc.id).map(({ id, kind, level, footnoteLabel, start, end }) => ({
      id,
      kind,
      level,
      footnoteLabel,
      start,
      end,
    })),
    sentences: listSentenceSpansByDocumentId(db, doc.id),
    footnoteRefs: getFootnoteRefsByDocumentId(db, doc.id),
    labels: loadLabels(db),
    entities: listEntities(db),
  };
}

/** The document `slug` for reading a layer of it; document.notFound (404). */
function layerDocument(db: Db, slug: string): AnnotatableDocument {
  const doc = getAnnotatableDocumentBySlug(db, slug);
  if (!doc) throw new AppError('document.notFound', { slug });
  return doc;
}

/**
 * The user's layer packed (lib/editor/packed-layer) with the document revision it was read at: what
 * the annotate page fetches beside its HTML, so thousands of spans are not parsed as page markup.
 */
export function loadPackedLayer(db: Db, slug: string, userId: number): { documentRevision: number; layer: PackedLayer } {
  const doc = layerDocument(db, slug);
  const layer = { documentId: doc.id, layerUserId: userId };
  return { documentRevision: doc.revision, layer: packLayer(layer, listLayerRowValues(db, doc.id, userId), doc.text) };
}

/** The user's layer of a document with the document revision it was read at (GET of the annotations). */
export function listLayerAnnotations(db: Db, slug: string, userId: number): { documentRevision: number; annotations: Annotation[] } {
  const doc = layerDocument(db, slug);
  return { documentRevision: doc.revision, annotations: listAnnotationsByDocumentAndLayer(db, doc.id, userId) };
}
