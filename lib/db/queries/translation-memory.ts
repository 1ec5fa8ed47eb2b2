// The translation memory: reviewed/approved units (one entry per sentence, kept in step with the
// unit) and imported pairs, with FTS5 candidate retrieval over the Indonesian side.
import type { Db } from '../connection';
import { statement } from '../statement';

export interface TmEntry {
  id: number;
  source: string;
  target: string;
  documentId: number | null;
  sentenceId: number | null;
  origin: 'unit' | 'import';
  previousSource: string | null;
  nextSource: string | null;
  updatedAt: string;
}

const TM_COLUMNS = `t.id, t.source, t.target, t.document_id AS documentId, t.sentence_id AS sentenceId, t.origin,
  t.previous_source AS previousSource, t.next_source AS nextSource, t.updated_at AS updatedAt`;

export interface UnitTmEntry {
  source: string;
  target: string;
  documentId: number;
  sentenceId: number;
  previousSource: string | null;
  nextSource: string | null;
  updatedAt: string;
}

/** Puts a unit in the memory, or brings its entry up to date. */
export function upsertUnitTmEntry(db: Db, entry: UnitTmEntry): void {
  statement(
    db,
    `INSERT INTO tm_units (source, target, document_id, sentence_id, origin, previous_source, next_source, updated_at)
     VALUES (@source, @target, @documentId, @sentenceId, 'unit', @previousSource, @nextSource, @updatedAt)
     ON CONFLICT (sentence_id) DO UPDATE
       SET source = excluded.source, target = excluded.target, document_id = excluded.document_id,
           previous_source = excluded.previous_source, next_source = excluded.next_source, updated_at = excluded.updated_at`,
  ).run(entry);
}

/** Takes a unit out of the memory (it fell below reviewed, or was merged or split). */
export function deleteTmEntryBySentenceId(db: Db, sentenceId: number): void {
  statement(db, 'DELETE FROM tm_units WHERE sentence_id = ?').run(sentenceId);
}

export function getTmEntryBySentenceId(db: Db, sentenceId: number): TmEntry | undefined {
  return statement(db, `SELECT ${TM_COLUMNS} FROM tm_units t WHERE t.sentence_id = ?`).get(sentenceId) as TmEntry | undefined;
}

/** Adds an imported pair; false when the same pair was imported before. */
export function insertImportedTmPair(db: Db, pair: { source: string; target: string; updatedAt: string }): boolean {
  return (
    statement(
      db,
      `INSERT INTO tm_units (source, target, origin, updated_at) VALUES (@source, @target, 'import', @updatedAt)
       ON CONFLICT (source, target) WHERE origin = 'import' DO NOTHING`,
    ).run(pair).changes === 1
  );
}

/**
 * Candidates for a fuzzy match: entries sharing words with the query, best BM25 first. `match` is
 * an FTS5 query built from quoted words (never user syntax); `excludeSentenceId` leaves out the
 * unit's own entry.
 */
export function searchTmCandidates(db: Db, match: string, excludeSentenceId: number | null, limit: number): TmEntry[] {
  return statement(
    db,
    `SELECT ${TM_COLUMNS}
     FROM (SELECT rowid AS id FROM tm_fts WHERE tm_fts MATCH @match ORDER BY rank LIMIT @limit) f
     JOIN tm_units t ON t.id = f.id
     WHERE @excludeSentenceId IS NULL OR t.sentence_id IS NOT @excludeSentenceId`,
  ).all({ match, excludeSentenceId, limit }) as TmEntry[];
}

/** How many memory entries hold each word (words as the FTS tokenizer writes them); absent words count 0. */
export function getTmWordEntryCounts(db: Db, words: readonly string[]): Map<string, number> {
  const lookup = statement(db, 'SELECT doc FROM tm_fts_vocab WHERE term = ?');
  return new Map(words.map((word) => [word, (lookup.get(word) as { doc: number } | undefined)?.doc ?? 0]));
}
