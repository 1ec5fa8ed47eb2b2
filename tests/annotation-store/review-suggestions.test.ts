import { describe, expect, it } from 'vitest';
import { reviewSuggestions } from '../../lib/annotation-store/review-suggestions';
import { deleteAnnotation } from '../../lib/annotation-store/update-annotation';
import { getAnnotationById, listAnnotationEventsByAnnotationId } from '../../lib/db/queries/annotations';
import { getAuditEntriesByEntity } from '../../lib/db/queries/audit';
import { getDocumentBySlug } from '../../lib/db/queries/documents';
import { annotate, workbench } from './fixtures';

describe('reviewSuggestions', () => {
  it('accepts several suggestions at once and records each one', () => {
    const bench = workbench();
    const a = annotate(bench, 'child trafficking', { status: 'suggested' });
    const b = annotate(bench, 'ECPAT', { status: 'suggested', label: 'actor' });
    const changed = reviewSuggestions(bench.db, bench.slug, bench.annotator, [a.id, b.id], 'accepted');
    expect(changed.map((x) => [x.id, x.status, x.revision])).toEqual([
      [a.id, 'accepted', 2],
      [b.id, 'accepted', 2],
    ]);
    expect(listAnnotationEventsByAnnotationId(bench.db, a.id).map((e) => e.action)).toEqual(['create', 'review']);
    const doc = getDocumentBySlug(bench.db, bench.slug);
    expect(doc && getAuditEntriesByEntity(bench.db, 'document', doc.id).map((e) => e.action)).toContain('annotation.review');
  });

  it('changes only live suggestions of the writer’s layer in this document', () => {
    const bench = workbench();
    const suggested = annotate(bench, 'child trafficking', { status: 'suggested' });
    const accepted = annotate(bench, 'ECPAT', { label: 'actor' });
    const deleted = annotate(bench, 'Indonesia', { status: 'suggested' });
    deleteAnnotation(bench.db, deleted.id, bench.annotator, 1);
    const theirs = annotate(bench, 'cases', { status: 'suggested', layer: bench.other });
    const changed = reviewSuggestions(bench.db, bench.slug, bench.annotator, [suggested.id, accepted.id, deleted.id, theirs.id, 'unknown'], 'rejected');
    expect(changed.map((x) => x.id)).toEqual([suggested.id]);
    expect(getAnnotationById(bench.db, accepted.id)?.status).toBe('accepted');
    expect(getAnnotationById(bench.db, deleted.id)?.status).toBe('suggested');
    expect(getAnnotationById(bench.db, theirs.id)?.status).toBe('suggested');
  });

  it('leaves an already reviewed suggestion alone when asked again', () => {
    const bench = workbench();
    const a = annotate(bench, 'child trafficking', { status: 'suggested' });
    reviewSuggestions(bench.db, bench.slug, bench.annotator, [a.id], 'rejected');
    expect(reviewSuggestions(bench.db, bench.slug, bench.annotator, [a.id], 'accepted')).toEqual([]);
    expect(getAnnotationById(bench.db, a.id)).toMatchObject({ status: 'rejected', revision: 2 });
  });
});
