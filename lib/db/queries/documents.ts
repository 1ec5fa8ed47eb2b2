// Documents with their blocks, sentences and footnote references.
import type { DocumentFlag, ProvenanceRun, RepairedDocument, StoredBlock } from '../../corpus/types';
import type { Db } from '../connection';
import { statement } from '../statement';
import { insertAuditEntry } from './audit';

export interface DocumentSummary {
  id: number;
  slug: string;
  title: string;
  sourcePath: string;
  version: number;
  rawSize: number;
  importedAt: string;
  blockCount: number;
  sentenceCount: number;
}

export interface DocumentRow {
  id: number;
  slug: string;
  title: string;
  sourcePath: string;
  version: number;
  rawSha256: string;
  rawSize: number;
  rawText: string;
  text: string;
  provenance: ProvenanceRun[];
  flags: DocumentFlag[];
  revision: number;
  importedAt: string;
}

export type BlockRow = StoredBlock;

export interface FootnoteRefRow {
  label: string;
  offset: number;
  footnoteBlockId: number | null;
}

/** Latest version of every document, with its block and sentence counts. */
export function listDocumentSummaries(db: Db): DocumentSummary[] {
  return statement(
      db,
      `SELECT d.id, d.slug, d.title, d.source_path AS sourcePath, d.version, d.raw_size AS rawSize,
              d.imported_at AS importedAt,
              (SELECT count(*) FROM blocks b WHERE b.document_id = d.id) AS blockCount,
              (SELECT count(*) FROM sentences s WHERE s.document_id = d.id) AS sentenceCount
       FROM documents d
       WHERE NOT EXISTS (SELECT 1 FROM documents n WHERE n.supersedes = d.id)
       ORDER BY d.source_path`,
    )
    .all() as DocumentSummary[];
}

export function getDocumentBySlug(db: Db, slug: string): DocumentRow | undefined {
  const row = statement(
      db,
      `SELECT id, slug, title, source_path AS sourcePath, version, raw_sha256 AS rawSha256,
              raw_size AS rawSize, raw_text AS rawText, text, provenance, flags, revision,
              imported_at AS importedAt
       FROM documents WHERE slug = ?`,
    )
    .get(slug) as (Omit<DocumentRow, 'provenance' | 'flags'> & { provenance: string; flags: string }) | undefined;
  if (!row) return undefined;
  return { ...row, provenance: JSON.parse(row.provenance), flags: JSON.parse(row.flags) };
}

export function getDocumentTitleBySlug(db: Db, slug: string): string | undefined {
  return (statement(db, 'SELECT title FROM documents WHERE slug = ?').get(slug) as { title: string } | undefined)?.title;
}

export function getDocumentIdBySha256(db: Db, sha256: string): { id: number; slug: string } | undefined {
  return statement(db, 'SELECT id, slug FROM documents WHERE raw_sha256 = ?').get(sha256) as
    | { id: number; slug: string }
    | undefined;
}

export function getBlocksByDocumentId(db: Db, documentId: number): BlockRow[] {
  return statement(
      db,
      `SELECT id, ord, kind, level, footnote_label AS footnoteLabel, start_offset AS start,
              end_offset AS end, raw_start AS rawStart, raw_end AS rawEnd
       FROM blocks WHERE document_id = ? ORDER BY ord`,
    )
    .all(documentId) as BlockRow[];
}

export function countSentencesByDocumentId(db: Db, documentId: number): number {
  return (statement(db, 'SELECT count(*) AS n FROM sentences WHERE document_id = ?').get(documentId) as { n: number }).n;
}

export function getFootnoteRefsByDocumentId(db: Db, documentId: number): FootnoteRefRow[] {
  return statement(
      db,
      `SELECT label, text_offset AS offset, footnote_block_id AS footnoteBlockId
       FROM footnote_refs WHERE document_id = ? ORDER BY text_offset`,
    )
    .all(documentId) as FootnoteRefRow[];
}

export interface NewDocument {
  sourcePath: string;
  rawSha256: string;
  rawSize: number;
  rawText: string;
  repaired: RepairedDocument;
}

export type InsertDocumentResult =
  | { status: 'unchanged'; id: number; slug: string }
  | { status: 'imported'; id: number; slug: string; version: number };

