// Reads the corpus for an export one document at a time: a generator that builds each
// ExportDocument from the database only when the serializer asks for it, so memory stays at one
// document however large the corpus.
import { loadLabels } from '../annotation-store/record-annotation-write';
import type { Annotation, LabelDefinition } from '../annotations/types';
import type { Db } from '../db/connection';
import { listAlignmentsByDocumentId } from '../db/queries/alignments';
import { getBlocksByDocumentId, getDocumentBySlug } from '../db/queries/documents';
import {
  listEntitiesByIds,
  listExportAnnotationsByDocumentId,
  listExportDocumentHeads,
  listExportFootnoteRefsByDocumentId,
  listPeopleById,
  listTranslationAuthorsByDocumentId,
  type ExportAnnotationRow,
  type ExportDocumentHead,
} from '../db/queries/exports';
import { listUnitRowsByDocumentId } from '../db/queries/translations';
import type { ExportAnnotation, ExportDocument, ExportFilters, ExportPerson } from '../export/export-document';
import { filterExportDocument } from '../export/filter-export-document';

export interface LoadExportOptions {
  /** Called with 0 before the first document and again after each document has been consumed. */
  onProgress?: (done: number, total: number, slug: string) => void;
}

/** The attribute names of each label that link an entity of the registry. */
function entityAttributesByLabel(labels: readonly LabelDefinition[]): Map<string, string[]> {
  return new Map(
    labels.map((label) => [label.name, label.attributes.filter((a) => a.type === 'entity' || a.type === 'entity_or_author').map((a) => a.name)]),
  );
}

/** Ids of the registry entries the annotations link to (an `attributed_to` of 'author' is no entity). */
function linkedEntityIds(annotations: readonly Annotation[], linking: Map<string, string[]>): number[] {
  const ids: number[] = [];
  for (const annotation of annotations) {
    for (const name of linking.get(annotation.label) ?? []) {
      const value = annotation.attributes[name];
      if (typeof value === 'number' && Number.isInteger(value)) ids.push(value);
    }
  }
  return ids;
}

/** Account ids → who they are; an account that no longer exists is nobody (null). */
type People = Map<number, ExportPerson>;

function personOf(people: People, id: number | null): ExportPerson | null {
  return id === null ? null : (people.get(id) ?? null);
}

/**
 * An annotation as exported: who created and changed it named, not numbered. Field by field: a
 * rest-and-spread copy of each of 10 000 rows took a tenth of a large document's export.
 */
function exportAnnotation(row: ExportAnnotationRow, people: People): ExportAnnotation {
  return {
    id: row.id,
    documentId: row.documentId,
    layerUserId: row.layerUserId,
    label: row.label,
    start: row.start,
    end: row.end,
    quote: row.quote,
    prefix: row.prefix,
    suffix: row.suffix,
    attributes: row.attributes,
    status: row.status,
    anchor: row.anchor,
    origin: row.origin,
    revision: row.revision,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    deletedAt: row.deletedAt,
    layer: row.layer,
    creator: row.creator,
    createdBy: personOf(people, row.createdById),
    updatedBy: personOf(people, row.updatedById),
    previousId: row.previousId,
  };
}

/**
 * One document, everything an export format needs, before filters. Undefined if it vanished
 * meanwhile. `people` names the accounts (listPeopleById); read once per export.
 */
export function loadExportDocument(
  db: Db,
  head: ExportDocumentHead,
  linking: Map<string, string[]>,
  people: People = listPeopleById(db),
): ExportDocument | undefined {
  const doc = getDocumentBySlug(db, head.slug);
  if (!doc) return undefined;
  const annotations = listExportAnnotationsByDocumentId(db, doc.id).map((row) => exportAnnotation(row, people));
  const translationAuthors = new Map(listTranslationAuthorsByDocumentId(db, doc.id).map((row) => [row.sentenceId, row]));
  return {
    id: doc.id,
    slug: doc.slug,
    title: doc.title,
    sourcePath: doc.sourcePath,
    version: doc.version,
    rawSha256: doc.rawSha256,
    revision: doc.revision,
    text: doc.text,
    rawText: doc.rawText,
    provenance: doc.provenance,
    blocks: getBlocksByDocumentId(db, doc.id).map(({ id, kind, start, end, level, footnoteLabel, rawStart, rawEnd }) => ({
      id,
      kind,
      start,
      end,
      level,
      footnoteLabel,
      rawStart,
      rawEnd,
    })),
    units: listUnitRowsByDocumentId(db, doc.id).map((row) => {
      const authors = translationAuthors.get(row.sentenceId);
      return {
        sentenceId: row.sentenceId,
        ord: row.ord,
        start: row.start,
        end: row.end,
        source: doc.text.slice(row.start, row.end),
        blockId: row.blockId,
        translation: row.translation && {
          text: row.translation.text,
          status: row.translation.status,
          translator: row.translation.updatedBy,
          updatedAt: row.translation.updatedAt,
          revision: row.translation.revision,
          comment: row.translation.comment,
          createdBy: personOf(people, authors?.createdById ?? null),
          createdAt: authors?.createdAt ?? row.translation.updatedAt,
          updatedBy: personOf(people, row.translation.updatedById),
          statusChangedBy: personOf(people, row.translation.statusChangedById),
          statusChangedAt: row.translation.statusChangedAt,
        },
      };
    }),
    annotations,
    alignments: listAlignmentsByDocumentId(db, doc.id).map(({ id, annotationId, sentenceId, start, end, quote, state }) => ({
      id,
      annotationId,
      sentenceId,
      start,
      end,
      quote,
      state,
    })),
    entities: listEntitiesByIds(db, linkedEntityIds(annotations, linking)),
    importedAt: doc.importedAt,
    flags: doc.flags,
    footnoteRefs: listExportFootnoteRefsByDocumentId(db, doc.id),
  };
}

/** The documents an export takes (see listExportDocumentHeads), for counts and checks. */
export function listExportDocuments(db: Db, filters: ExportFilters): ExportDocumentHead[] {
  return listExportDocumentHeads(db, filters.documents);
}

/**
 * Yields each document of the export, filtered, one at a time: the next document is read from the
 * database only when the consumer asks for it.
 */
export function* loadExportDocuments(db: Db, filters: ExportFilters, options: LoadExportOptions = {}): Generator<ExportDocument> {
  const heads = listExportDocuments(db, filters);
  const linking = entityAttributesByLabel(loadLabels(db));
  const people = listPeopleById(db);
  options.onProgress?.(0, heads.length, '');
  let done = 0;
  for (const head of heads) {
    const doc = loadExportDocument(db, head, linking, people);
    // The filter also drops the registry entries no kept annotation links to.
    if (doc) yield filterExportDocument(doc, filters);
    done++;
    options.onProgress?.(done, heads.length, head.slug);
  }
}
