import { describe, expect, it } from 'vitest';
import { deleteAnnotation } from '../../lib/annotation-store/update-annotation';
import { ensureGoldLayerUser } from '../../lib/db/queries/curation';
import { assignAnnotationsToUnits, loadTranslationWorkspace } from '../../lib/translation-store/load-translation-workspace';
import { alignAnnotation } from '../../lib/translation-store/manage-alignments';
import { annotate, as, translate, translationBench, unitWith, units } from './fixtures';

describe('loadTranslationWorkspace', () => {
  it('lists the units in text order with their source, block and translation', () => {
    const bench = translationBench();
    const unit = unitWith(bench, 'Penulis menyadari');
    translate(bench, unit.sentenceId, 'The author realises that this research is far from perfect.');
    const workspace = loadTranslationWorkspace(bench.db, bench.slug);
    expect(workspace?.document).toMatchObject({ id: bench.documentId, slug: bench.slug, revision: 1 });
    expect(workspace?.units).toHaveLength(28);
    expect(workspace?.units.map((u) => u.ord)).toEqual([...Array(28).keys()]);
    expect(workspace?.units[0]).toMatchObject({ source: 'BAB V PENUTUP', blockKind: 'heading', translation: null, alignments: [], annotationIds: [] });
    expect(workspace?.units.find((u) => u.sentenceId === unit.sentenceId)?.translation).toMatchObject({ status: 'draft', revision: 1, updatedBy: 'tari' });
    expect(workspace?.labels.map((l) => l.name)).toEqual(['claim', 'actor', 'statistic']);
    expect(workspace?.entities.length).toBeGreaterThan(30);
  });

  it('leaves page furniture out', () => {
    const bench = translationBench();
    const last = units(bench).at(-1);
    const block = Number(
      bench.db
        .prepare("INSERT INTO blocks (document_id, ord, kind, start_offset, end_offset, raw_start, raw_end) VALUES (?, 999, 'page_furniture', ?, ?, 0, 0)")
        .run(bench.documentId, last?.start ?? 0, last?.end ?? 0).lastInsertRowid,
    );
    bench.db.prepare('INSERT INTO sentences (document_id, block_id, ord, start_offset, end_offset) VALUES (?, ?, 999, ?, ?)').run(bench.documentId, block, last?.start ?? 0, last?.end ?? 0);
    expect(loadTranslationWorkspace(bench.db, bench.slug)?.units).toHaveLength(28);
  });

  it('lists the accepted annotations of every layer in each unit they overlap, crossing ones in both', () => {
    const bench = translationBench();
    const mine = annotate(bench, 'UNODC', { label: 'actor' });
    const theirs = annotate(bench, 'pemerintah Laos', { label: 'actor', layer: bench.other });
    const across = annotate(bench, 'gaji tinggi di negara lain. Namun, pada akhirnya', { label: 'claim' });
    const suggested = annotate(bench, 'memerangi perdagangan manusia', { status: 'suggested' });
    const deleted = annotate(bench, 'meminta bantuan');
    deleteAnnotation(bench.db, deleted.id, bench.annotator, 1);
    const workspace = loadTranslationWorkspace(bench.db, bench.slug);
    const idsOf = (words: string) => workspace?.units.find((u) => u.source.includes(words))?.annotationIds;
    expect(idsOf('pemerintah Laos meminta bantuan pada UNODC')).toEqual([theirs.id, mine.id]);
    expect(idsOf('Mereka yang menjadi korban')).toEqual([across.id]);
    expect(idsOf('Namun, pada akhirnya')).toEqual([across.id]);
    expect(workspace?.annotations.map((a) => a.id).sort()).toEqual([mine.id, theirs.id, across.id].sort());
    expect(workspace?.annotations.some((a) => a.id === suggested.id || a.id === deleted.id)).toBe(false);
  });

  it('shows a span two annotators marked alike once', () => {
    const bench = translationBench();
    const mine = annotate(bench, 'UNODC', { label: 'actor' });
    const twin = annotate(bench, 'UNODC', { label: 'actor', layer: bench.other });
    const otherLabel = annotate(bench, 'UNODC', { label: 'claim', layer: bench.other });
    const ids = loadTranslationWorkspace(bench.db, bench.slug)?.annotations.map((a) => a.id) ?? [];
    expect(ids).toHaveLength(2);
    expect(ids).toContain(otherLabel.id);
    expect(ids.filter((id) => id === mine.id || id === twin.id)).toHaveLength(1);
  });

  it('shows only the gold layer of a document that has one', () => {
    const bench = translationBench();
    annotate(bench, 'UNODC', { label: 'actor' });
    annotate(bench, 'pemerintah Laos', { label: 'actor', layer: bench.other });
    const unit = unitWith(bench, 'UNODC');
    translate(bench, unit.sentenceId, 'The government of Laos asked UNODC for help.');
    const mine = loadTranslationWorkspace(bench.db, bench.slug)?.annotations.find((a) => a.quote === 'UNODC');
    alignAnnotation(bench.db, unit.sentenceId, { annotationId: mine?.id ?? '', start: 29, end: 34, quote: 'UNODC' }, as(bench, 'translator'));
    const gold = annotate(bench, 'UNODC', { label: 'actor', layer: ensureGoldLayerUser(bench.db, new Date().toISOString()) });
    const workspace = loadTranslationWorkspace(bench.db, bench.slug);
    expect(workspace?.annotations.map((a) => a.id)).toEqual([gold.id]);
    expect(workspace?.units.flatMap((u) => u.annotationIds)).toEqual([gold.id]);
    expect(workspace?.units.flatMap((u) => u.alignments)).toEqual([]);
  });

  it('sends each annotation as where it is, its label and its words, nothing more', () => {
    const bench = translationBench();
    const actor = annotate(bench, 'UNODC', { label: 'actor' });
    const workspace = loadTranslationWorkspace(bench.db, bench.slug);
    expect(workspace?.annotations).toEqual([{ id: actor.id, label: 'actor', start: actor.start, end: actor.end, quote: 'UNODC' }]);
  });

  it('is undefined for an unknown document', () => {
    expect(loadTranslationWorkspace(translationBench().db, 'tidak-ada')).toBeUndefined();
  });
});

describe('assignAnnotationsToUnits', () => {
  it('gives each unit the annotations overlapping it, in text order, skipping orphans', () => {
    const units = [
      { start: 0, end: 10 },
      { start: 11, end: 20 },
      { start: 21, end: 30 },
    ];
    const annotations = [
      { id: 'long', start: 2, end: 25 },
      { id: 'first', start: 0, end: 3 },
      { id: 'orphan', start: null, end: null },
      { id: 'gap', start: 10, end: 11 },
      { id: 'third', start: 22, end: 30 },
    ];
    expect(assignAnnotationsToUnits(units, annotations)).toEqual([['first', 'long'], ['long'], ['long', 'third']]);
  });
});
