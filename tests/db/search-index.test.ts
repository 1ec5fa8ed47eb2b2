// Migration 005: the FTS5 indexes follow every write to sentences, documents, translations,
// annotations and actor names through triggers, fold diacritics, and are filled for rows that
// existed before the migration.
import { describe, expect, it } from 'vitest';
import { deleteAnnotation, patchAnnotation } from '../../lib/annotation-store/update-annotation';
import { openTestDatabase } from '../helpers/test-db';
import { migrate, readMigrations } from '../../lib/db/migrate';
import type { Db } from '../../lib/db/connection';
import { importCorpusFiles } from '../../lib/import/import-corpus-files';
import { parseSearchQuery } from '../../lib/research/search/parse-search-query';
import type { SearchFilters } from '../../lib/research/search/parse-search-request';
import { searchCorpus } from '../../lib/research/search/search-corpus';
import { saveTranslation } from '../../lib/translation-store/save-translation';
import { setEntityEnglishName } from '../../lib/translation-store/manage-glossary';
import Database from 'better-sqlite3';
import { annotate, seedFile } from '../annotation-store/fixtures';
import { as, translationBench } from '../translation-store/fixtures';

const ANY: SearchFilters = { labels: [], layers: [], statuses: [], document: null, visibleLayer: null };

function matches(db: Db, table: 'search_sentences' | 'search_translations' | 'search_annotations', match: string): number {
  return (db.prepare(`SELECT count(*) AS n FROM ${table} WHERE ${table} MATCH ?`).get(match) as { n: number }).n;
}

function hitSources(db: Db, q: string, filters: SearchFilters = ANY): string[] {
  return searchCorpus(db, parseSearchQuery(q), filters).documents.flatMap((doc) => doc.hits.map((hit) => hit.source));
}

describe('the sentence index', () => {
  it('holds every sentence of an imported document as its slice of the text', () => {
    const bench = translationBench();
    const rows = bench.db
      .prepare('SELECT s.start_offset AS start, s.end_offset AS end, f.text FROM sentences s JOIN search_sentences f ON f.rowid = s.id WHERE s.document_id = ?')
      .all(bench.documentId) as Array<{ start: number; end: number; text: string }>;
    const total = (bench.db.prepare('SELECT count(*) AS n FROM sentences WHERE document_id = ?').get(bench.documentId) as { n: number }).n;
    expect(rows).toHaveLength(total);
    for (const row of rows) expect(row.text).toBe(bench.text.slice(row.start, row.end));
  });

  it('follows a change of the document text and of sentence boundaries', () => {
    const bench = translationBench();
    const sentence = bench.db.prepare('SELECT id, start_offset AS start, end_offset AS end FROM sentences WHERE document_id = ? ORDER BY ord LIMIT 1').get(bench.documentId) as { id: number; start: number; end: number };
    const first = bench.text.slice(sentence.start, sentence.end).split(/\s+/)[0] ?? '';
    const replaced = 'x'.repeat(first.length);
    const text = bench.text.slice(0, sentence.start) + bench.text.slice(sentence.start).replace(first, replaced);
    bench.db.prepare('UPDATE documents SET text = ? WHERE id = ?').run(text, bench.documentId);
    expect(matches(bench.db, 'search_sentences', `"${replaced}"`)).toBe(1);
    bench.db.prepare('UPDATE sentences SET start_offset = start_offset + ? WHERE id = ?').run(first.length, sentence.id);
    expect(matches(bench.db, 'search_sentences', `"${replaced}"`)).toBe(0);
  });

  it('drops the sentences of a deleted document', () => {
    const bench = translationBench();
    const before = matches(bench.db, 'search_sentences', '"laos"');
    expect(before).toBeGreaterThan(0);
    bench.db.prepare('DELETE FROM documents WHERE id = ?').run(bench.documentId);
    expect(matches(bench.db, 'search_sentences', '"laos"')).toBe(0);
  });
});

