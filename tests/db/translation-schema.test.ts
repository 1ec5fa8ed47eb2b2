import { describe, expect, it } from 'vitest';
import type { Db } from '../../lib/db/connection';
import { insertImportedTmPair, searchTmCandidates, upsertUnitTmEntry } from '../../lib/db/queries/translation-memory';
import { insertSentence, listSentenceOrdsByDocumentId, shiftSentenceOrds } from '../../lib/db/queries/translation-units';
import { openTestDatabase } from '../helpers/test-db';

/** A document `abc def ghi` with one block and three sentences (ord 0–2), and one user. */
function seeded(): { db: Db; documentId: number; sentenceIds: number[] } {
  const db = openTestDatabase();
  const documentId = Number(
    db
      .prepare(
        `INSERT INTO documents (slug, title, source_path, raw_sha256, raw_size, raw_text, text, provenance, imported_at)
         VALUES ('d', 'D', 'd.txt', 'sha', 11, 'abc def ghi', 'abc def ghi', '[]', 'now')`,
      )
      .run().lastInsertRowid,
  );
  const blockId = Number(
    db
      .prepare("INSERT INTO blocks (document_id, ord, kind, start_offset, end_offset, raw_start, raw_end) VALUES (?, 0, 'paragraph', 0, 11, 0, 11)")
      .run(documentId).lastInsertRowid,
  );
  const sentenceIds = [0, 1, 2].map((ord) => insertSentence(db, { documentId, blockId, ord, start: ord * 4, end: ord * 4 + 3 }));
  return { db, documentId, sentenceIds };
}

function insertTranslation(db: Db, documentId: number, sentenceId: number, status = 'draft'): number {
  return Number(
    db
      .prepare(
        `INSERT INTO translations (document_id, sentence_id, text, status, created_at, updated_at, status_changed_at)
         VALUES (?, ?, 'English', ?, 'now', 'now', 'now')`,
      )
      .run(documentId, sentenceId, status).lastInsertRowid,
  );
}

const matches = (db: Db, query: string): number =>
  (db.prepare('SELECT count(*) AS n FROM tm_fts WHERE tm_fts MATCH ?').get(query) as { n: number }).n;

describe('migration 004: translation tables', () => {
  it('creates STRICT tables and the FTS5 index', () => {
    const db = openTestDatabase();
    for (const table of ['translations', 'translation_events', 'alignments', 'glossary_terms', 'tm_units']) {
      const row = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) as { sql: string } | undefined;
      expect(row?.sql, table).toMatch(/STRICT$/);
    }
    expect(db.prepare("SELECT sql FROM sqlite_master WHERE name = 'tm_fts'").get()).toEqual({ sql: expect.stringMatching(/USING fts5/) });
  });

  it('refuses an unknown status, a second translation of a sentence, and an empty aligned span', () => {
    const { db, documentId, sentenceIds } = seeded();
    const [first = 0, second = 0] = sentenceIds;
    expect(() => insertTranslation(db, documentId, first, 'done')).toThrow(/CHECK/);
    const translationId = insertTranslation(db, documentId, first);
    expect(() => insertTranslation(db, documentId, first)).toThrow(/UNIQUE/);
    db.prepare("INSERT INTO users (username, display_name, password_hash, role, created_at) VALUES ('ani', 'Ani', 'h', 'annotator', 'now')").run();
    db.prepare(
      `INSERT INTO annotations (id, document_id, layer_user_id, label, start_offset, end_offset, quote, status, origin, created_at, updated_at)
       VALUES ('a1', ?, 1, 'claim', 0, 3, 'abc', 'accepted', 'manual', 'now', 'now')`,
    ).run(documentId);
    const align = (id: string, start: number, end: number, state: string) =>
      db
        .prepare(
          `INSERT INTO alignments (id, translation_id, annotation_id, start_offset, end_offset, quote, state, created_at, updated_at)
           VALUES (?, ?, 'a1', ?, ?, 'Eng', ?, 'now', 'now')`,
        )
        .run(id, translationId, start, end, state);
    expect(() => align('empty', 2, 2, 'aligned')).toThrow(/CHECK/);
    expect(() => align('broken', 2, 2, 'broken')).not.toThrow();
    expect(() => align('again', 0, 3, 'aligned')).toThrow(/UNIQUE/);
    insertTranslation(db, documentId, second);
  });

  it('drops a sentence’s translation and alignments with it, and keeps its memory entry detached', () => {
    const { db, documentId, sentenceIds } = seeded();
    const [first = 0] = sentenceIds;
    insertTranslation(db, documentId, first, 'reviewed');
    upsertUnitTmEntry(db, { source: 'abc', target: 'English', documentId, sentenceId: first, previousSource: null, nextSource: 'def', updatedAt: 'now' });
    db.prepare('DELETE FROM sentences WHERE id = ?').run(first);
    expect(db.prepare('SELECT count(*) AS n FROM translations').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT sentence_id AS s FROM tm_units').get()).toEqual({ s: null });
  });

  it('keeps glossary pairs unique whatever their letter case', () => {
    const db = openTestDatabase();
    const insert = (source: string, target: string) =>
      db.prepare("INSERT INTO glossary_terms (source_term, target_term, created_at) VALUES (?, ?, 'now')").run(source, target);
    insert('korban', 'victim');
    expect(() => insert('Korban', 'VICTIM')).toThrow(/UNIQUE/);
    expect(() => insert('korban', 'casualty')).not.toThrow();
    expect(() => insert(' ', 'x')).toThrow(/CHECK/);
  });
});

