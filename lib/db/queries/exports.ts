// The rows an export is built from, read one document at a time so a whole-corpus export never
// holds more than one document: which documents, their live annotations with the annotator's
// names, the registry entries the annotations link to, and what a restore needs besides (who wrote
// each translation and annotation, footnote markers). Units, blocks and alignments come from the
// queries of translations.ts, documents.ts and alignments.ts.
import type { Annotation, Entity } from '../../annotations/types';
import type { Db } from '../connection';
import { statement } from '../statement';
import { getEntityById } from './entities';

/** A document an export will take, without its text (the list is read before any text is). */
export interface ExportDocumentHead {
  id: number;
  slug: string;
  title: string;
}

/**
 * The documents an export takes, by source path: the latest version of every document, or, when
 * `slugs` is given, exactly those documents (any version: a slug names one version; a document id
 * written as a string is taken too, as filterExportDocument's matchesDocumentFilter does).
 */
export function listExportDocumentHeads(db: Db, slugs?: readonly string[]): ExportDocumentHead[] {
  if (slugs === undefined) {
    return statement(
      db,
      `SELECT d.id, d.slug, d.title FROM documents d
       WHERE NOT EXISTS (SELECT 1 FROM documents n WHERE n.supersedes = d.id)
       ORDER BY d.source_path, d.version`,
    ).all() as ExportDocumentHead[];
  }
  return statement(
    db,
    `SELECT d.id, d.slug, d.title FROM documents d
     WHERE d.slug IN (SELECT value FROM json_each(@slugs)) OR CAST(d.id AS TEXT) IN (SELECT value FROM json_each(@slugs))
     ORDER BY d.source_path, d.version`,
  ).all({ slugs: JSON.stringify(slugs) }) as ExportDocumentHead[];
}

/** An annotation with the username and display name of the annotator whose layer holds it. */
export interface ExportAnnotationRow extends Annotation {
  layer: string;
  creator: string;
  createdById: number | null;
  updatedById: number | null;
  previousId: string | null;
}

type RawExportAnnotationRow = Omit<ExportAnnotationRow, 'attributes'> & { attributes: string };

/** Every live (not deleted) annotation of a document, every layer; placed ones in text order, orphaned ones last. */
export function listExportAnnotationsByDocumentId(db: Db, documentId: number): ExportAnnotationRow[] {
  const rows = statement(
    db,
    `SELECT a.id, a.document_id AS documentId, a.layer_user_id AS layerUserId, a.label,
            a.start_offset AS start, a.end_offset AS end, a.quote, a.prefix, a.suffix, a.attributes, a.status,
            a.anchor_state AS anchor, a.origin, a.revision, a.created_at AS createdAt, a.updated_at AS updatedAt,
            a.deleted_at AS deletedAt, u.username AS layer, u.display_name AS creator,
            a.created_by AS createdById, a.updated_by AS updatedById, a.previous_id AS previousId
     FROM annotations a JOIN users u ON u.id = a.layer_user_id
     WHERE a.document_id = @documentId AND a.deleted_at IS NULL
     ORDER BY a.start_offset IS NULL, a.start_offset, a.end_offset DESC, a.id`,
  ).all({ documentId }) as RawExportAnnotationRow[];
  return rows.map((row) => ({ ...row, attributes: JSON.parse(row.attributes) as Annotation['attributes'] }));
}

/** The registry entries with these ids, by id; unknown ids are left out. */
export function listEntitiesByIds(db: Db, ids: Iterable<number>): Entity[] {
  const found: Entity[] = [];
  for (const id of [...new Set(ids)].sort((a, b) => a - b)) {
    const entity = getEntityById(db, id);
    if (entity) found.push(entity);
  }
  return found;
}

/** Usernames of every account (the layers a filter may name). */
export function listLayerUsernames(db: Db): string[] {
  return (statement(db, 'SELECT username FROM users ORDER BY username').all() as Array<{ username: string }>).map((row) => row.username);
}

/** Who created and changed a translation, by account id (the loader turns ids into names). */
export interface ExportTranslationAuthors {
  sentenceId: number;
  createdById: number | null;
  createdAt: string;
  updatedById: number | null;
  statusChangedById: number | null;
}

export function listTranslationAuthorsByDocumentId(db: Db, documentId: number): ExportTranslationAuthors[] {
  return statement(
    db,
    `SELECT sentence_id AS sentenceId, created_by AS createdById, created_at AS createdAt, updated_by AS updatedById,
            status_changed_by AS statusChangedById
     FROM translations WHERE document_id = ?`,
  ).all(documentId) as ExportTranslationAuthors[];
}

export interface ExportFootnoteRefRow {
  label: string;
  offset: number;
  footnoteBlockId: number | null;
  rawStart: number;
  rawEnd: number;
}

/** A document's footnote markers with their raw ranges, in text order. */
export function listExportFootnoteRefsByDocumentId(db: Db, documentId: number): ExportFootnoteRefRow[] {
  return statement(
    db,
    `SELECT label, text_offset AS offset, footnote_block_id AS footnoteBlockId, raw_start AS rawStart, raw_end AS rawEnd
     FROM footnote_refs WHERE document_id = ? ORDER BY text_offset, id`,
  ).all(documentId) as ExportFootnoteRefRow[];
}

/** Username and display name of every account, by id (to name who wrote what). */
export function listPeopleById(db: Db): Map<number, { username: string; name: string }> {
  const rows = statement(db, 'SELECT id, username, display_name AS name FROM users').all() as Array<{ id: number; username: string; name: string }>;
  return new Map(rows.map(({ id, username, name }) => [id, { username, name }]));
}
