// Builds what the annotation store tests need: a real in-memory database with the real migrations,
// annotator accounts, and seed documents imported as the app imports them.
import fs from 'node:fs';
import path from 'node:path';
import { createAnnotation, type NewAnnotationInput } from '../../lib/annotation-store/create-annotation';
import type { Annotation } from '../../lib/annotations/types';
import type { Db } from '../../lib/db/connection';
import { getDocumentBySlug } from '../../lib/db/queries/documents';
import { insertUser } from '../../lib/db/queries/users';
import type { Role } from '../../lib/auth/roles';
import { importCorpusFiles } from '../../lib/import/import-corpus-files';
import { openTestDatabase } from '../helpers/test-db';

export const CORPUS = path.resolve(__dirname, '../../corpus');

/** The seed file whose name starts with `prefix` (`'001'`), as bytes. */
export function seedFile(prefix: string): { name: string; bytes: Buffer } {
  const name = fs.readdirSync(CORPUS).find((file) => file.startsWith(prefix) && file.endsWith('.txt'));
  if (!name) throw new Error(`no seed file starting with ${prefix}`);
  return { name, bytes: fs.readFileSync(path.join(CORPUS, name)) };
}

export function addUser(db: Db, username: string, role: Role = 'annotator'): number {
  const id = insertUser(db, { username, displayName: username, passwordHash: 'not-a-real-hash', role }, null);
  if (id === null) throw new Error(`user ${username} exists`);
  return id;
}

export interface Workbench {
  db: Db;
  annotator: number;
  other: number;
  slug: string;
  text: string;
}

/** A database with two annotators and one imported seed document. */
export function workbench(prefix = '001'): Workbench {
  const db = openTestDatabase();
  const annotator = addUser(db, 'ani');
  const other = addUser(db, 'budi');
  const [result] = importCorpusFiles(db, [seedFile(prefix)], { importedBy: null });
  if (!result) throw new Error('nothing imported');
  const doc = getDocumentBySlug(db, result.slug);
  if (!doc) throw new Error('document not stored');
  return { db, annotator, other, slug: result.slug, text: doc.text };
}

let counter = 0;

/** A fresh client-style id (a UUID). */
export function newId(): string {
  counter++;
  return `00000000-0000-4000-8000-${counter.toString(16).padStart(12, '0')}`;
}

/** The span of the `occurrence`-th (0-based) match of `quote` in `text`. */
export function spanOf(text: string, quote: string, occurrence = 0): { start: number; end: number; quote: string } {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) {
    start = text.indexOf(quote, start + 1);
    if (start === -1) throw new Error(`${JSON.stringify(quote)} occurs fewer than ${occurrence + 1} times`);
  }
  return { start, end: start + quote.length, quote };
}

/** Creates an annotation on the words `quote` in the workbench's document, for `layer`. */
export function annotate(
  bench: Workbench,
  quote: string,
  extra: Partial<NewAnnotationInput> & { layer?: number; occurrence?: number } = {},
): Annotation {
  const { layer = bench.annotator, occurrence, ...input } = extra;
  return createAnnotation(bench.db, bench.slug, layer, {
    id: newId(),
    label: 'claim',
    attributes: {},
    ...spanOf(bench.text, quote, occurrence),
    ...input,
  }).annotation;
}

/** Rows of a table, counted. */
export function countRows(db: Db, table: 'annotations' | 'annotation_events' | 'audit_log' | 'source_corrections'): number {
  return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}
