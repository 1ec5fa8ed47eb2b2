// Source corrections: the record of each fix of a document's normalized text, and the writes that
// move the text, its provenance, blocks, sentences and footnote markers to the corrected state.
import type { DocumentFlag, ProvenanceRun } from '../../corpus/types';
import type { Db } from '../connection';
import { statement } from '../statement';

export interface SentenceSpan {
  id: number;
  blockId: number;
  start: number;
  end: number;
}

export interface FootnoteRefOffset {
  id: number;
  offset: number;
}

/** A document's sentences with their ids, in order. */
export function listSentenceSpansByDocumentId(db: Db, documentId: number): SentenceSpan[] {
  return statement(
    db,
    `SELECT id, block_id AS blockId, start_offset AS start, end_offset AS end
     FROM sentences WHERE document_id = ? ORDER BY ord`,
  ).all(documentId) as SentenceSpan[];
}

/** A document's footnote markers with their ids, in text order. */
export function listFootnoteRefOffsetsByDocumentId(db: Db, documentId: number): FootnoteRefOffset[] {
  return statement(
    db,
    'SELECT id, text_offset AS offset FROM footnote_refs WHERE document_id = ? ORDER BY text_offset, id',
  ).all(documentId) as FootnoteRefOffset[];
}

export interface CorrectedDocument {
  id: number;
  text: string;
  provenance: ProvenanceRun[];
  flags: DocumentFlag[];
  /** The revision the correction produces. */
  revision: number;
}

/** Stores the corrected text, provenance and flags, only if the document is still at revision - 1. */
export function updateDocumentText(db: Db, doc: CorrectedDocument): boolean {
  return (
    statement(
      db,
      `UPDATE documents SET text = @text, provenance = @provenance, flags = @flags, revision = @revision
       WHERE id = @id AND revision = @revision - 1`,
    ).run({ ...doc, provenance: JSON.stringify(doc.provenance), flags: JSON.stringify(doc.flags) }).changes === 1
  );
}

/** Moves blocks to new offsets (raw offsets never change: the raw text is kept as imported). */
export function updateBlockOffsets(db: Db, blocks: ReadonlyArray<{ id: number; start: number; end: number }>): void {
  const update = statement(db, 'UPDATE blocks SET start_offset = @start, end_offset = @end WHERE id = @id');
  for (const block of blocks) update.run(block);
}

export function updateSentenceOffsets(db: Db, sentences: ReadonlyArray<{ id: number; start: number; end: number }>): void {
  const update = statement(db, 'UPDATE sentences SET start_offset = @start, end_offset = @end WHERE id = @id');
  for (const sentence of sentences) update.run(sentence);
}

export function updateFootnoteRefOffsets(db: Db, refs: ReadonlyArray<FootnoteRefOffset>): void {
  const update = statement(db, 'UPDATE footnote_refs SET text_offset = @offset WHERE id = @id');
  for (const ref of refs) update.run(ref);
}

export interface SourceCorrectionRecord {
  id: number;
  documentId: number;
  start: number;
  end: number;
  before: string;
  after: string;
  userId: number | null;
  actor: string;
  createdAt: string;
  documentRevision: number;
}

/** Records a correction; returns it with its id. */
export function insertSourceCorrection(db: Db, correction: Omit<SourceCorrectionRecord, 'id'>): SourceCorrectionRecord {
  const id = Number(
    statement(
      db,
      `INSERT INTO source_corrections (document_id, start_offset, end_offset, before, after, user_id, actor, created_at,
                                       document_revision)
       VALUES (@documentId, @start, @end, @before, @after, @userId, @actor, @createdAt, @documentRevision)`,
    ).run(correction).lastInsertRowid,
  );
  return { id, ...correction };
}

/** A document's corrections, oldest first. */
export function listSourceCorrectionsByDocumentId(db: Db, documentId: number): SourceCorrectionRecord[] {
  return statement(
    db,
    `SELECT id, document_id AS documentId, start_offset AS start, end_offset AS end, before, after, user_id AS userId,
            actor, created_at AS createdAt, document_revision AS documentRevision
     FROM source_corrections WHERE document_id = ? ORDER BY document_revision`,
  ).all(documentId) as SourceCorrectionRecord[];
}

/** Removes sentences a correction deleted entirely (their text is gone). */
export function deleteSentencesByIds(db: Db, ids: readonly number[]): void {
  const remove = statement(db, 'DELETE FROM sentences WHERE id = ?');
  for (const id of ids) remove.run(id);
}
