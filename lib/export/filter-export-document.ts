// Applies an export's filters to one document: which annotations (label, status, layer) and which
// English (translation status) it carries. Alignments and registry entries follow what remains.

import type { ExportDocument, ExportFilters } from './export-document';

/** Attributes whose numeric value is a registry entry (an actor's entity, a claim's source). */
export const ENTITY_ATTRIBUTES = ['entity', 'attributed_to'] as const;

function allows<T>(list: readonly T[] | undefined, value: T): boolean {
  return list === undefined || list.includes(value);
}

/** Whether the `documents` filter takes `doc` (by slug or by id written as a string). */
export function matchesDocumentFilter(doc: Pick<ExportDocument, 'id' | 'slug'>, filters: ExportFilters): boolean {
  return filters.documents === undefined || filters.documents.includes(doc.slug) || filters.documents.includes(String(doc.id));
}

/**
 * The document with only what the filters take: annotations by label, status and layer (deleted
 * ones never), the English of units whose status is taken (other units keep their source and
 * lose their translation), alignments of kept annotations onto kept English, and the registry
 * entries kept annotations still link to. The `documents` filter is not applied here (the caller
 * chooses documents; see matchesDocumentFilter). Returns a new object; `doc` is not changed.
 */
export function filterExportDocument(doc: ExportDocument, filters: ExportFilters): ExportDocument {
  const annotations = doc.annotations.filter(
    (annotation) =>
      annotation.deletedAt === null &&
      allows(filters.labels, annotation.label) &&
      allows(filters.annotationStatuses, annotation.status) &&
      allows(filters.layers, annotation.layer),
  );
  const units = doc.units.map((unit) =>
    unit.translation === null || allows(filters.translationStatuses, unit.translation.status) ? unit : { ...unit, translation: null },
  );
  const keptAnnotations = new Set(annotations.map((annotation) => annotation.id));
  const translatedSentences = new Set(units.filter((unit) => unit.translation !== null).map((unit) => unit.sentenceId));
  const alignments = doc.alignments.filter(
    (alignment) => keptAnnotations.has(alignment.annotationId) && translatedSentences.has(alignment.sentenceId),
  );
  const linked = new Set<number>();
  for (const annotation of annotations) {
    for (const name of ENTITY_ATTRIBUTES) {
      const value = annotation.attributes[name];
      if (typeof value === 'number') linked.add(value);
    }
  }
  const entities = doc.entities.filter((entity) => linked.has(entity.id));
  return { ...doc, annotations, units, alignments, entities };
}
