import { describe, expect, it } from 'vitest';
import type { ExportDocument } from '../../lib/export/export-document';
import { loadExportDocuments } from '../../lib/export-store/load-export-documents';
import { importCorpusFiles } from '../../lib/import/import-corpus-files';
import { seedFile } from '../annotation-store/fixtures';
import { DRAFT_SOURCE, ENGLISH, SOURCE, exportBench } from './fixtures';

const bench = exportBench();

function only(docs: Iterable<ExportDocument>, slug: string): ExportDocument {
  const found = [...docs].find((d) => d.slug === slug);
  if (!found) throw new Error(`${slug} not exported`);
  return found;
}

describe('loadExportDocuments', () => {
  it('yields the latest version of every document, without the superseded one', () => {
    const slugs = [...loadExportDocuments(bench.db, {})].map((d) => d.slug);
    expect(slugs).toHaveLength(2);
    expect(slugs).toEqual(expect.arrayContaining([bench.slug, bench.otherSlug]));
    expect(slugs).not.toContain(bench.oldOtherSlug);
  });

  it('takes exactly the named documents, an older version included', () => {
    expect([...loadExportDocuments(bench.db, { documents: [bench.oldOtherSlug] })].map((d) => d.slug)).toEqual([bench.oldOtherSlug]);
  });

  it('carries text, raw text, provenance and blocks of the stored document', () => {
    const doc = only(loadExportDocuments(bench.db, {}), bench.slug);
    const stored = bench.db.prepare('SELECT text, raw_text AS rawText, raw_sha256 AS sha FROM documents WHERE slug = ?').get(bench.slug) as {
      text: string;
      rawText: string;
      sha: string;
    };
    expect(doc).toMatchObject({ text: stored.text, rawText: stored.rawText, rawSha256: stored.sha, version: 1 });
    expect(doc.provenance.length).toBeGreaterThan(0);
    expect(doc.blocks.length).toBeGreaterThan(0);
  });

  it('gives units in text order with their source, and the English with its status and translator', () => {
    const doc = only(loadExportDocuments(bench.db, {}), bench.slug);
    const ords = doc.units.map((u) => u.ord);
    expect(ords).toEqual([...ords].sort((a, b) => a - b));
    expect(doc.units.every((u) => u.source === doc.text.slice(u.start, u.end))).toBe(true);
    expect(doc.units.find((u) => u.sentenceId === bench.approvedSentenceId)).toMatchObject({
      source: expect.stringContaining(SOURCE),
      translation: { text: ENGLISH, status: 'approved', translator: 'tari' },
    });
    expect(doc.units.find((u) => u.source.includes(DRAFT_SOURCE))?.translation?.status).toBe('draft');
  });

  it('leaves page furniture out of the units', () => {
    for (const doc of loadExportDocuments(bench.db, {})) {
      const furniture = doc.blocks.filter((b) => b.kind === 'page_furniture');
      expect(doc.units.some((u) => furniture.some((b) => u.start >= b.start && u.end <= b.end))).toBe(false);
    }
  });

  it('gives every live annotation of every layer with the layer username and creator name', () => {
    const doc = only(loadExportDocuments(bench.db, {}), bench.slug);
    const { iom, statistic, suggested, othersClaim } = bench.annotations;
    expect(doc.annotations.map((a) => a.id).sort()).toEqual([iom.id, statistic.id, suggested.id, othersClaim.id].sort());
    expect(doc.annotations.find((a) => a.id === othersClaim.id)).toMatchObject({ layer: 'budi', creator: 'budi', label: 'claim' });
    expect(doc.annotations.find((a) => a.id === iom.id)).toMatchObject({ layer: 'ani', quote: 'IOM', attributes: { entity: bench.iomEntityId } });
  });

  it('gives the alignments with their unit and the registry entries the annotations link to', () => {
    const doc = only(loadExportDocuments(bench.db, {}), bench.slug);
    expect(doc.alignments).toEqual([
      {
        id: expect.any(String),
        annotationId: bench.annotations.statistic.id,
        sentenceId: bench.approvedSentenceId,
        start: ENGLISH.indexOf('195 victims'),
        end: ENGLISH.indexOf('195 victims') + 11,
        quote: '195 victims',
        state: 'aligned',
      },
    ]);
    expect(doc.entities.map((e) => e.canonicalName)).toEqual(['IOM']);
  });

  it('leaves deleted annotations out', () => {
    const local = exportBench();
    local.db.prepare("UPDATE annotations SET deleted_at = '2024-01-01T00:00:00Z' WHERE id = ?").run(local.annotations.iom.id);
    const doc = only(loadExportDocuments(local.db, {}), local.slug);
    expect(doc.annotations.map((a) => a.id)).not.toContain(local.annotations.iom.id);
    expect(doc.entities).toEqual([]);
  });
});

