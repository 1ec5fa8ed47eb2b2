// The database the route × role matrix runs against: one account (with a live session) per role,
// a seed document with annotations in each writer's layer, translations with history and an
// alignment, a termbase entry, an entity. Built once; each case that may write gets its own copy.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createAnnotation } from '../../lib/annotation-store/create-annotation';
import { createEntity } from '../../lib/annotation-store/manage-entities';
import { assignDocument } from '../../lib/assignment-store/manage-assignments';
import { hashPassword } from '../../lib/auth/password';
import type { Role } from '../../lib/auth/roles';
import { hashSessionToken, sessionExpiry } from '../../lib/auth/session-token';
import { openDatabase, type Db } from '../../lib/db/connection';
import { getDocumentBySlug } from '../../lib/db/queries/documents';
import { insertSession } from '../../lib/db/queries/sessions';
import { listUnitRowsByDocumentId, type UnitRow } from '../../lib/db/queries/translations';
import { insertUser } from '../../lib/db/queries/users';
import { importCorpusFiles } from '../../lib/import/import-corpus-files';
import { changeTranslationStatus } from '../../lib/translation-store/change-translation-status';
import { alignAnnotation } from '../../lib/translation-store/manage-alignments';
import { addGlossaryTerm } from '../../lib/translation-store/manage-glossary';
import { saveTranslation } from '../../lib/translation-store/save-translation';
import { seedFile } from '../annotation-store/fixtures';

export const MATRIX_PASSWORD = 'kata-sandi-matriks';

const USERNAMES: Record<Role, string> = {
  admin: 'ada',
  annotator: 'ani',
  translator: 'tari',
  reviewer: 'rudi',
  researcher: 'riset',
};

/** The annotation writers, each with an annotation of their own layer. */
export const ANNOTATION_WRITERS = ['admin', 'annotator', 'reviewer'] as const;
type AnnotationWriter = (typeof ANNOTATION_WRITERS)[number];

export interface MatrixFixture {
  /** The database file every read and refused case runs against (copied for allowed writes). */
  file: string;
  dir: string;
  users: Record<Role, { id: number; username: string; token: string }>;
  slug: string;
  documentRevision: number;
  text: string;
  /** An accepted annotation of each writer's layer, at revision 1, inside `translated.sentenceId`. */
  annotations: Record<AnnotationWriter, string>;
  /** A unit at status draft, revision 2, with two history events and an alignment. */
  translated: { sentenceId: number; revision: number; firstEventId: number; text: string; alignmentId: string; annotationId: string };
  /** A unit at status translated, revision 2 (for status changes). */
  finished: { sentenceId: number; revision: number };
  /** A unit without translation, with a next unit in its block (for edits, merges and splits). */
  untranslated: { sentenceId: number; start: number; end: number };
  /** A word outside every translated or annotated unit, to correct. */
  correction: { start: number; end: number; before: string };
  entityId: number;
  glossaryTermId: number;
  /** Each assignable role's assignment of the document (annotate, or translate for the translator). */
  assignments: Record<Exclude<Role, 'researcher'>, number>;
  /** The admin's annotation as a reviewer would curate it (the annotator's, at revision 1). */
  curatable: { annotationId: string; revision: number };
}

function wordsOf(text: string, unit: UnitRow): Array<{ start: number; end: number; word: string }> {
  const words: Array<{ start: number; end: number; word: string }> = [];
  for (const match of text.slice(unit.start, unit.end).matchAll(/\p{L}{4,}/gu)) {
    const start = unit.start + (match.index ?? 0);
    words.push({ start, end: start + match[0].length, word: match[0] });
  }
  return words;
}

function addAccount(db: Db, role: Role, passwordHash: string, admin: number | null): { id: number; username: string; token: string } {
  const username = USERNAMES[role];
  const id = insertUser(db, { username, displayName: username, passwordHash, role }, admin);
  if (id === null) throw new Error(`user ${username} exists`);
  const token = `matrix-token-${role}`;
  insertSession(db, hashSessionToken(token), id, sessionExpiry().toISOString());
  return { id, username, token };
}

