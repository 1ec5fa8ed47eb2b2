import { describe, expect, it } from 'vitest';
import { createAnnotation } from '../../lib/annotation-store/create-annotation';
import type { Db } from '../../lib/db/connection';
import { getAnnotationById } from '../../lib/db/queries/annotations';
import { getDocumentBySlug } from '../../lib/db/queries/documents';
import { importAlignedJson } from '../../lib/export-store/import-aligned-json';
import { importCorpusFiles } from '../../lib/import/import-corpus-files';
import { addUser, spanOf } from '../annotation-store/fixtures';
import { caught } from '../helpers/caught-app-error';
import { openTestDatabase } from '../helpers/test-db';
import { astralFile, exportAll, restoreBench, ASTRAL_ENGLISH_PREFIX } from './restore-fixtures';

const bench = restoreBench();
const exported = exportAll(bench.db);
const by = { userId: null, actor: 'test' };

function count(db: Db, table: string): number {
  return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

interface FileAnnotation { id: string; quote: string; start: number | null; end: number | null; attributes: Record<string, unknown> }
interface FileDocument { slug: string; text: string; length: number; annotations: FileAnnotation[]; sentences: Array<{ id: number; english: { text: string } | null }> }

function documentsOf(json: string): FileDocument[] {
  return (JSON.parse(json) as { documents: FileDocument[] }).documents;
}

describe('importAlignedJson (restore)', () => {
  it('restores an export into an empty instance so that exporting again gives the same file', () => {
    const target = openTestDatabase();
    const gold = addUser(target, '@gold', 'reviewer');
    const report = importAlignedJson(target, exported, { by });
    expect(report.mode).toBe('restore');
    expect(report.documents.map((d) => d.status)).toEqual(['restored', 'restored', 'restored']);
    expect(report.conflicts).toEqual([]);
    expect(exportAll(target)).toBe(exported);
    // The reserved gold layer maps to the account this instance has; the others become placeholders.
    expect(getAnnotationById(target, bench.gold.id)?.layerUserId).toBe(gold);
    expect(report.accounts).not.toContain('@gold');
    expect(report.accounts).toEqual(expect.arrayContaining(['ani', 'budi', 'tari', 'rudi']));
  });

  it('keeps the character outside the BMP before the span, in the text and in the English', () => {
    const target = openTestDatabase();
    importAlignedJson(target, exported, { by });
    const astral = getDocumentBySlug(target, bench.astralSlug);
    const restored = getAnnotationById(target, bench.astral.id);
    if (!astral || !restored || restored.start === null || restored.end === null) throw new Error('not restored');
    expect(astral.text.slice(restored.start, restored.end)).toBe(bench.astral.quote);
    expect(restored.start).toBe(bench.astral.start);
    const alignment = target.prepare('SELECT a.start_offset AS start, t.text FROM alignments a JOIN translations t ON t.id = a.translation_id WHERE a.annotation_id = ?').get(bench.astral.id) as { start: number; text: string };
    expect(alignment.text.startsWith(ASTRAL_ENGLISH_PREFIX)).toBe(true);
    expect(alignment.start).toBe(alignment.text.indexOf(bench.astral.quote));
  });

  it('restores what the export does not show a reader: heading levels, footnote markers, flags, revisions', () => {
    const target = openTestDatabase();
    importAlignedJson(target, exported, { by });
    const columns = 'SELECT b.kind, b.level, b.footnote_label, b.start_offset, b.end_offset, b.raw_start, b.raw_end FROM blocks b JOIN documents d ON d.id = b.document_id WHERE d.slug = ? ORDER BY b.ord';
    expect(target.prepare(columns).all(bench.slug)).toEqual(bench.db.prepare(columns).all(bench.slug));
    const doc = 'SELECT revision, flags, provenance, text, raw_text, imported_at FROM documents WHERE slug = ?';
    expect(target.prepare(doc).get(bench.slug)).toEqual(bench.db.prepare(doc).get(bench.slug));
    const tr = 'SELECT t.text, t.status, t.revision, t.created_at, t.updated_at, t.status_changed_at FROM translations t ORDER BY t.sentence_id';
    expect(target.prepare(tr).all()).toEqual(bench.db.prepare(tr).all());
  });

  it('makes unknown layers disabled placeholder accounts nobody can sign in to', () => {
    const target = openTestDatabase();
    importAlignedJson(target, exported, { by });
    const ani = target.prepare('SELECT role, display_name AS name, disabled_at AS disabledAt FROM users WHERE username = ?').get('ani') as { role: string; name: string; disabledAt: string | null };
    expect(ani).toMatchObject({ role: 'annotator', name: 'ani' });
    expect(ani.disabledAt).not.toBeNull();
  });

  it('records one audit entry for the import', () => {
    const target = openTestDatabase();
    importAlignedJson(target, exported, { by });
    expect(target.prepare("SELECT action, actor FROM audit_log WHERE entity = 'aligned-json'").all()).toEqual([{ action: 'import', actor: 'test' }]);
  });

  it('refuses to restore into an instance that has documents, writing nothing', () => {
    const target = openTestDatabase();
    importCorpusFiles(target, [astralFile()], { importedBy: null });
    const users = count(target, 'users');
    expect(caught(() => importAlignedJson(target, exported, { by, mode: 'restore' }))?.code).toBe('alignedJson.notEmpty');
    expect(count(target, 'documents')).toBe(1);
    expect(count(target, 'users')).toBe(users);
  });
});

describe('importAlignedJson (merge)', () => {
  /** An instance that has the astral document, with its own annotations on it. */
  function otherInstance() {
    const db = openTestDatabase();
    const ani = addUser(db, 'ani');
    const [imported] = importCorpusFiles(db, [astralFile()], { importedBy: null });
    const doc = imported && getDocumentBySlug(db, imported.slug);
    if (!doc) throw new Error('not imported');
    // Ani's annotation on the same words with another kind, and one that took the id of budi's claim.
    const own = createAnnotation(db, doc.slug, ani, {
      id: '11111111-1111-4111-8111-111111111111', label: 'claim', attributes: { kind: 'evaluative' },
      start: bench.astral.start ?? 0, end: bench.astral.end ?? 0, quote: bench.astral.quote,
    }).annotation;
    const thief = createAnnotation(db, doc.slug, ani, { id: bench.gold.id, label: 'actor', attributes: {}, ...spanOf(doc.text, 'anak') }).annotation;
    return { db, doc, own, thief };
  }

  it('reports differing annotations as conflicts and leaves them as stored', () => {
    const { db, own, thief } = otherInstance();
    const report = importAlignedJson(db, exported, { by });
    expect(report.mode).toBe('merge');
    expect(report.conflicts).toEqual(
      expect.arrayContaining([
        { document: bench.astralSlug, kind: 'annotation', id: bench.astral.id, reason: 'spanTaken' },
        { document: bench.astralSlug, kind: 'annotation', id: bench.gold.id, reason: 'annotationDiffers' },
      ]),
    );
    expect(getAnnotationById(db, own.id)).toEqual(own);
    expect(getAnnotationById(db, thief.id)).toEqual(thief);
    // The English the instance lacked came in.
    const english = db.prepare('SELECT text FROM translations WHERE document_id = ?').all(own.documentId) as Array<{ text: string }>;
    expect(english.map((e) => e.text)).toEqual([expect.stringContaining(ASTRAL_ENGLISH_PREFIX)]);
  });

  it('adds new documents with their annotations and English, remapping ids the instance already uses', () => {
    const { db } = otherInstance();
    const report = importAlignedJson(db, exported, { by });
    const added = report.documents.find((d) => d.slug === bench.otherSlug);
    expect(added?.status).toBe('added');
    const other = getDocumentBySlug(db, added?.storedSlug ?? '');
    expect(other?.text).toBe(getDocumentBySlug(bench.db, bench.otherSlug)?.text);
    expect(getAnnotationById(db, bench.otherAnnotation.id)).toMatchObject({ documentId: other?.id, quote: 'UNICEF', start: bench.otherAnnotation.start });
    // Seed 004's blocks and sentences had the ids of the instance's own document: they got new ones.
    const seed = report.documents.find((d) => d.slug === bench.slug);
    expect(seed?.status).toBe('added');
    const stored = getDocumentBySlug(db, seed?.storedSlug ?? '');
    const blockIds = (database: Db, id: number | undefined) =>
      (database.prepare('SELECT id FROM blocks WHERE document_id = ? ORDER BY ord').all(id) as Array<{ id: number }>).map((b) => b.id);
    const fileBlocks = blockIds(bench.db, bench.documentId);
    const newBlocks = blockIds(db, stored?.id);
    expect(newBlocks).toHaveLength(fileBlocks.length);
    expect(newBlocks[0]).not.toBe(fileBlocks[0]);
    const { iom, statistic } = bench.annotations;
    expect(getAnnotationById(db, iom.id)).toMatchObject({ documentId: stored?.id, quote: 'IOM', attributes: { entity: bench.iomEntityId } });
    const alignment = db.prepare('SELECT t.sentence_id AS sentenceId, t.status FROM alignments a JOIN translations t ON t.id = a.translation_id WHERE a.annotation_id = ?').get(statistic.id) as { sentenceId: number; status: string };
    expect(alignment.status).toBe('approved');
    expect(alignment.sentenceId).not.toBe(bench.approvedSentenceId);
  });

  it('reports a document whose text differs from the stored one and takes nothing of it', () => {
    const target = openTestDatabase();
    importCorpusFiles(target, [{ name: bench.slug + '.txt', bytes: Buffer.from(getDocumentBySlug(bench.db, bench.slug)?.rawText ?? '', 'utf8') }], { importedBy: null });
    const annotations = count(target, 'annotations');
    const report = importAlignedJson(target, exported, { by });
    expect(report.documents.find((d) => d.slug === bench.slug)?.status).toBe('conflict');
    expect(report.conflicts).toContainEqual({ document: bench.slug, kind: 'document', id: bench.slug, reason: 'textDiffers' });
    const stored = getDocumentBySlug(target, bench.slug);
    expect(count(target, 'annotations') - annotations).toBe(report.annotations.added);
    expect(target.prepare('SELECT count(*) AS n FROM annotations WHERE document_id = ?').get(stored?.id)).toEqual({ n: 0 });
  });

  it('skips what it already has when the same file is merged twice', () => {
    const target = openTestDatabase();
    importAlignedJson(target, exported, { by });
    const again = importAlignedJson(target, exported, { by, mode: 'merge' });
    expect(again.documents.map((d) => d.status)).toEqual(['merged', 'merged', 'merged']);
    expect(again.annotations).toMatchObject({ added: 0, conflicts: 0 });
    expect(again.translations).toMatchObject({ added: 0, conflicts: 0 });
    expect(exportAll(target)).toBe(exported);
  });
});

describe('importAlignedJson (bad files)', () => {
  const cases: Array<[string, (json: string) => string, string]> = [
    ['bad JSON', (json) => json.slice(0, -10), 'alignedJson.invalidJson'],
    ['another format', (json) => json.replace('"selaras-aligned-corpus"', '"something-else"'), 'alignedJson.wrongFormat'],
    ['another version', (json) => json.replace('"version":1,', '"version":2,'), 'alignedJson.wrongFormat'],
    ['a quote that is not the text', (json) => json.replace(`"quote":${JSON.stringify(bench.otherAnnotation.quote)}`, '"quote":"UNICEX"'), 'alignedJson.quoteMismatch'],
    [
      'an offset past the end',
      (json) => {
        const parsed = JSON.parse(json) as { documents: FileDocument[] };
        const annotation = parsed.documents[0]?.annotations[0];
        if (annotation) annotation.end = (parsed.documents[0]?.length ?? 0) + 5;
        return JSON.stringify(parsed);
      },
      'alignedJson.outOfRange',
    ],
    [
      'a record of the wrong shape',
      (json) => {
        const parsed = JSON.parse(json) as { documents: Array<{ annotations: Array<Record<string, unknown>> }> };
        const annotation = parsed.documents[0]?.annotations[0];
        if (annotation) annotation.status = 'maybe';
        return JSON.stringify(parsed);
      },
      'alignedJson.invalidRecord',
    ],
  ];
  for (const [what, corrupt, code] of cases) {
    it(`refuses ${what} with ${code}, writing nothing`, () => {
      const target = openTestDatabase();
      const error = caught(() => importAlignedJson(target, corrupt(exported), { by }));
      expect(error?.code).toBe(code);
      expect(count(target, 'documents') + count(target, 'users') + count(target, 'audit_log')).toBe(0);
    });
  }

  it('names the document and the record in its error', () => {
    const corrupt = exported.replace(`"quote":${JSON.stringify(bench.otherAnnotation.quote)}`, '"quote":"UNICEX"');
    const error = caught(() => importAlignedJson(openTestDatabase(), corrupt, { by }));
    expect(error?.params).toMatchObject({ document: bench.otherSlug, record: expect.stringContaining(bench.otherAnnotation.id) });
    expect(documentsOf(exported).map((d) => d.slug)).toContain(bench.otherSlug);
  });
});
