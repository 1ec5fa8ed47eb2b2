// Imports an aligned corpus file (see lib/export/read-aligned-json.ts) in one transaction, all or
// nothing. `restore` rebuilds an instance without documents from its export: same ids, revisions,
// authors and timestamps, so exporting again gives the same file. `merge` brings another team's
// work into an instance that has its own: a document already stored (same raw file) takes the
// annotations and translations it lacks, a new document is added with ids remapped where they
// collide, and whatever differs from what is stored is reported as a conflict and left as stored.
import { loadLabels, now, type Writer } from '../annotation-store/record-annotation-write';
import type { Annotation, AnnotationAttributes } from '../annotations/types';
import type { Db } from '../db/connection';
import { getAlignmentByAnnotationAndTranslation, getAlignmentById, upsertAlignment } from '../db/queries/alignments';
import { getAnnotationById, insertAnnotation } from '../db/queries/annotations';
import { insertAuditEntry } from '../db/queries/audit';
import { listSentenceSpansByDocumentId } from '../db/queries/corrections';
import {
  countDocuments,
  getDocumentTextBySha256,
  getLatestVersionBySourcePath,
  getLiveAnnotationIdBySpan,
  getReplaceableVersionId,
  insertRestoredBlock,
  insertRestoredDocument,
  insertRestoredFootnoteRef,
  insertRestoredSentence,
  insertRestoredTranslation,
  isIdTaken,
  isSlugTaken,
} from '../db/queries/restore';
import { getUnitRowBySentenceId } from '../db/queries/translations';
import { AppError } from '../errors';
import type { ExportAnnotation, ExportDocument } from '../export/export-document';
import { readAlignedJson, type AlignedCorpus } from '../export/read-aligned-json';
import { syncTranslationMemory } from '../translation-store/record-translation-write';
import { freshId, ImportReferences, type AlignedJsonImportMode } from './import-references';

export type { AlignedJsonImportMode };

/** Largest file an import reads (a whole corpus with both texts of every document fits well). */
export const MAX_ALIGNED_JSON_BYTES = 256 * 1024 * 1024;

export type ImportConflictReason =
  /** The stored document's normalized text differs (a source correction on one side). */
  | 'textDiffers'
  /** An annotation with the same id is stored with other content. */
  | 'annotationDiffers'
  /** The same layer has an annotation with this label on this span, with other content. */
  | 'spanTaken'
  /** The unit already has other English. */
  | 'translationDiffers'
  /** No stored sentence has the unit's offsets (units were merged or split on one side). */
  | 'unitNotFound';

export interface ImportConflict {
  /** The document's slug in the file. */
  document: string;
  kind: 'document' | 'annotation' | 'translation';
  /** The record: the slug, an annotation id, or a sentence id of the file. */
  id: string;
  reason: ImportConflictReason;
}

export interface ImportedDocumentResult {
  /** Slug in the file, and where it is stored now. */
  slug: string;
  storedSlug: string;
  status: 'restored' | 'added' | 'merged' | 'conflict';
}

export interface AlignedJsonImportReport {
  mode: AlignedJsonImportMode;
  documents: ImportedDocumentResult[];
  annotations: { added: number; skipped: number; conflicts: number };
  translations: { added: number; skipped: number; conflicts: number };
  alignments: { added: number };
  entities: { created: string[]; updated: string[] };
  /** Usernames of the placeholder accounts created for layers and authors this instance lacked. */
  accounts: string[];
  conflicts: ImportConflict[];
}

export interface ImportAlignedJsonOptions {
  /** Default: restore into an instance without documents, else merge. */
  mode?: AlignedJsonImportMode;
  by: Writer;
  onProgress?: (done: number, total: number, slug: string) => void;
}

/** Per-document state of an import: the file's ids mapped to stored ones. */
interface DocumentMaps {
  documentId: number;
  sentences: Map<number, number>;
  annotations: Map<string, string>;
}

function attributesEqual(a: AnnotationAttributes, b: AnnotationAttributes): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) if ((a[key] ?? null) !== (b[key] ?? null)) return false;
  return true;
}

function sameAnnotation(stored: Annotation, imported: Annotation): boolean {
  return (
    stored.documentId === imported.documentId &&
    stored.layerUserId === imported.layerUserId &&
    stored.label === imported.label &&
    stored.start === imported.start &&
    stored.end === imported.end &&
    stored.quote === imported.quote &&
    stored.status === imported.status &&
    stored.deletedAt === null &&
    attributesEqual(stored.attributes, imported.attributes)
  );
}

class AlignedJsonImport {
  readonly report: AlignedJsonImportReport;
  private readonly refs: ImportReferences;
  private readonly entityAttributes: Map<string, string[]>;
  /** File annotation id → stored id, over the whole file (previousId may point to another document). */
  private readonly annotationIds = new Map<string, string>();

