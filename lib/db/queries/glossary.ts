// The glossary: termbase entries (Indonesian term → English term, note) and the registry's English
// names of actors, which the glossary offers beside the terms.
import type { Db } from '../connection';
import { statement } from '../statement';

export interface GlossaryTerm {
  id: number;
  sourceTerm: string;
  targetTerm: string;
  note: string | null;
  createdBy: string | null;
  createdAt: string;
}

const TERM_SELECT = `
  SELECT g.id, g.source_term AS sourceTerm, g.target_term AS targetTerm, g.note,
         u.display_name AS createdBy, g.created_at AS createdAt
  FROM glossary_terms g LEFT JOIN users u ON u.id = g.created_by`;

/** The whole termbase by Indonesian term (it is small; suggestions match it against a unit). */
export function listGlossaryTerms(db: Db): GlossaryTerm[] {
  return statement(db, `${TERM_SELECT} ORDER BY g.source_term COLLATE NOCASE, g.target_term COLLATE NOCASE`).all() as GlossaryTerm[];
}

/** Terms whose Indonesian or English side or note contains `query` (LIKE, case-insensitive for ASCII). */
export function searchGlossaryTerms(db: Db, query: string, limit: number): GlossaryTerm[] {
  const escaped = query.replace(/[\\%_]/g, (c) => `\\${c}`);
  return statement(
    db,
    `${TERM_SELECT}
     WHERE g.source_term LIKE @contains ESCAPE '\\' OR g.target_term LIKE @contains ESCAPE '\\'
        OR g.note LIKE @contains ESCAPE '\\'
     ORDER BY (g.source_term LIKE @prefix ESCAPE '\\') DESC, g.source_term COLLATE NOCASE, g.target_term COLLATE NOCASE
     LIMIT @limit`,
  ).all({ contains: `%${escaped}%`, prefix: `${escaped}%`, limit }) as GlossaryTerm[];
}

export function getGlossaryTermById(db: Db, id: number): GlossaryTerm | undefined {
  return statement(db, `${TERM_SELECT} WHERE g.id = ?`).get(id) as GlossaryTerm | undefined;
}

/** Whether the same pair (either side in any letter case) is already in the termbase. */
export function glossaryPairExists(db: Db, sourceTerm: string, targetTerm: string): boolean {
  return (
    statement(
      db,
      `SELECT 1 FROM glossary_terms
       WHERE source_term = @sourceTerm COLLATE NOCASE AND target_term = @targetTerm COLLATE NOCASE`,
    ).get({ sourceTerm, targetTerm }) !== undefined
  );
}

export interface NewGlossaryTerm {
  sourceTerm: string;
  targetTerm: string;
  note: string | null;
  createdBy: number | null;
  createdAt: string;
}

/** Inserts a term; returns its id. */
export function insertGlossaryTerm(db: Db, term: NewGlossaryTerm): number {
  return Number(
    statement(
      db,
      `INSERT INTO glossary_terms (source_term, target_term, note, created_by, created_at)
       VALUES (@sourceTerm, @targetTerm, @note, @createdBy, @createdAt)`,
    ).run(term).lastInsertRowid,
  );
}

export function deleteGlossaryTermById(db: Db, id: number): void {
  statement(db, 'DELETE FROM glossary_terms WHERE id = ?').run(id);
}

/** Sets (or clears, with null) the document-independent English name of a registry entity. */
export function updateEntityEnglishName(db: Db, entityId: number, englishName: string | null): void {
  statement(db, 'UPDATE entities SET english_name = @englishName WHERE id = @entityId').run({ entityId, englishName });
}
