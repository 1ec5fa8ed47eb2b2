// Builds what the translation store tests need: a real in-memory database with the real
// migrations, one account per role, a seed document imported as the app imports it, and helpers
// to find its units and annotate its words.
import type { Role } from '../../lib/auth/roles';
import type { Db } from '../../lib/db/connection';
import { listUnitRowsByDocumentId, type UnitRow } from '../../lib/db/queries/translations';
import type { StatusWriter } from '../../lib/translation-store/save-translation';
import { saveTranslation } from '../../lib/translation-store/save-translation';
import type { TranslationUnit } from '../../lib/translation-store/load-translation-workspace';
import { addUser, annotate, workbench, type Workbench } from '../annotation-store/fixtures';

export { annotate };

/** Seed 004 (Laos and UNODC, 28 units): small, with actors and statistics. */
export const SEED = '004';

export interface TranslationBench extends Workbench {
  documentId: number;
  users: Record<'admin' | 'translator' | 'reviewer' | 'annotator' | 'researcher', number>;
}

/** A database with one account per role and one imported seed document. */
export function translationBench(prefix = SEED): TranslationBench {
  const bench = workbench(prefix);
  const row = bench.db.prepare('SELECT id FROM documents WHERE slug = ?').get(bench.slug) as { id: number };
  const users = {
    admin: addUser(bench.db, 'admin', 'admin'),
    translator: addUser(bench.db, 'tari', 'translator'),
    reviewer: addUser(bench.db, 'rudi', 'reviewer'),
    annotator: bench.annotator,
    researcher: addUser(bench.db, 'riset', 'researcher'),
  };
  return { ...bench, documentId: row.id, users };
}

/** The writer acting with `role` (its own account). */
export function as(bench: TranslationBench, role: Role): StatusWriter {
  return { userId: bench.users[role], role };
}

export function units(bench: TranslationBench): UnitRow[] {
  return listUnitRowsByDocumentId(bench.db, bench.documentId);
}

/** The unit whose source contains `words`. */
export function unitWith(bench: TranslationBench, words: string): UnitRow {
  const found = units(bench).find((u) => bench.text.slice(u.start, u.end).includes(words));
  if (!found) throw new Error(`no unit contains ${JSON.stringify(words)}`);
  return found;
}

/** Saves `text` over whatever the unit has now, as `role`. */
export function translate(bench: TranslationBench, sentenceId: number, text: string, role: Role = 'translator', status?: 'draft' | 'translated'): TranslationUnit {
  const current = units(bench).find((u) => u.sentenceId === sentenceId);
  return saveTranslation(bench.db, sentenceId, { revision: current?.translation?.revision ?? 0, text, status }, as(bench, role));
}

export { caught } from '../helpers/caught-app-error';

export function count(db: Db, sql: string, ...params: unknown[]): number {
  return (db.prepare(sql).get(...params) as { n: number }).n;
}