/** Builds the fixture database in a temporary folder. */
export async function buildMatrixFixture(): Promise<MatrixFixture> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'selaras-matrix-'));
  const file = path.join(dir, 'fixture.db');
  const db = openDatabase(file);
  const passwordHash = await hashPassword(MATRIX_PASSWORD);
  const admin = addAccount(db, 'admin', passwordHash, null);
  const users = {
    admin,
    annotator: addAccount(db, 'annotator', passwordHash, admin.id),
    translator: addAccount(db, 'translator', passwordHash, admin.id),
    reviewer: addAccount(db, 'reviewer', passwordHash, admin.id),
    researcher: addAccount(db, 'researcher', passwordHash, admin.id),
  };
  const [imported] = importCorpusFiles(db, [seedFile('004')], { importedBy: admin.id });
  if (!imported) throw new Error('seed not imported');
  const doc = getDocumentBySlug(db, imported.slug);
  if (!doc) throw new Error('seed not stored');
  const text = doc.text;
  const units = listUnitRowsByDocumentId(db, doc.id).filter((u) => wordsOf(text, u).length >= 4);
  const withNext = units.filter((u) => units.some((n) => n.blockId === u.blockId && n.ord === u.ord + 1));
  const [first, second, third] = withNext;
  const spare = units.filter((u) => u !== first && u !== second && u !== third).at(-1);
  if (!first || !second || !third || !spare) throw new Error('seed document has too few units');

  const word = wordsOf(text, first)[1];
  if (!word) throw new Error('no word to annotate');
  const annotations = {} as Record<AnnotationWriter, string>;
  for (const [i, role] of ANNOTATION_WRITERS.entries()) {
    const id = `00000000-0000-4000-8000-00000000000${i + 1}`;
    createAnnotation(db, imported.slug, users[role].id, { id, label: 'claim', attributes: {}, start: word.start, end: word.end, quote: word.word });
    annotations[role] = id;
  }

  const translator = { userId: users.translator.id, role: 'translator' as const };
  saveTranslation(db, first.sentenceId, { revision: 0, text: 'A first English draft.', status: 'draft' }, translator);
  const english = 'The English text of this sentence.';
  saveTranslation(db, first.sentenceId, { revision: 1, text: english, status: 'draft' }, translator);
  const firstEvent = db.prepare('SELECT id FROM translation_events ORDER BY id LIMIT 1').get() as { id: number };
  alignAnnotation(
    db,
    first.sentenceId,
    { annotationId: annotations.admin, start: 4, end: 11, quote: 'English' },
    { userId: admin.id, role: 'admin' },
  );
  const alignmentId = (db.prepare('SELECT id FROM alignments LIMIT 1').get() as { id: string }).id;

  saveTranslation(db, second.sentenceId, { revision: 0, text: 'Finished English.', status: 'draft' }, translator);
  changeTranslationStatus(db, second.sentenceId, { revision: 1, status: 'translated' }, translator);

  const fix = wordsOf(text, spare)[0];
  if (!fix) throw new Error('no word to correct');
  const entity = createEntity(db, { canonicalName: 'Badan Matriks', type: 'ngo', aliases: [] }, { userId: admin.id });
  const term = addGlossaryTerm(db, { sourceTerm: 'matriks', targetTerm: 'matrix' }, { userId: admin.id });
  const assign = (role: Exclude<Role, 'researcher'>) =>
    assignDocument(db, { slug: imported.slug, userId: users[role].id, task: role === 'translator' ? 'translate' : 'annotate' }, admin.id).id;
  const assignments = { admin: assign('admin'), annotator: assign('annotator'), translator: assign('translator'), reviewer: assign('reviewer') };
  db.close();
  return {
    file,
    dir,
    users,
    slug: imported.slug,
    documentRevision: doc.revision,
    text,
    annotations,
    translated: { sentenceId: first.sentenceId, revision: 2, firstEventId: firstEvent.id, text: english, alignmentId, annotationId: annotations.admin },
    finished: { sentenceId: second.sentenceId, revision: 2 },
    untranslated: { sentenceId: third.sentenceId, start: third.start, end: third.end },
    correction: { start: fix.start, end: fix.end, before: fix.word },
    entityId: entity.id,
    glossaryTermId: term.id,
    assignments,
    curatable: { annotationId: annotations.annotator, revision: 1 },
  };
}

/** A copy of the fixture database (for a case that may write); returns its path. */
export function copyFixtureDatabase(fixture: MatrixFixture, name: string): string {
  const copy = path.join(fixture.dir, `${name.replace(/[^A-Za-z0-9]+/g, '-')}.db`);
  fs.copyFileSync(fixture.file, copy);
  return copy;
}

/**
 * A digest of every row of every table, to show that a refused request changed nothing.
 * Rows are read in rowid order (or primary key order for tables without one).
 */
export function databaseDigest(db: Db): string {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as Array<{ name: string }>;
  const hash = createHash('sha256');
  for (const { name } of tables) {
    hash.update(`\u0000${name}\u0000`);
    for (const row of db.prepare(`SELECT * FROM "${name.replace(/"/g, '""')}"`).iterate()) {
      hash.update(JSON.stringify(row, (_key, value: unknown) => (Buffer.isBuffer(value) ? value.toString('hex') : value)));
    }
  }
  return hash.digest('hex');
}
