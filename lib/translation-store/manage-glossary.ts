// The glossary's writes and search: termbase entries (Indonesian term → English term, note), and
// the document-independent English name of an actor in the registry.
import type { Entity } from '../annotations/types';
import type { Db } from '../db/connection';
import { insertAuditEntry } from '../db/queries/audit';
import { getEntityById } from '../db/queries/entities';
import {
  deleteGlossaryTermById,
  getGlossaryTermById,
  glossaryPairExists,
  insertGlossaryTerm,
  listGlossaryTerms,
  searchGlossaryTerms,
  updateEntityEnglishName,
  type GlossaryTerm,
} from '../db/queries/glossary';
import { AppError } from '../errors';
import { actorOf, now, type Writer } from './record-translation-write';

/** Most terms a search returns. */
export const GLOSSARY_SEARCH_LIMIT = 200;

/** Trims and collapses runs of whitespace, as terms are typed. */
function cleanTerm(term: string): string {
  return term.trim().replace(/\s+/g, ' ');
}

/** Terms whose either side or note contains `query`; the whole termbase (up to the limit) when it is empty. */
export function findGlossaryTerms(db: Db, query: string): GlossaryTerm[] {
  const q = cleanTerm(query);
  return q === '' ? listGlossaryTerms(db).slice(0, GLOSSARY_SEARCH_LIMIT) : searchGlossaryTerms(db, q, GLOSSARY_SEARCH_LIMIT);
}

export interface NewGlossaryTermInput {
  sourceTerm: string;
  targetTerm: string;
  note?: string | null;
}

/** Adds a termbase entry; request.invalid (400) for an empty side, glossary.termExists (409) for a pair already there. */
export function addGlossaryTerm(db: Db, input: NewGlossaryTermInput, by: Writer): GlossaryTerm {
  return db
    .transaction((): GlossaryTerm => {
      const sourceTerm = cleanTerm(input.sourceTerm);
      const targetTerm = cleanTerm(input.targetTerm);
      const note = input.note?.trim() || null;
      if (sourceTerm === '' || targetTerm === '') throw new AppError('request.invalid', { fields: sourceTerm === '' ? 'sourceTerm' : 'targetTerm' });
      if (glossaryPairExists(db, sourceTerm, targetTerm)) throw new AppError('glossary.termExists', { source: sourceTerm, target: targetTerm });
      const id = insertGlossaryTerm(db, { sourceTerm, targetTerm, note, createdBy: by.userId, createdAt: now() });
      const term = getGlossaryTermById(db, id);
      if (!term) throw new Error(`glossary term ${id} vanished inside its transaction`);
      insertAuditEntry(db, { userId: by.userId, actor: actorOf(by), action: 'glossary.create', entity: 'glossary_term', entityId: id, after: term });
      return term;
    })
    .immediate();
}

/** Removes a termbase entry and returns it; glossary.notFound (404). */
export function deleteGlossaryTerm(db: Db, id: number, by: Writer): GlossaryTerm {
  return db
    .transaction((): GlossaryTerm => {
      const term = getGlossaryTermById(db, id);
      if (!term) throw new AppError('glossary.notFound', { id });
      deleteGlossaryTermById(db, id);
      insertAuditEntry(db, { userId: by.userId, actor: actorOf(by), action: 'glossary.delete', entity: 'glossary_term', entityId: id, before: term });
      return term;
    })
    .immediate();
}

/** Sets (or, with null or blank, clears) an actor's English name; entity.notFound (404). */
export function setEntityEnglishName(db: Db, entityId: number, englishName: string | null, by: Writer): Entity {
  return db
    .transaction((): Entity => {
      const before = getEntityById(db, entityId);
      if (!before) throw new AppError('entity.notFound', { id: entityId });
      const name = englishName === null ? null : cleanTerm(englishName) || null;
      if (name === before.englishName) return before;
      updateEntityEnglishName(db, entityId, name);
      const after = { ...before, englishName: name };
      insertAuditEntry(db, { userId: by.userId, actor: actorOf(by), action: 'entity.setEnglishName', entity: 'entity', entityId, before, after });
      return after;
    })
    .immediate();
}
