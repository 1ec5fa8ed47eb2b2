// The sentence writes behind merging and splitting translation units: a sentence's range, a new
// sentence, and renumbering so `sentences.ord` stays unique and in text order.
import type { Db } from '../connection';
import { statement } from '../statement';

/** Moves a sentence's range (a merge widens the first unit, a split narrows it). */
export function updateSentenceRange(db: Db, sentenceId: number, start: number, end: number): void {
  statement(db, 'UPDATE sentences SET start_offset = @start, end_offset = @end WHERE id = @sentenceId').run({
    sentenceId,
    start,
    end,
  });
}

export function deleteSentence(db: Db, sentenceId: number): void {
  statement(db, 'DELETE FROM sentences WHERE id = ?').run(sentenceId);
}

export interface NewSentence {
  documentId: number;
  blockId: number;
  ord: number;
  start: number;
  end: number;
}

/** Inserts a sentence at a free `ord`; returns its id. */
export function insertSentence(db: Db, sentence: NewSentence): number {
  return Number(
    statement(
      db,
      `INSERT INTO sentences (document_id, block_id, ord, start_offset, end_offset)
       VALUES (@documentId, @blockId, @ord, @start, @end)`,
    ).run(sentence).lastInsertRowid,
  );
}

/**
 * Adds `by` to the ord of every sentence of a document from `fromOrd` on. Two passes through
 * negative numbers, because SQLite checks UNIQUE (document_id, ord) row by row during an UPDATE.
 */
export function shiftSentenceOrds(db: Db, documentId: number, fromOrd: number, by: number): void {
  statement(db, 'UPDATE sentences SET ord = -ord - 1 WHERE document_id = @documentId AND ord >= @fromOrd').run({
    documentId,
    fromOrd,
  });
  statement(db, 'UPDATE sentences SET ord = -ord - 1 + @by WHERE document_id = @documentId AND ord < 0').run({
    documentId,
    by,
  });
}

/** The ords of a document's sentences in order (for checking they stay unique and dense). */
export function listSentenceOrdsByDocumentId(db: Db, documentId: number): Array<{ id: number; ord: number; start: number }> {
  return statement(db, 'SELECT id, ord, start_offset AS start FROM sentences WHERE document_id = ? ORDER BY ord').all(
    documentId,
  ) as Array<{ id: number; ord: number; start: number }>;
}
