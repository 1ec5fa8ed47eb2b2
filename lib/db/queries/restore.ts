// The writes an import of an aligned corpus file needs beyond the app's own inserts: rows with the
// ids, revisions, timestamps and authors the file gives (a restore keeps them), placeholder
// accounts for annotators this instance does not know, and the lookups that match a file's records
// with what is stored (merge).
import type { ActorType } from '../../annotations/types';
import type { Role } from '../../auth/roles';
import type { BlockKind, DocumentFlag, ProvenanceRun } from '../../corpus/types';
import type { UnitStatus } from '../../translation/unit-status';
import type { Db } from '../connection';
import { statement } from '../statement';

export function countDocuments(db: Db): number {
  return (statement(db, 'SELECT count(*) AS n FROM documents').get() as { n: number }).n;
}

/** A stored document matched by the sha256 of its raw file, with the text to compare. */
export function getDocumentTextBySha256(db: Db, sha256: string): { id: number; slug: string; text: string } | undefined {
  return statement(db, 'SELECT id, slug, text FROM documents WHERE raw_sha256 = ?').get(sha256) as
    | { id: number; slug: string; text: string }
    | undefined;
}

export function isSlugTaken(db: Db, slug: string): boolean {
  return statement(db, 'SELECT 1 FROM documents WHERE slug = ?').get(slug) !== undefined;
}

/** Highest stored version of a source file, 0 when there is none. */
export function getLatestVersionBySourcePath(db: Db, sourcePath: string): number {
  return (statement(db, 'SELECT coalesce(max(version), 0) AS v FROM documents WHERE source_path = ?').get(sourcePath) as { v: number }).v;
}

/** The version of a source file just before `version`, if stored and not yet replaced by another. */
export function getReplaceableVersionId(db: Db, sourcePath: string, version: number): number | undefined {
  return (
    statement(
      db,
      `SELECT d.id FROM documents d
       WHERE d.source_path = @sourcePath AND d.version = @version - 1
         AND NOT EXISTS (SELECT 1 FROM documents n WHERE n.supersedes = d.id)`,
    ).get({ sourcePath, version }) as { id: number } | undefined
  )?.id;
}

