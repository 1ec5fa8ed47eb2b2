import { describe, expect, it } from 'vitest';
import type { Db } from '../../lib/db/connection';
import { documentText } from '../../lib/db/document-text-cache';
import { getAnnotatableDocumentById, getAnnotatableDocumentBySlug } from '../../lib/db/queries/annotations';
import { updateDocumentText } from '../../lib/db/queries/corrections';
import { openTestDatabase } from '../helpers/test-db';

function insertDocument(db: Db, slug: string, text: string): number {
  return Number(
    db
      .prepare(
        `INSERT INTO documents (slug, title, source_path, raw_sha256, raw_size, raw_text, text, provenance, imported_at)
         VALUES (?, 'D', ?, ?, 3, ?, ?, '[]', 'now')`,
      )
      .run(slug, `${slug}.txt`, `sha-${slug}`, text, text).lastInsertRowid,
  );
}

const tokenOf = (db: Db, id: number) => (db.prepare('SELECT hex(text_token) AS token FROM documents WHERE id = ?').get(id) as { token: string }).token;

function correct(db: Db, id: number, text: string, revision: number): void {
  expect(updateDocumentText(db, { id, text, provenance: [], flags: [], revision })).toBe(true);
}

describe('migration 008: document text tokens', () => {
  it('gives every new document a token of 16 random bytes', () => {
    const db = openTestDatabase();
    const a = insertDocument(db, 'a', 'Dalam laporan');
    const b = insertDocument(db, 'b', 'Dalam laporan');
    expect(tokenOf(db, a)).toMatch(/^[0-9A-F]{32}$/);
    expect(tokenOf(db, a)).not.toBe(tokenOf(db, b));
  });

  it('changes the token with the text, and only with it', () => {
    const db = openTestDatabase();
    const id = insertDocument(db, 'a', 'Dalam laporan');
    const first = tokenOf(db, id);
    db.prepare("UPDATE documents SET title = 'Other', flags = '[]' WHERE id = ?").run(id);
    db.prepare('UPDATE documents SET text = text WHERE id = ?').run(id);
    expect(tokenOf(db, id)).toBe(first);
    correct(db, id, 'Dalam laporan ECPAT', 2);
    expect(tokenOf(db, id)).not.toBe(first);
  });
});

describe('documentText', () => {
  it('answers from memory while the token is the same, and reads again under a new one', () => {
    const db = openTestDatabase();
    const id = insertDocument(db, 'a', 'first text');
    expect(documentText(db, id, 'A')).toBe('first text');
    db.prepare("UPDATE documents SET text = 'second text' WHERE id = ?").run(id);
    expect(documentText(db, id, 'A')).toBe('first text');
    expect(documentText(db, id, 'B')).toBe('second text');
    // Without a token the text is read, and what was kept is dropped.
    db.prepare("UPDATE documents SET text = 'third text' WHERE id = ?").run(id);
    expect(documentText(db, id, null)).toBe('third text');
    expect(documentText(db, id, 'B')).toBe('third text');
  });

  it('keeps each connection apart', () => {
    const one = openTestDatabase();
    const two = openTestDatabase();
    insertDocument(one, 'a', 'text of one');
    insertDocument(two, 'a', 'text of two');
    expect(documentText(one, 1, 'SAME')).toBe('text of one');
    expect(documentText(two, 1, 'SAME')).toBe('text of two');
  });
});

describe('annotatable documents read through the text cache', () => {
  it('give the corrected text after a correction', () => {
    const db = openTestDatabase();
    const id = insertDocument(db, 'a', 'alam laporan');
    expect(getAnnotatableDocumentBySlug(db, 'a')?.text).toBe('alam laporan');
    correct(db, id, 'Dalam laporan', 2);
    expect(getAnnotatableDocumentBySlug(db, 'a')).toEqual({ id, slug: 'a', revision: 2, text: 'Dalam laporan' });
    expect(getAnnotatableDocumentById(db, id)?.text).toBe('Dalam laporan');
  });

  it('never give the text of a correction that was rolled back, even once its revision is taken by another', () => {
    const db = openTestDatabase();
    const id = insertDocument(db, 'a', 'alam laporan');
    expect(getAnnotatableDocumentBySlug(db, 'a')?.text).toBe('alam laporan');
    expect(() =>
      db.transaction(() => {
        correct(db, id, 'Dalam laporan IJM', 2);
        // Read (and kept) inside the transaction, as a write checking its span would.
        expect(getAnnotatableDocumentBySlug(db, 'a')?.text).toBe('Dalam laporan IJM');
        throw new Error('rolled back');
      })(),
    ).toThrow('rolled back');
    expect(getAnnotatableDocumentBySlug(db, 'a')).toEqual({ id, slug: 'a', revision: 1, text: 'alam laporan' });
    correct(db, id, 'Dalam laporan UNODC', 2);
    expect(getAnnotatableDocumentBySlug(db, 'a')).toEqual({ id, slug: 'a', revision: 2, text: 'Dalam laporan UNODC' });
  });
});