  constructor(
    private readonly db: Db,
    readonly mode: AlignedJsonImportMode,
    private readonly by: Writer,
    private readonly at: string,
  ) {
    this.refs = new ImportReferences(db, mode, by.userId, at);
    const labels = loadLabels(db);
    this.entityAttributes = new Map(
      labels.map((label) => [label.name, label.attributes.filter((a) => a.type === 'entity' || a.type === 'entity_or_author').map((a) => a.name)]),
    );
    this.report = {
      mode,
      documents: [],
      annotations: { added: 0, skipped: 0, conflicts: 0 },
      translations: { added: 0, skipped: 0, conflicts: 0 },
      alignments: { added: 0 },
      entities: { created: this.refs.entitiesCreated, updated: this.refs.entitiesUpdated },
      accounts: this.refs.accountsCreated,
      conflicts: [],
    };
  }

  /** Refuses a file whose annotations use a label this instance does not define. */
  checkLabels(docs: readonly ExportDocument[]): void {
    for (const doc of docs) {
      const unknown = doc.annotations.find((a) => !this.entityAttributes.has(a.label));
      if (unknown) throw new AppError('alignedJson.unknownLabel', { document: doc.slug, label: unknown.label, id: unknown.id });
    }
  }

  importDocument(doc: ExportDocument): void {
    const stored = getDocumentTextBySha256(this.db, doc.rawSha256);
    if (!stored) {
      const maps = this.insertDocument(doc);
      this.report.documents.push({ slug: doc.slug, storedSlug: maps.slug, status: this.mode === 'restore' ? 'restored' : 'added' });
      this.insertUnitsAndAnnotations(doc, maps);
      return;
    }
    if (stored.text !== doc.text) {
      this.conflict(doc, 'document', doc.slug, 'textDiffers');
      this.report.documents.push({ slug: doc.slug, storedSlug: stored.slug, status: 'conflict' });
      return;
    }
    const sentences = new Map<number, number>();
    const byOffsets = new Map(listSentenceSpansByDocumentId(this.db, stored.id).map((s) => [`${s.start}:${s.end}`, s.id]));
    for (const unit of doc.units) {
      const id = byOffsets.get(`${unit.start}:${unit.end}`);
      if (id !== undefined) sentences.set(unit.sentenceId, id);
    }
    this.report.documents.push({ slug: doc.slug, storedSlug: stored.slug, status: 'merged' });
    this.insertUnitsAndAnnotations(doc, { documentId: stored.id, sentences, annotations: new Map() });
  }

  private conflict(doc: ExportDocument, kind: ImportConflict['kind'], id: string, reason: ImportConflictReason): void {
    this.report.conflicts.push({ document: doc.slug, kind, id, reason });
    if (kind === 'annotation') this.report.annotations.conflicts++;
    if (kind === 'translation') this.report.translations.conflicts++;
  }

  /** A document the instance does not have, with its blocks, sentences and footnote markers. */
  private insertDocument(doc: ExportDocument): DocumentMaps & { slug: string } {
    let slug = doc.slug;
    for (let n = 2; isSlugTaken(this.db, slug); n++) slug = `${doc.slug}-${n}`;
    const latest = getLatestVersionBySourcePath(this.db, doc.sourcePath);
    const version = doc.version > latest ? doc.version : latest + 1;
    const documentId = insertRestoredDocument(this.db, {
      id: isIdTaken(this.db, 'documents', doc.id) ? null : doc.id,
      slug,
      title: doc.title,
      sourcePath: doc.sourcePath,
      version,
      supersedes: getReplaceableVersionId(this.db, doc.sourcePath, version) ?? null,
      rawSha256: doc.rawSha256,
      rawSize: Buffer.byteLength(doc.rawText, 'utf8'),
      rawText: doc.rawText,
      text: doc.text,
      provenance: doc.provenance,
      flags: doc.flags ?? [],
      revision: doc.revision,
      importedAt: doc.importedAt ?? this.at,
      importedBy: this.by.userId,
    });
    const blocks = new Map<number, number>();
    doc.blocks.forEach((block, ord) => {
      const id = insertRestoredBlock(this.db, {
        id: isIdTaken(this.db, 'blocks', block.id) ? null : block.id,
        documentId,
        ord,
        kind: block.kind,
        level: block.level ?? null,
        footnoteLabel: block.footnoteLabel ?? null,
        start: block.start,
        end: block.end,
        rawStart: block.rawStart ?? 0,
        rawEnd: block.rawEnd ?? 0,
      });
      blocks.set(block.id, id);
    });
    const sentences = new Map<number, number>();
    for (const unit of doc.units) {
      const fileBlock = unit.blockId ?? doc.blocks.find((b) => unit.start >= b.start && unit.start < b.end)?.id;
      const blockId = fileBlock === undefined ? undefined : blocks.get(fileBlock);
      if (blockId === undefined) {
        throw new AppError('alignedJson.inconsistent', { document: doc.slug, record: `sentence ${unit.sentenceId}`, problem: 'no block holds it' });
      }
      const id = insertRestoredSentence(this.db, {
        id: isIdTaken(this.db, 'sentences', unit.sentenceId) ? null : unit.sentenceId,
        documentId,
        blockId,
        ord: unit.ord,
        start: unit.start,
        end: unit.end,
      });
      sentences.set(unit.sentenceId, id);
    }
    for (const ref of doc.footnoteRefs ?? []) {
      insertRestoredFootnoteRef(this.db, {
        documentId,
        label: ref.label,
        offset: ref.offset,
        footnoteBlockId: ref.footnoteBlockId === null ? null : (blocks.get(ref.footnoteBlockId) ?? null),
        rawStart: ref.rawStart,
        rawEnd: ref.rawEnd,
      });
    }
    return { slug, documentId, sentences, annotations: new Map() };
  }