function baseSlugOf(sourcePath: string, version: number): string {
  const base = sourcePath
    .replace(/^.*[\\/]/, '')
    .replace(/\.[^.]+$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const slug = base || 'document';
  return version > 1 ? `${slug}-v${version}` : slug;
}

function uniqueSlug(db: Db, base: string): string {
  const taken = statement(db, 'SELECT 1 FROM documents WHERE slug = ?');
  let slug = base;
  for (let n = 2; taken.get(slug); n++) slug = `${base}-${n}`;
  return slug;
}

/**
 * Stores one repaired document with its blocks, sentences and footnote references in a single
 * transaction. The same bytes again are a no-op; changed bytes under the same name are a new version.
 */
export function insertImportedDocument(
  db: Db,
  doc: NewDocument,
  by: { userId: number | null; actor?: string },
): InsertDocumentResult {
  return db
    .transaction((): InsertDocumentResult => {
      const same = getDocumentIdBySha256(db, doc.rawSha256);
      if (same) return { status: 'unchanged', ...same };
      const previous = statement(db, 'SELECT id, version FROM documents WHERE source_path = ? ORDER BY version DESC LIMIT 1')
        .get(doc.sourcePath) as { id: number; version: number } | undefined;
      const version = (previous?.version ?? 0) + 1;
      const slug = uniqueSlug(db, baseSlugOf(doc.sourcePath, version));
      const { repaired } = doc;
      const id = Number(
        statement(
            db,
            `INSERT INTO documents (slug, title, source_path, version, supersedes, raw_sha256, raw_size,
                                    raw_text, text, provenance, flags, imported_at, imported_by)
             VALUES (@slug, @title, @sourcePath, @version, @supersedes, @rawSha256, @rawSize,
                     @rawText, @text, @provenance, @flags, @importedAt, @importedBy)`,
          )
          .run({
            slug,
            title: repaired.title || slug,
            sourcePath: doc.sourcePath,
            version,
            supersedes: previous?.id ?? null,
            rawSha256: doc.rawSha256,
            rawSize: doc.rawSize,
            rawText: doc.rawText,
            text: repaired.text,
            provenance: JSON.stringify(repaired.provenance),
            flags: JSON.stringify(repaired.flags),
            importedAt: new Date().toISOString(),
            importedBy: by.userId,
          }).lastInsertRowid,
      );
      const insertBlock = statement(
        db,
        `INSERT INTO blocks (document_id, ord, kind, level, footnote_label, start_offset, end_offset, raw_start, raw_end)
         VALUES (@documentId, @ord, @kind, @level, @footnoteLabel, @start, @end, @rawStart, @rawEnd)`,
      );
      const blockIds = repaired.blocks.map((block, ord) =>
        Number(
          insertBlock.run({
            documentId: id,
            ord,
            kind: block.kind,
            level: block.level ?? null,
            footnoteLabel: block.footnoteLabel ?? null,
            start: block.start,
            end: block.end,
            rawStart: block.rawStart,
            rawEnd: block.rawEnd,
          }).lastInsertRowid,
        ),
      );
      const blockId = (index: number | undefined): number | null => {
        if (index === undefined) return null;
        const found = blockIds[index];
        if (found === undefined) throw new RangeError(`No block ${index} in ${doc.sourcePath}`);
        return found;
      };
      const insertSentence = statement(
        db,
        `INSERT INTO sentences (document_id, block_id, ord, start_offset, end_offset)
         VALUES (@documentId, @blockId, @ord, @start, @end)`,
      );
      repaired.sentences.forEach((sentence, ord) =>
        insertSentence.run({ documentId: id, blockId: blockId(sentence.block), ord, start: sentence.start, end: sentence.end }),
      );
      const insertRef = statement(
        db,
        `INSERT INTO footnote_refs (document_id, label, text_offset, footnote_block_id, raw_start, raw_end)
         VALUES (@documentId, @label, @offset, @footnoteBlockId, @rawStart, @rawEnd)`,
      );
      for (const ref of repaired.footnoteRefs) {
        insertRef.run({
          documentId: id,
          label: ref.label,
          offset: ref.offset,
          footnoteBlockId: blockId(ref.footnoteBlock),
          rawStart: ref.rawStart,
          rawEnd: ref.rawEnd,
        });
      }
      insertAuditEntry(db, {
        userId: by.userId,
        actor: by.actor,
        action: 'document.import',
        entity: 'document',
        entityId: id,
        after: { slug, sourcePath: doc.sourcePath, version, rawSha256: doc.rawSha256, blocks: repaired.blocks.length },
      });
      return { status: 'imported', id, slug, version };
    })
    .immediate();
}

/** Every stored document's raw text, for corpus-wide word frequencies. */
export function getAllRawTexts(db: Db): string[] {
  return statement(db, 'SELECT raw_text AS rawText FROM documents')
    .all()
    .map((row) => (row as { rawText: string }).rawText);
}

/** The slug of the version that replaced this document, if a newer one was imported. */
export function getNewerVersionSlug(db: Db, documentId: number): string | undefined {
  return (statement(db, 'SELECT slug FROM documents WHERE supersedes = ? ORDER BY version DESC LIMIT 1').get(documentId) as
    | { slug: string }
    | undefined)?.slug;
}
