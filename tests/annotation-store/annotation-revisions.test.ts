import { describe, expect, it } from 'vitest';
import { listAnnotationRevisions, restoreAnnotationRevision } from '../../lib/annotation-store/annotation-revisions';
import { deleteAnnotation, patchAnnotation } from '../../lib/annotation-store/update-annotation';
import { getAuditEntriesByEntity } from '../../lib/db/queries/audit';
import { caught } from '../helpers/caught-app-error';
import { annotate, workbench } from './fixtures';

describe('listAnnotationRevisions', () => {
  it('lists the revisions newest first with what each changed', () => {
    const bench = workbench();
    const created = annotate(bench, 'Indonesia');
    patchAnnotation(bench.db, created.id, bench.annotator, { revision: 1, attributes: { kind: 'factual' } });
    const revisions = listAnnotationRevisions(bench.db, created.id, bench.annotator);
    expect(revisions.map((r) => [r.revision, r.action])).toEqual([[2, 'update'], [1, 'create']]);
    expect(revisions[0]?.changes).toEqual([{ path: 'attributes.kind', before: undefined, after: 'factual' }]);
    expect(revisions[0]?.userName).toBe('ani');
  });

  it("does not show another layer's annotation", () => {
    const bench = workbench();
    const created = annotate(bench, 'Indonesia');
    expect(caught(() => listAnnotationRevisions(bench.db, created.id, bench.other)).code).toBe('annotation.notFound');
  });
});

describe('restoreAnnotationRevision', () => {
  it('writes an earlier content as a new revision, audited like any edit', () => {
    const bench = workbench();
    const created = annotate(bench, 'Indonesia');
    patchAnnotation(bench.db, created.id, bench.annotator, { revision: 1, attributes: { kind: 'factual' } });
    patchAnnotation(bench.db, created.id, bench.annotator, { revision: 2, attributes: { kind: 'causal', citation: 'BPS' } });
    const restored = restoreAnnotationRevision(bench.db, created.id, bench.annotator, { revision: 3, restoreRevision: 2 });
    expect(restored.revision).toBe(4);
    expect(restored.attributes).toEqual({ kind: 'factual' });
    expect(getAuditEntriesByEntity(bench.db, 'annotation', created.id)).toHaveLength(4);
  });

  it('brings back a deleted annotation as it was before the delete', () => {
    const bench = workbench();
    const created = annotate(bench, 'Indonesia');
    deleteAnnotation(bench.db, created.id, bench.annotator, 1);
    const restored = restoreAnnotationRevision(bench.db, created.id, bench.annotator, { revision: 2, restoreRevision: 1 });
    expect(restored.deletedAt).toBeNull();
    expect(restored.revision).toBe(3);
  });

  it('refuses a stale restore with 409 and the current record', () => {
    const bench = workbench();
    const created = annotate(bench, 'Indonesia');
    patchAnnotation(bench.db, created.id, bench.annotator, { revision: 1, attributes: { kind: 'factual' } });
    const error = caught(() => restoreAnnotationRevision(bench.db, created.id, bench.annotator, { revision: 1, restoreRevision: 1 }));
    expect([error.code, error.status]).toEqual(['annotation.staleRevision', 409]);
    expect(error.current).toMatchObject({ revision: 2 });
  });

  it('answers 404 for a revision that never existed', () => {
    const bench = workbench();
    const created = annotate(bench, 'Indonesia');
    expect(caught(() => restoreAnnotationRevision(bench.db, created.id, bench.annotator, { revision: 1, restoreRevision: 7 })).code).toBe('annotation.revisionNotFound');
  });
});