  private insertUnitsAndAnnotations(doc: ExportDocument, maps: DocumentMaps): void {
    const englishAdded = new Set<number>();
    for (const unit of doc.units) {
      if (unit.translation !== null && this.insertTranslation(doc, unit, maps)) englishAdded.add(unit.sentenceId);
    }
    for (const entity of doc.entities) this.refs.entity(entity);
    const alignable = new Set<string>();
    for (const annotation of doc.annotations) {
      const id = this.insertAnnotation(annotation, maps, doc);
      if (id !== undefined) alignable.add(annotation.id);
    }
    for (const alignment of doc.alignments) {
      const annotationId = maps.annotations.get(alignment.annotationId);
      const sentenceId = maps.sentences.get(alignment.sentenceId);
      if (annotationId === undefined || sentenceId === undefined || !alignable.has(alignment.annotationId)) continue;
      const unit = getUnitRowBySentenceId(this.db, sentenceId);
      const english = doc.units.find((u) => u.sentenceId === alignment.sentenceId)?.translation?.text;
      // Offsets index the file's English: only where the stored English is that text.
      if (!unit?.translation || unit.translation.text !== english) continue;
      if (getAlignmentByAnnotationAndTranslation(this.db, annotationId, unit.translation.id)) continue;
      const id = getAlignmentById(this.db, alignment.id) ? freshId() : alignment.id;
      upsertAlignment(this.db, { ...alignment, id, annotationId, translationId: unit.translation.id }, this.by.userId, this.at);
      this.report.alignments.added++;
    }
    // Reviewed and approved English feeds the translation memory, as when a person approves it.
    for (const sentenceId of englishAdded) {
      const stored = maps.sentences.get(sentenceId);
      if (stored !== undefined) syncTranslationMemory(this.db, stored);
    }
  }

  /** Stores a unit's English where the unit has none; returns whether it did. */
  private insertTranslation(doc: ExportDocument, unit: ExportDocument['units'][number], maps: DocumentMaps): boolean {
    const translation = unit.translation;
    if (translation === null) return false;
    const sentenceId = maps.sentences.get(unit.sentenceId);
    if (sentenceId === undefined) {
      this.conflict(doc, 'translation', String(unit.sentenceId), 'unitNotFound');
      return false;
    }
    const stored = getUnitRowBySentenceId(this.db, sentenceId)?.translation;
    if (stored) {
      if (stored.text === translation.text && stored.status === translation.status) this.report.translations.skipped++;
      else this.conflict(doc, 'translation', String(unit.sentenceId), 'translationDiffers');
      return false;
    }
    insertRestoredTranslation(this.db, {
      documentId: maps.documentId,
      sentenceId,
      text: translation.text,
      status: translation.status,
      revision: translation.revision ?? 1,
      comment: translation.comment ?? null,
      createdBy: this.refs.person(translation.createdBy, 'translator'),
      createdAt: translation.createdAt ?? translation.updatedAt,
      updatedBy: this.refs.person(translation.updatedBy, 'translator'),
      updatedAt: translation.updatedAt,
      statusChangedBy: this.refs.person(translation.statusChangedBy, 'reviewer'),
      statusChangedAt: translation.statusChangedAt ?? translation.updatedAt,
    });
    this.report.translations.added++;
    return true;
  }

