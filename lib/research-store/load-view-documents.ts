// Reads the documents a research view shows (the statistics table, the actor network) with only
// what the view uses: the same documents and annotations an export with the same filters would
// hold (see filterExportDocument), but read for all documents at once and without raw text,
// provenance, blocks or the translations' history, which the views never show.
import type { AnnotationStatus, Entity } from '../annotations/types';
import type { Db } from '../db/connection';
import { listEntities } from '../db/queries/entities';
import { listExportDocumentHeads, type ExportDocumentHead } from '../db/queries/exports';
import {
  getViewDocumentText,
  listViewAlignments,
  listViewAnnotations,
  listViewUnitSpans,
  type ViewAlignmentRow,
  type ViewAnnotationRow,
} from '../db/queries/research';
import { ENTITY_ATTRIBUTES } from '../export/filter-export-document';

export interface ViewDocumentRequest {
  /** One document's slug; all current documents when absent. */
  document?: string;
  labels: readonly string[];
  statuses: readonly AnnotationStatus[];
  /** Also read the alignments of the annotations with this label. */
  alignmentsOf?: string;
  /** Also read the translation units' spans. */
  units?: boolean;
  /** Also read the normalized text. */
  text?: boolean;
}

export interface ViewDocument extends ExportDocumentHead {
  annotations: ViewAnnotationRow[];
  /** Alignments of `alignmentsOf` annotations (empty unless asked), by unit and English offset. */
  alignments: ViewAlignmentRow[];
  /** Units' spans in text order (empty unless asked). */
  units: Array<{ start: number; end: number }>;
  /** The normalized text ('' unless asked). */
  text: string;
  /** The registry entries the annotations link to, by id. */
  entities: Entity[];
}

function groupByDocument<T extends { documentId: number }>(rows: readonly T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const list = groups.get(row.documentId);
    if (list) list.push(row);
    else groups.set(row.documentId, [row]);
  }
  return groups;
}

/** The registry entries the annotations link to (as the export keeps them), by id. */
function linkedEntities(annotations: readonly ViewAnnotationRow[], registry: ReadonlyMap<number, Entity>): Entity[] {
  const ids = new Set<number>();
  for (const annotation of annotations) {
    for (const name of ENTITY_ATTRIBUTES) {
      const value = annotation.attributes[name];
      if (typeof value === 'number') ids.add(value);
    }
  }
  return [...ids]
    .sort((a, b) => a - b)
    .flatMap((id) => {
      const entity = registry.get(id);
      return entity ? [entity] : [];
    });
}

/** The view's documents in the export's order (see listExportDocumentHeads). */
export function loadViewDocuments(db: Db, request: ViewDocumentRequest): ViewDocument[] {
  const heads = listExportDocumentHeads(db, request.document === undefined ? undefined : [request.document]);
  const ids = heads.map((head) => head.id);
  const annotations = groupByDocument(listViewAnnotations(db, ids, request.labels, request.statuses));
  const alignments = request.alignmentsOf === undefined ? new Map<number, ViewAlignmentRow[]>() : groupByDocument(listViewAlignments(db, ids, request.alignmentsOf));
  const units = request.units ? groupByDocument(listViewUnitSpans(db, ids)) : new Map<number, Array<{ documentId: number; start: number; end: number }>>();
  const registry = new Map(listEntities(db).map((entity) => [entity.id, entity]));
  return heads.map((head) => {
    const kept = annotations.get(head.id) ?? [];
    const keptIds = new Set(kept.map((annotation) => annotation.id));
    return {
      ...head,
      annotations: kept,
      // As in filterExportDocument: only alignments of annotations the filters keep.
      alignments: (alignments.get(head.id) ?? []).filter((alignment) => keptIds.has(alignment.annotationId)),
      units: units.get(head.id) ?? [],
      text: request.text ? getViewDocumentText(db, head.id) : '',
      entities: linkedEntities(kept, registry),
    };
  });
}
