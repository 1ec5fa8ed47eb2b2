import { describe, expect, it } from 'vitest';
import { listLayerAnnotations } from '../../lib/annotation-store/load-annotation-workspace';
import { deleteAnnotation, patchAnnotation } from '../../lib/annotation-store/update-annotation';
import { getAnnotationById, listAnnotationEventsByAnnotationId } from '../../lib/db/queries/annotations';
import { getAuditEntriesByEntity } from '../../lib/db/queries/audit';
import { annotate, spanOf, workbench } from './fixtures';
import { caught } from '../helpers/caught-app-error';

describe('patchAnnotation', () => {
  it('replaces the attributes, bumps the revision and records the change', () => {
    const bench = workbench();
    const created = annotate(bench, 'child trafficking', { attributes: { kind: 'factual' } });
    const updated = patchAnnotation(bench.db, created.id, bench.annotator, { revision: 1, attributes: { kind: 'causal', citation: '(UNODC, 2018)' } });
    expect(updated).toMatchObject({ revision: 2, attributes: { kind: 'causal', citation: '(UNODC, 2018)' } });
    expect(getAnnotationById(bench.db, created.id)).toEqual(updated);
    const events = listAnnotationEventsByAnnotationId(bench.db, created.id);
    expect(events.map((e) => [e.action, e.revision])).toEqual([['create', 1], ['update', 2]]);
    expect(events[1]).toMatchObject({ before: created, after: updated, userId: bench.annotator, actor: `user:${bench.annotator}` });
    expect(getAuditEntriesByEntity(bench.db, 'annotation', created.id).map((e) => e.action)).toEqual(['annotation.create', 'annotation.update']);
  });

  it('refuses a stale revision with 409 carrying the current record, changing nothing', () => {
    const bench = workbench();
    const created = annotate(bench, 'child trafficking');
    const theirs = patchAnnotation(bench.db, created.id, bench.annotator, { revision: 1, status: 'rejected' });
    const error = caught(() => patchAnnotation(bench.db, created.id, bench.annotator, { revision: 1, attributes: { kind: 'causal' } }));
    expect(error.code).toBe('annotation.staleRevision');
    expect(error.status).toBe(409);
    expect(error.current).toEqual(theirs);
    expect(getAnnotationById(bench.db, created.id)).toEqual(theirs);
  });

  it('moves the span to new words, recomputing quote context', () => {
    const bench = workbench();
    const created = annotate(bench, 'child trafficking');
    const target = spanOf(bench.text, 'more and more cases of child trafficking');
    const moved = patchAnnotation(bench.db, created.id, bench.annotator, { revision: 1, span: target });
    expect(moved).toMatchObject({ ...target, revision: 2, anchor: 'anchored' });
    expect(moved.prefix).toBe(bench.text.slice(Math.max(0, target.start - 32), target.start));
  });

  it('validates a new span and new attributes like a create', () => {
    const bench = workbench();
    const created = annotate(bench, 'child trafficking', { label: 'statistic' });
    const badQuote = caught(() => patchAnnotation(bench.db, created.id, bench.annotator, { revision: 1, span: { start: 0, end: 4, quote: 'nope' } }));
    expect(badQuote.code).toBe('annotation.quoteMismatch');
    const badNumber = caught(() => patchAnnotation(bench.db, created.id, bench.annotator, { revision: 1, attributes: { value: 'banyak' } }));
    expect(badNumber.code).toBe('annotation.notANumber');
    expect(getAnnotationById(bench.db, created.id)?.revision).toBe(1);
  });

  it('returns the record unchanged when the patch changes nothing', () => {
    const bench = workbench();
    const created = annotate(bench, 'child trafficking', { attributes: { kind: 'factual' } });
    expect(patchAnnotation(bench.db, created.id, bench.annotator, { revision: 1, attributes: { kind: 'factual' } })).toEqual(created);
    expect(listAnnotationEventsByAnnotationId(bench.db, created.id)).toHaveLength(1);
  });

  it('acts only on the writer’s own layer', () => {
    const bench = workbench();
    const theirs = annotate(bench, 'child trafficking', { layer: bench.other });
    const error = caught(() => patchAnnotation(bench.db, theirs.id, bench.annotator, { revision: 1, status: 'rejected' }));
    expect(error).toMatchObject({ code: 'annotation.notFound', status: 404 });
  });
});

describe('deleteAnnotation', () => {
  it('soft-deletes, hides from the layer, and restores with deleted: false', () => {
    const bench = workbench();
    const created = annotate(bench, 'child trafficking');
    const deleted = deleteAnnotation(bench.db, created.id, bench.annotator, 1);
    expect(deleted).toMatchObject({ revision: 2, deletedAt: expect.any(String) });
    expect(listLayerAnnotations(bench.db, bench.slug, bench.annotator).annotations).toEqual([]);
    expect(getAnnotationById(bench.db, created.id)).toEqual(deleted);

    const editWhileDeleted = caught(() => patchAnnotation(bench.db, created.id, bench.annotator, { revision: 2, status: 'rejected' }));
    expect(editWhileDeleted).toMatchObject({ code: 'annotation.deleted', status: 409, current: deleted });

    const restored = patchAnnotation(bench.db, created.id, bench.annotator, { revision: 2, deleted: false });
    expect(restored).toMatchObject({ revision: 3, deletedAt: null, start: created.start, end: created.end });
    expect(listLayerAnnotations(bench.db, bench.slug, bench.annotator).annotations).toEqual([restored]);
    expect(listAnnotationEventsByAnnotationId(bench.db, created.id).map((e) => e.action)).toEqual(['create', 'delete', 'restore']);
  });

  it('refuses a delete of a stale revision with 409', () => {
    const bench = workbench();
    const created = annotate(bench, 'child trafficking');
    patchAnnotation(bench.db, created.id, bench.annotator, { revision: 1, attributes: { kind: 'causal' } });
    expect(caught(() => deleteAnnotation(bench.db, created.id, bench.annotator, 1))).toMatchObject({ code: 'annotation.staleRevision' });
    expect(getAnnotationById(bench.db, created.id)?.deletedAt).toBeNull();
  });
});