  /** Entity links of the file's registry ids turned into this instance's ids. */
  private localAttributes(annotation: ExportAnnotation): AnnotationAttributes {
    const attributes = { ...annotation.attributes };
    for (const name of this.entityAttributes.get(annotation.label) ?? []) {
      const value = attributes[name];
      if (typeof value === 'number') attributes[name] = this.refs.resolvedEntity(value) ?? null;
    }
    return attributes;
  }

  /**
   * Stores an annotation unless the same one is stored (skipped) or a different one holds its id
   * or its span in its layer (a conflict, the stored one untouched). Returns the stored id when
   * the annotation is now stored as the file has it (added or identical), so its alignments may follow.
   */
  private insertAnnotation(annotation: ExportAnnotation, maps: DocumentMaps, doc: ExportDocument): string | undefined {
    const layerUserId = this.refs.account(annotation.layer, annotation.creator, 'annotator');
    const imported: Annotation = { ...annotation, documentId: maps.documentId, layerUserId, attributes: this.localAttributes(annotation), deletedAt: null };
    const sameId = getAnnotationById(this.db, annotation.id);
    let id = annotation.id;
    if (sameId && sameId.documentId === maps.documentId) {
      return this.matchStored(sameId, imported, maps, doc, 'annotationDiffers');
    }
    if (sameId) id = freshId();
    if (imported.start !== null && imported.end !== null) {
      const onSpan = getLiveAnnotationIdBySpan(this.db, { documentId: maps.documentId, layerUserId, label: imported.label, start: imported.start, end: imported.end });
      const stored = onSpan === undefined ? undefined : getAnnotationById(this.db, onSpan);
      if (stored) return this.matchStored(stored, imported, maps, doc, 'spanTaken');
    }
    const previous = annotation.previousId == null ? undefined : this.annotationIds.get(annotation.previousId) ?? annotation.previousId;
    insertAnnotation(this.db, { ...imported, id }, {
      userId: annotation.updatedBy === undefined ? layerUserId : this.refs.person(annotation.updatedBy, 'annotator'),
      createdBy: annotation.createdBy === undefined ? layerUserId : this.refs.person(annotation.createdBy, 'annotator'),
      previousId: previous !== undefined && getAnnotationById(this.db, previous) ? previous : null,
    });
    maps.annotations.set(annotation.id, id);
    this.annotationIds.set(annotation.id, id);
    this.report.annotations.added++;
    return id;
  }

  private matchStored(stored: Annotation, imported: Annotation, maps: DocumentMaps, doc: ExportDocument, reason: ImportConflictReason): string | undefined {
    if (!sameAnnotation(stored, imported)) {
      this.conflict(doc, 'annotation', imported.id, reason);
      return undefined;
    }
    maps.annotations.set(imported.id, stored.id);
    this.annotationIds.set(imported.id, stored.id);
    this.report.annotations.skipped++;
    return stored.id;
  }
}

/**
 * Imports a corpus read by readAlignedJson. Throws alignedJson.notEmpty for a restore into an
 * instance that has documents, alignedJson.unknownLabel for a label this instance lacks; writes
 * nothing then, nor on any other failure.
 */
export function importAlignedCorpus(db: Db, corpus: AlignedCorpus, options: ImportAlignedJsonOptions): AlignedJsonImportReport {
  return db
    .transaction((): AlignedJsonImportReport => {
      const existing = countDocuments(db);
      const mode = options.mode ?? (existing === 0 ? 'restore' : 'merge');
      if (mode === 'restore' && existing > 0) throw new AppError('alignedJson.notEmpty', { count: existing });
      const run = new AlignedJsonImport(db, mode, options.by, now());
      run.checkLabels(corpus.documents);
      const total = corpus.documents.length;
      options.onProgress?.(0, total, '');
      corpus.documents.forEach((doc, i) => {
        run.importDocument(doc);
        options.onProgress?.(i + 1, total, doc.slug);
      });
      const { report } = run;
      insertAuditEntry(db, {
        userId: options.by.userId,
        actor: options.by.actor,
        action: 'import',
        entity: 'aligned-json',
        entityId: null,
        after: {
          mode,
          exportedAt: corpus.exportedAt,
          documents: report.documents,
          annotations: report.annotations,
          translations: report.translations,
          alignments: report.alignments,
          entities: report.entities,
          accounts: report.accounts,
          conflicts: report.conflicts.length,
        },
      });
      return report;
    })
    .immediate();
}

/** Reads and imports the text of an aligned corpus file; a bad file throws its AppError, writing nothing. */
export function importAlignedJson(db: Db, source: string, options: ImportAlignedJsonOptions): AlignedJsonImportReport {
  const read = readAlignedJson(source);
  if (!read.ok) throw new AppError(read.code, read.params);
  return importAlignedCorpus(db, read.corpus, options);
}