describe('loadExportDocuments with filters', () => {
  it('keeps only the labels, statuses and layers asked for', () => {
    const { iom, statistic, suggested, othersClaim } = bench.annotations;
    const ids = (filters: Parameters<typeof loadExportDocuments>[1]) =>
      only(loadExportDocuments(bench.db, filters), bench.slug).annotations.map((a) => a.id).sort();
    expect(ids({ labels: ['actor'] })).toEqual([iom.id, suggested.id].sort());
    expect(ids({ annotationStatuses: ['suggested'] })).toEqual([suggested.id]);
    expect(ids({ layers: ['budi'] })).toEqual([othersClaim.id]);
    expect(ids({ labels: ['statistic'], layers: ['ani'], annotationStatuses: ['accepted'] })).toEqual([statistic.id]);
  });

  it('drops the registry entries and alignments of annotations it leaves out', () => {
    const doc = only(loadExportDocuments(bench.db, { labels: ['claim'] }), bench.slug);
    expect(doc.entities).toEqual([]);
    expect(doc.alignments).toEqual([]);
  });

  it('keeps only English of the translation statuses asked for, and every unit', () => {
    const all = only(loadExportDocuments(bench.db, {}), bench.slug);
    const approved = only(loadExportDocuments(bench.db, { translationStatuses: ['approved'] }), bench.slug);
    expect(approved.units).toHaveLength(all.units.length);
    expect(approved.units.filter((u) => u.translation !== null).map((u) => u.sentenceId)).toEqual([bench.approvedSentenceId]);
  });
});

describe('loadExportDocuments streaming', () => {
  it('reads the next document only when the consumer asks for it, and reports progress per document', () => {
    const progress: Array<[number, number, string]> = [];
    const docs = loadExportDocuments(bench.db, {}, { onProgress: (done, total, slug) => progress.push([done, total, slug]) });
    expect(progress).toEqual([]);
    const first = docs.next();
    expect(first.done).toBe(false);
    expect(progress).toEqual([[0, 2, '']]);
    const second = docs.next();
    expect(second.done).toBe(false);
    expect(progress).toEqual([[0, 2, ''], [1, 2, first.done ? '' : first.value.slug]]);
    expect(docs.next().done).toBe(true);
    expect(progress.at(-1)).toEqual([2, 2, second.done ? '' : second.value.slug]);
  });

  it('exports the documents listed when it began, not one imported while it runs', () => {
    const local = exportBench();
    const docs = loadExportDocuments(local.db, {});
    const first = docs.next();
    if (first.done) throw new Error('nothing exported');
    const [late] = importCorpusFiles(local.db, [seedFile('002')], { importedBy: null });
    const rest = [...docs].map((d) => d.slug);
    expect(rest).toHaveLength(1);
    expect(rest).not.toContain(late?.slug);
    expect([...loadExportDocuments(local.db, {})].map((d) => d.slug)).toContain(late?.slug);
  });
});