/** Whether a row with this id exists in `table` (one of the tables whose ids an import may keep). */
export function isIdTaken(db: Db, table: 'documents' | 'blocks' | 'sentences' | 'entities', id: number): boolean {
  return statement(db, `SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined;
}

export interface RestoredDocument {
  /** Null lets SQLite choose. */
  id: number | null;
  slug: string;
  title: string;
  sourcePath: string;
  version: number;
  supersedes: number | null;
  rawSha256: string;
  rawSize: number;
  rawText: string;
  text: string;
  provenance: ProvenanceRun[];
  flags: DocumentFlag[];
  revision: number;
  importedAt: string;
  importedBy: number | null;
}

export function insertRestoredDocument(db: Db, doc: RestoredDocument): number {
  return Number(
    statement(
      db,
      `INSERT INTO documents (id, slug, title, source_path, version, supersedes, raw_sha256, raw_size, raw_text, text,
                              provenance, flags, revision, imported_at, imported_by)
       VALUES (@id, @slug, @title, @sourcePath, @version, @supersedes, @rawSha256, @rawSize, @rawText, @text,
               @provenance, @flags, @revision, @importedAt, @importedBy)`,
    ).run({ ...doc, provenance: JSON.stringify(doc.provenance), flags: JSON.stringify(doc.flags) }).lastInsertRowid,
  );
}

export interface RestoredBlock {
  id: number | null;
  documentId: number;
  ord: number;
  kind: BlockKind;
  level: number | null;
  footnoteLabel: string | null;
  start: number;
  end: number;
  rawStart: number;
  rawEnd: number;
}

export function insertRestoredBlock(db: Db, block: RestoredBlock): number {
  return Number(
    statement(
      db,
      `INSERT INTO blocks (id, document_id, ord, kind, level, footnote_label, start_offset, end_offset, raw_start, raw_end)
       VALUES (@id, @documentId, @ord, @kind, @level, @footnoteLabel, @start, @end, @rawStart, @rawEnd)`,
    ).run(block).lastInsertRowid,
  );
}

export function insertRestoredSentence(
  db: Db,
  sentence: { id: number | null; documentId: number; blockId: number; ord: number; start: number; end: number },
): number {
  return Number(
    statement(
      db,
      `INSERT INTO sentences (id, document_id, block_id, ord, start_offset, end_offset)
       VALUES (@id, @documentId, @blockId, @ord, @start, @end)`,
    ).run(sentence).lastInsertRowid,
  );
}

export function insertRestoredFootnoteRef(
  db: Db,
  ref: { documentId: number; label: string; offset: number; footnoteBlockId: number | null; rawStart: number; rawEnd: number },
): void {
  statement(
    db,
    `INSERT INTO footnote_refs (document_id, label, text_offset, footnote_block_id, raw_start, raw_end)
     VALUES (@documentId, @label, @offset, @footnoteBlockId, @rawStart, @rawEnd)`,
  ).run(ref);
}

export interface RestoredTranslation {
  documentId: number;
  sentenceId: number;
  text: string;
  status: UnitStatus;
  revision: number;
  comment: string | null;
  createdBy: number | null;
  createdAt: string;
  updatedBy: number | null;
  updatedAt: string;
  statusChangedBy: number | null;
  statusChangedAt: string;
}

/** Inserts a translation with the revision, authors and timestamps given; returns its id. */
export function insertRestoredTranslation(db: Db, translation: RestoredTranslation): number {
  return Number(
    statement(
      db,
      `INSERT INTO translations (document_id, sentence_id, text, status, revision, comment, created_by, created_at,
                                 updated_by, updated_at, status_changed_by, status_changed_at)
       VALUES (@documentId, @sentenceId, @text, @status, @revision, @comment, @createdBy, @createdAt,
               @updatedBy, @updatedAt, @statusChangedBy, @statusChangedAt)`,
    ).run(translation).lastInsertRowid,
  );
}

/** A live annotation of a layer on exactly this span with this label (what a merge matches on). */
export function getLiveAnnotationIdBySpan(
  db: Db,
  span: { documentId: number; layerUserId: number; label: string; start: number; end: number },
): string | undefined {
  return (
    statement(
      db,
      `SELECT id FROM annotations
       WHERE document_id = @documentId AND layer_user_id = @layerUserId AND label = @label
         AND start_offset = @start AND end_offset = @end AND deleted_at IS NULL
       ORDER BY created_at, id LIMIT 1`,
    ).get(span) as { id: string } | undefined
  )?.id;
}

/** The entity whose canonical name, or (with `aliases`) one of whose aliases, is `name` (case-insensitive). */
export function getEntityIdByName(db: Db, name: string, aliases: boolean): number | undefined {
  const byName = statement(db, 'SELECT id FROM entities WHERE canonical_name = ?').get(name) as { id: number } | undefined;
  if (byName || !aliases) return byName?.id;
  return (statement(db, 'SELECT entity_id AS id FROM entity_aliases WHERE alias = ?').get(name) as { id: number } | undefined)?.id;
}

export interface RestoredEntity {
  id: number | null;
  canonicalName: string;
  englishName: string | null;
  type: ActorType;
  createdBy: number | null;
  createdAt: string;
}

export function insertRestoredEntity(db: Db, entity: RestoredEntity): number {
  return Number(
    statement(
      db,
      `INSERT INTO entities (id, canonical_name, english_name, type, created_by, created_at)
       VALUES (@id, @canonicalName, @englishName, @type, @createdBy, @createdAt)`,
    ).run(entity).lastInsertRowid,
  );
}

/** Sets an entity's English name and type; returns whether they changed. */
export function updateEntityDetails(db: Db, id: number, englishName: string | null, type: ActorType): boolean {
  return (
    statement(
      db,
      `UPDATE entities SET english_name = @englishName, type = @type
       WHERE id = @id AND (english_name IS NOT @englishName OR type <> @type)`,
    ).run({ id, englishName, type }).changes === 1
  );
}

export function getUserIdByUsername(db: Db, username: string): number | undefined {
  return (statement(db, 'SELECT id FROM users WHERE username = ?').get(username) as { id: number } | undefined)?.id;
}

/**
 * An account nobody can sign in to (disabled, and a password hash no password matches), so the
 * layer or the work of a person of the exporting instance keeps a name here; returns its id.
 */
export function insertPlaceholderAccount(
  db: Db,
  account: { username: string; displayName: string; role: Role; createdBy: number | null; at: string },
): number {
  return Number(
    statement(
      db,
      `INSERT INTO users (username, display_name, password_hash, role, created_at, created_by, disabled_at)
       VALUES (@username, @displayName, '!imported', @role, @at, @createdBy, @at)`,
    ).run(account).lastInsertRowid,
  );
}
