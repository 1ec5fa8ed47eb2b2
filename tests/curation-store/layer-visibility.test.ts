import { describe, expect, it } from 'vitest';
import { setAssignmentFinished } from '../../lib/assignment-store/manage-assignments';
import { listRevealableLayers, readVisibleLayer } from '../../lib/curation-store/layer-visibility';
import { acceptSpanIntoGold } from '../../lib/curation-store/curate-spans';
import { caught } from '../helpers/caught-app-error';
import { curationBench, finish, mark, word } from './fixtures';

describe('readVisibleLayer', () => {
  it('shows everyone their own layer', () => {
    const bench = curationBench();
    const own = mark(bench, bench.annotator, 'actor', word(bench.text, 0));
    expect(readVisibleLayer(bench.db, bench.slug, { id: bench.annotator, role: 'annotator' }, bench.annotator).annotations.map((a) => a.id)).toEqual([own.id]);
  });

  it('refuses an annotator another annotator’s layer, finished or not', () => {
    const bench = curationBench();
    mark(bench, bench.other, 'actor', word(bench.text, 0));
    finish(bench, 'other');
    const error = caught(() => readVisibleLayer(bench.db, bench.slug, { id: bench.annotator, role: 'annotator' }, bench.other));
    expect([error.code, error.status]).toEqual(['layer.notVisible', 403]);
  });

  it('lets a reviewer reveal a layer only once its annotator finished, and hides it again on reopening', () => {
    const bench = curationBench();
    mark(bench, bench.other, 'actor', word(bench.text, 0));
    const reviewer = { id: bench.reviewer, role: 'reviewer' } as const;
    expect(caught(() => readVisibleLayer(bench.db, bench.slug, reviewer, bench.other)).code).toBe('layer.notVisible');
    finish(bench, 'other');
    expect(readVisibleLayer(bench.db, bench.slug, reviewer, bench.other).annotations).toHaveLength(1);
    setAssignmentFinished(bench.db, bench.assignments.other, bench.other, false);
    expect(caught(() => readVisibleLayer(bench.db, bench.slug, reviewer, bench.other)).code).toBe('layer.notVisible');
  });
});

describe('listRevealableLayers', () => {
  it('lists finished annotators, then gold once it exists, for reviewers only', () => {
    const bench = curationBench();
    const span = mark(bench, bench.annotator, 'actor', word(bench.text, 0));
    finish(bench, 'annotator');
    const docId = span.documentId;
    expect(listRevealableLayers(bench.db, docId, { id: bench.reviewer, role: 'reviewer' }).map((l) => [l.username, l.kind])).toEqual([['ani', 'annotator']]);
    acceptSpanIntoGold(bench.db, bench.slug, bench.reviewer, { annotationId: span.id, revision: span.revision });
    expect(listRevealableLayers(bench.db, docId, { id: bench.reviewer, role: 'reviewer' }).map((l) => [l.username, l.kind])).toEqual([
      ['ani', 'annotator'],
      ['@gold', 'gold'],
    ]);
    expect(listRevealableLayers(bench.db, docId, { id: bench.other, role: 'annotator' })).toEqual([]);
    expect(listRevealableLayers(bench.db, docId, { id: bench.other, role: 'researcher' })).toEqual([]);
  });
});
