// What inter-annotator agreement reads: documents with their text and translation units, and the
// spans each annotator accepted in their own layer. Suggested and rejected spans, deleted ones,
// orphaned ones (no offsets) and the gold layer are not an annotator's judgement and stay out.
import type { Db } from '../connection';
import { statement } from '../statement';
import { GOLD_USERNAME } from './curation';

export interface AgreementDocumentRow {
  id: number;
  slug: string;
  title: string;
  text: string;
}

export interface AgreementDocumentHead {
  id: number;
  slug: string;
  title: string;
}

export interface AgreementSpanRow {
  annotator: number;
  label: string;
  start: number;
  end: number;
}

export interface AgreementAnnotatorRow {
  id: number;
  username: string;
  displayName: string;
}

/** A document's title and normalized text by slug (any version: a slug names one). */
export function getAgreementDocumentBySlug(db: Db, slug: string): AgreementDocumentRow | undefined {
  return statement(db, 'SELECT id, slug, title, text FROM documents WHERE slug = ?').get(slug) as AgreementDocumentRow | undefined;
}

/** A document's title and normalized text by id. */
export function getAgreementDocumentById(db: Db, id: number): AgreementDocumentRow | undefined {
  return statement(db, 'SELECT id, slug, title, text FROM documents WHERE id = ?').get(id) as AgreementDocumentRow | undefined;
}

/** The latest version of every document, by source path, without its text. */
export function listCurrentAgreementDocuments(db: Db): AgreementDocumentHead[] {
  return statement(
    db,
    `SELECT d.id, d.slug, d.title FROM documents d
     WHERE NOT EXISTS (SELECT 1 FROM documents n WHERE n.supersedes = d.id)
     ORDER BY d.source_path`,
  ).all() as AgreementDocumentHead[];
}

/** The translation units (sentences outside page furniture) of a document, in text order: the tokens' ground. */
export function listAgreementUnitsByDocumentId(db: Db, documentId: number): Array<{ start: number; end: number }> {
  return statement(
    db,
    `SELECT s.start_offset AS start, s.end_offset AS end
     FROM sentences s JOIN blocks b ON b.id = s.block_id
     WHERE s.document_id = ? AND b.kind <> 'page_furniture'
     ORDER BY s.ord`,
  ).all(documentId) as Array<{ start: number; end: number }>;
}

/** Every accepted, live, placed span of a document in an annotator's layer (the gold layer left out). */
export function listAgreementSpansByDocumentId(db: Db, documentId: number): AgreementSpanRow[] {
  return statement(
    db,
    `SELECT a.layer_user_id AS annotator, a.label, a.start_offset AS start, a.end_offset AS end
     FROM annotations a JOIN users u ON u.id = a.layer_user_id
     WHERE a.document_id = @documentId AND a.status = 'accepted' AND a.deleted_at IS NULL
       AND a.start_offset IS NOT NULL AND a.anchor_state <> 'orphaned' AND u.username <> @gold
     ORDER BY a.layer_user_id, a.start_offset, a.end_offset`,
  ).all({ documentId, gold: GOLD_USERNAME }) as AgreementSpanRow[];
}

/** The accounts with these ids, by username (the order annotators are listed and paired in). */
export function listAgreementAnnotatorsByIds(db: Db, ids: readonly number[]): AgreementAnnotatorRow[] {
  return statement(
    db,
    `SELECT id, username, display_name AS displayName FROM users
     WHERE id IN (SELECT value FROM json_each(?)) ORDER BY username, id`,
  ).all(JSON.stringify(ids)) as AgreementAnnotatorRow[];
}