describe('the translation index', () => {
  it('follows inserts, edits and deletes of English texts, with diacritics folded', () => {
    const bench = translationBench();
    const unit = bench.db.prepare('SELECT id FROM sentences WHERE document_id = ? ORDER BY ord LIMIT 1').get(bench.documentId) as { id: number };
    const saved = saveTranslation(bench.db, unit.id, { revision: 0, text: 'The café of the naïve traffickers.' }, as(bench, 'translator'));
    expect(hitSources(bench.db, 'cafe naive')).toEqual(['translation']);
    expect(hitSources(bench.db, 'café')).toEqual(['translation']);
    saveTranslation(bench.db, unit.id, { revision: saved.translation?.revision ?? 1, text: 'Victims of trafficking.' }, as(bench, 'translator'));
    expect(matches(bench.db, 'search_translations', '"cafe"')).toBe(0);
    expect(hitSources(bench.db, 'victims')).toEqual(['translation']);
    bench.db.prepare('DELETE FROM translations WHERE sentence_id = ?').run(unit.id);
    expect(matches(bench.db, 'search_translations', '"victims"')).toBe(0);
  });
});

describe('the annotation index', () => {
  it('follows attribute edits and deletes; a soft delete hides the hit', () => {
    const bench = translationBench();
    const claim = annotate(bench, 'Laos', { label: 'claim', attributes: { kind: 'factual', citation: '(Pérez, 2019)' } });
    expect(hitSources(bench.db, 'perez')).toEqual(['annotation']);
    const patched = patchAnnotation(bench.db, claim.id, bench.annotator, { revision: claim.revision, attributes: { kind: 'causal', citation: '(UNODC, 2020)' } });
    expect(hitSources(bench.db, 'perez')).toEqual([]);
    expect(hitSources(bench.db, 'unodc 2020')).toContain('annotation');
    deleteAnnotation(bench.db, claim.id, bench.annotator, patched.revision);
    expect(hitSources(bench.db, '"unodc 2020"').filter((s) => s === 'annotation')).toEqual([]);
    bench.db.prepare('DELETE FROM annotations WHERE id = ?').run(claim.id);
    expect(matches(bench.db, 'search_annotations', '"unodc"')).toBe(0);
    expect((bench.db.prepare('SELECT count(*) AS n FROM search_annotation_keys').get() as { n: number }).n).toBe(0);
  });

  it('indexes a linked actor by its registry names and follows a rename', () => {
    const bench = translationBench();
    const entity = bench.db.prepare("SELECT id FROM entities WHERE canonical_name = 'ECPAT'").get() as { id: number };
    annotate(bench, 'Laos', { label: 'claim', attributes: { kind: 'factual', attributed_to: entity.id } });
    expect(matches(bench.db, 'search_annotations', '{attributes} : "ecpat"')).toBe(1);
    setEntityEnglishName(bench.db, entity.id, 'End Child Prostitution', { userId: bench.users.admin });
    expect(matches(bench.db, 'search_annotations', '{attributes} : "prostitution"')).toBe(1);
  });
});

describe('migration 005', () => {
  it('fills the indexes with the rows that existed before it', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    const all = readMigrations();
    migrate(db, all.filter((m) => m.version < 5));
    const [imported] = importCorpusFiles(db, [seedFile('004')], { importedBy: null });
    if (!imported) throw new Error('seed 004 not imported');
    const sentences = (db.prepare('SELECT count(*) AS n FROM sentences').get() as { n: number }).n;
    migrate(db, all.filter((m) => m.version === 5));
    expect((db.prepare('SELECT count(*) AS n FROM search_sentences').get() as { n: number }).n).toBe(sentences);
    expect(matches(db, 'search_sentences', '"unodc"')).toBeGreaterThan(0);
    db.close();
  });

  it('is part of a fresh database', () => {
    const db = openTestDatabase();
    expect(matches(db, 'search_sentences', '"anak"')).toBe(0);
    db.close();
  });
});
