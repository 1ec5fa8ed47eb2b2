import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getAuditEntriesByEntity } from '../../lib/db/queries/audit';
import { getBlocksByDocumentId, getDocumentBySlug, listDocumentSummaries } from '../../lib/db/queries/documents';
import { AppError } from '../../lib/errors';
import { importCorpusFiles, type CorpusFile } from '../../lib/import/import-corpus-files';
import { openTestDatabase } from '../helpers/test-db';

const CORPUS = path.resolve(__dirname, '../../corpus');
const seeds: CorpusFile[] = fs
  .readdirSync(CORPUS)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => ({ name, bytes: fs.readFileSync(path.join(CORPUS, name)) }));

function countRows(db: ReturnType<typeof openTestDatabase>): Record<string, number> {
  const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return { documents: count('documents'), blocks: count('blocks'), sentences: count('sentences'), audit: count('audit_log') };
}

describe('importCorpusFiles', () => {
  it('imports the five seeds with blocks, sentences and the raw text byte for byte', () => {
    const db = openTestDatabase();
    const results = importCorpusFiles(db, seeds, { importedBy: null });
    expect(results.map((r) => r.status)).toEqual(['imported', 'imported', 'imported', 'imported', 'imported']);
    const summaries = listDocumentSummaries(db);
    expect(summaries).toHaveLength(5);
    for (const seed of seeds) {
      const doc = getDocumentBySlug(db, seed.name.replace(/\.txt$/, ''));
      expect(doc).toBeDefined();
      if (!doc) continue;
      expect(Buffer.from(doc.rawText, 'utf8').equals(Buffer.from(seed.bytes))).toBe(true);
      const blocks = getBlocksByDocumentId(db, doc.id);
      expect(blocks.length).toBeGreaterThan(3);
      expect(blocks.every((b) => b.end <= doc.text.length && b.start <= b.end)).toBe(true);
      expect(getAuditEntriesByEntity(db, 'document', doc.id).map((e) => e.action)).toEqual(['document.import']);
    }
    expect(summaries.every((s) => s.sentenceCount > 0)).toBe(true);
  });

  it('treats the same bytes again as a no-op', () => {
    const db = openTestDatabase();
    importCorpusFiles(db, seeds, { importedBy: null });
    const before = countRows(db);
    const again = importCorpusFiles(db, seeds, { importedBy: null });
    expect(again.map((r) => r.status)).toEqual(Array(5).fill('unchanged'));
    expect(countRows(db)).toEqual(before);
  });

  it('stores a changed file with the same name as a new version', () => {
    const db = openTestDatabase();
    const [first] = seeds;
    if (!first) throw new Error('no seeds');
    importCorpusFiles(db, [first], { importedBy: null });
    const changed = { name: first.name, bytes: Buffer.concat([Buffer.from(first.bytes), Buffer.from('\nTambahan.\n')]) };
    const [result] = importCorpusFiles(db, [changed], { importedBy: null });
    expect(result).toMatchObject({ status: 'imported', slug: `${first.name.replace(/\.txt$/, '')}-v2` });
    expect(listDocumentSummaries(db).map((d) => d.version)).toEqual([2]);
  });

  it('writes nothing when one file of a batch is bad', () => {
    const db = openTestDatabase();
    const bad = { name: 'rusak.txt', bytes: new Uint8Array([0x61, 0x0a, 0xff, 0x0a]) };
    expect(() => importCorpusFiles(db, [...seeds, bad], { importedBy: null })).toThrow(AppError);
    expect(countRows(db)).toEqual({ documents: 0, blocks: 0, sentences: 0, audit: 0 });
  });
});
