// Which annotations a translator sees and aligns: once a document has a gold layer, that layer
// (what exports take by default); before, every annotator's layer, with a span two annotators
// marked alike (same label, same words) shown once. Pure.
import { collapseTwinSpans, type PlacedSpan } from '../annotations/collapse-twin-spans';

/**
 * `annotations` in text order; `goldLayerUserId` is the gold layer's id when the document has gold
 * annotations, else null.
 */
export function annotationsForTranslation<T extends PlacedSpan & { layerUserId: number }>(annotations: readonly T[], goldLayerUserId: number | null): T[] {
  if (goldLayerUserId !== null) return annotations.filter((annotation) => annotation.layerUserId === goldLayerUserId);
  return collapseTwinSpans(annotations);
}