describe('translation memory index', () => {
  it('follows inserts, updates and deletes of tm_units', () => {
    const { db, documentId, sentenceIds } = seeded();
    const [first = 0] = sentenceIds;
    const entry = { source: 'korban perdagangan manusia', target: 'victims', documentId, sentenceId: first, previousSource: null, nextSource: null, updatedAt: 'now' };
    upsertUnitTmEntry(db, entry);
    expect(matches(db, '"perdagangan"')).toBe(1);
    upsertUnitTmEntry(db, { ...entry, source: 'kerja paksa' });
    expect(matches(db, '"perdagangan"')).toBe(0);
    expect(matches(db, '"paksa"')).toBe(1);
    expect(db.prepare('SELECT count(*) AS n FROM tm_units').get()).toEqual({ n: 1 });
    db.prepare('DELETE FROM tm_units').run();
    expect(matches(db, '"paksa"')).toBe(0);
  });

  it('stores an imported pair once, matches words without their diacritics, and leaves out the asking unit', () => {
    const { db, documentId, sentenceIds } = seeded();
    const [first = 0] = sentenceIds;
    expect(insertImportedTmPair(db, { source: 'Kerja paksa di Kamboja', target: 'Forced labour in Cambodia', updatedAt: 'now' })).toBe(true);
    expect(insertImportedTmPair(db, { source: 'Kerja paksa di Kamboja', target: 'Forced labour in Cambodia', updatedAt: 'later' })).toBe(false);
    upsertUnitTmEntry(db, { source: 'kerja sosial', target: 'social work', documentId, sentenceId: first, previousSource: null, nextSource: null, updatedAt: 'now' });
    expect(searchTmCandidates(db, '"kerja" OR "paksa"', null, 10).map((c) => c.target).sort()).toEqual(['Forced labour in Cambodia', 'social work']);
    expect(searchTmCandidates(db, '"kerja"', first, 10).map((c) => c.target)).toEqual(['Forced labour in Cambodia']);
    expect(insertImportedTmPair(db, { source: 'Résumé naïf', target: 'x', updatedAt: 'now' })).toBe(true);
    expect(searchTmCandidates(db, '"resume"', null, 10).map((c) => c.source)).toEqual(['Résumé naïf']);
  });
});

describe('shiftSentenceOrds', () => {
  it('moves the ords from a point on without breaking UNIQUE (document, ord)', () => {
    const { db, documentId, sentenceIds } = seeded();
    shiftSentenceOrds(db, documentId, 1, 1);
    expect(listSentenceOrdsByDocumentId(db, documentId).map((s) => [s.id, s.ord])).toEqual([
      [sentenceIds[0], 0],
      [sentenceIds[1], 2],
      [sentenceIds[2], 3],
    ]);
    db.prepare('DELETE FROM sentences WHERE id = ?').run(sentenceIds[1]);
    shiftSentenceOrds(db, documentId, 3, -2);
    expect(listSentenceOrdsByDocumentId(db, documentId).map((s) => s.ord)).toEqual([0, 1]);
  });
});
