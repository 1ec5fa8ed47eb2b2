import { describe, expect, it } from 'vitest';
import { correctSourceText } from '../../lib/annotation-store/correct-source-text';
import { deleteAnnotation } from '../../lib/annotation-store/update-annotation';
import { findProvenanceViolation } from '../../lib/corpus';
import { getAnnotationById, listAnnotationEventsByAnnotationId } from '../../lib/db/queries/annotations';
import { getAuditEntriesByEntity } from '../../lib/db/queries/audit';
import { listSentenceSpansByDocumentId, listSourceCorrectionsByDocumentId } from '../../lib/db/queries/corrections';
import { getBlocksByDocumentId, getDocumentBySlug } from '../../lib/db/queries/documents';
import { annotate, countRows, spanOf, workbench, type Workbench } from './fixtures';
import { caught } from '../helpers/caught-app-error';

function documentOf(bench: Workbench) {
  const doc = getDocumentBySlug(bench.db, bench.slug);
  if (!doc) throw new Error('document missing');
  return doc;
}

/** The lost drop cap of seed 001's English abstract: `very year` → `Every year`. */
function fixDropCap(bench: Workbench, baseRevision = 1) {
  const { start, end } = spanOf(bench.text, 'very year');
  return correctSourceText(bench.db, bench.slug, bench.annotator, { baseRevision, start, end, before: 'very year', after: 'Every year' });
}

describe('correctSourceText', () => {
  it('keeps the following annotations of every layer on the same words', () => {
    const bench = workbench();
    const following = annotate(bench, 'there are more and more cases of child trafficking');
    const later = annotate(bench, 'ECPAT', { label: 'actor', occurrence: 3 });
    const theirs = annotate(bench, 'child trafficking in Indonesia', { layer: bench.other });
    const deleted = annotate(bench, 'Indonesia', { occurrence: 2 });
    deleteAnnotation(bench.db, deleted.id, bench.annotator, 1);

    const outcome = fixDropCap(bench);
    const text = documentOf(bench).text;
    expect(text.startsWith('Abstract\n\nEvery year there are')).toBe(true);
    for (const before of [following, later, theirs, deleted]) {
      const after = getAnnotationById(bench.db, before.id);
      expect(after).toMatchObject({ quote: before.quote, start: (before.start ?? 0) + 1, end: (before.end ?? 0) + 1, anchor: 'anchored' });
      expect(after && text.slice(after.start ?? 0, after.end ?? 0)).toBe(before.quote);
      expect(after?.revision).toBe(before.id === deleted.id ? 3 : 2);
      expect(listAnnotationEventsByAnnotationId(bench.db, before.id).at(-1)).toMatchObject({ action: 'map', userId: bench.annotator });
    }
    expect(outcome.workspace.annotations.map((a) => a.id).sort()).toEqual([following.id, later.id].sort());
  });

  it('takes text glued onto a span’s first word into the span', () => {
    const bench = workbench();
    const veryYear = annotate(bench, 'very year there are more');
    fixDropCap(bench);
    expect(getAnnotationById(bench.db, veryYear.id)).toMatchObject({ quote: 'Every year there are more', anchor: 'anchored' });
  });

  it('bumps the revision, records who changed what, and keeps provenance exact', () => {
    const bench = workbench();
    const before = documentOf(bench);
    const blocksBefore = getBlocksByDocumentId(bench.db, before.id).map((b) => before.text.slice(b.start, b.end));
    const outcome = fixDropCap(bench);
    const after = documentOf(bench);
    expect(outcome.documentRevision).toBe(2);
    expect(after.revision).toBe(2);
    expect(outcome.workspace.document).toMatchObject({ revision: 2, text: after.text });
    expect(findProvenanceViolation(after.rawText, after.text, after.provenance)).toBeNull();
    expect(after.rawText).toBe(before.rawText);
    expect(listSourceCorrectionsByDocumentId(bench.db, after.id)).toEqual([
      expect.objectContaining({ before: 'very year', after: 'Every year', userId: bench.annotator, documentRevision: 2 }),
    ]);
    expect(getAuditEntriesByEntity(bench.db, 'document', after.id).map((e) => e.action)).toContain('document.correct');
    // Only the corrected block's text changes; every other block and sentence moves along.
    const blocksAfter = getBlocksByDocumentId(bench.db, after.id).map((b) => after.text.slice(b.start, b.end));
    expect(blocksAfter[1]?.startsWith('Every year')).toBe(true);
    expect(blocksAfter.filter((text, i) => text !== blocksBefore[i])).toHaveLength(1);
    const sentences = listSentenceSpansByDocumentId(bench.db, after.id).map((s) => after.text.slice(s.start, s.end));
    expect(sentences.slice(0, 2)).toEqual(['Abstract', expect.stringMatching(/^Every year there are more and more cases/)]);
    expect(after.flags.some((f) => f.start === 10)).toBe(false);
  });

  it('narrows `alam setiap` → `Dalam setiap` to the missing letter', () => {
    const bench = workbench();
    const kasus = annotate(bench, 'setiap tahunnya kasus child trafficking');
    const { start, end } = spanOf(bench.text, 'alam setiap');
    correctSourceText(bench.db, bench.slug, bench.annotator, { baseRevision: 1, start, end, before: 'alam setiap', after: 'Dalam setiap' });
    expect(getAnnotationById(bench.db, kasus.id)).toMatchObject({ quote: kasus.quote, start: (kasus.start ?? 0) + 1 });
    expect(documentOf(bench).text).toContain('\n\nDalam setiap tahunnya');
  });

  it('refuses a stale base revision with 409 carrying the current workspace', () => {
    const bench = workbench();
    fixDropCap(bench);
    const { start, end } = spanOf(documentOf(bench).text, 'alam setiap');
    const error = caught(() =>
      correctSourceText(bench.db, bench.slug, bench.annotator, { baseRevision: 1, start, end, before: 'alam setiap', after: 'Dalam setiap' }),
    );
    expect(error).toMatchObject({ code: 'correction.staleRevision', status: 409, params: { baseRevision: 1, revision: 2 } });
    expect(error.current).toMatchObject({ document: { revision: 2 } });
    expect(countRows(bench.db, 'source_corrections')).toBe(1);
  });

  it('refuses a correction whose `before` is not the text, or that crosses blocks, or changes nothing', () => {
    const bench = workbench();
    const span = spanOf(bench.text, 'very year');
    const across = spanOf(bench.text, 'Abstract\n\nvery');
    const attempts: Array<[Parameters<typeof correctSourceText>[3], string]> = [
      [{ baseRevision: 1, ...span, before: 'vary year', after: 'Every year' }, 'correction.beforeMismatch'],
      [{ baseRevision: 1, start: across.start, end: across.end, before: across.quote, after: 'Abstract Every' }, 'correction.crossesBlocks'],
      [{ baseRevision: 1, ...span, before: 'very year', after: 'very year' }, 'correction.noChange'],
      [{ baseRevision: 1, start: bench.text.length, end: bench.text.length + 3, before: '', after: 'x' }, 'correction.outOfRange'],
    ];
    for (const [input, code] of attempts) {
      expect(caught(() => correctSourceText(bench.db, bench.slug, bench.annotator, input))).toMatchObject({ code, status: 400 });
    }
    expect(documentOf(bench).revision).toBe(1);
    expect(countRows(bench.db, 'source_corrections')).toBe(0);
  });
});
