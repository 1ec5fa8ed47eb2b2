import { describe, expect, it } from 'vitest';
import { listLayerAnnotations, loadPackedLayer } from '../../lib/annotation-store/load-annotation-workspace';
import { deleteAnnotation, patchAnnotation } from '../../lib/annotation-store/update-annotation';
import { unpackLayer } from '../../lib/editor/packed-layer';
import { caught } from '../helpers/caught-app-error';
import { annotate, workbench } from './fixtures';

describe('loadPackedLayer', () => {
  it('packs the user’s own layer at the revision it was read at, and unpacks to the same records', () => {
    const bench = workbench();
    annotate(bench, 'ECPAT', { label: 'actor' });
    annotate(bench, 'ECPAT', { label: 'actor', occurrence: 1, status: 'suggested' });
    annotate(bench, 'ECPAT', { label: 'actor', layer: bench.other });
    // Changed attributes and revision, and a deleted span (left out): the packed rows say all the records do.
    const claim = annotate(bench, 'ECPAT', { label: 'claim' });
    patchAnnotation(bench.db, claim.id, bench.annotator, { revision: 1, attributes: { kind: 'causal', citation: '(UNODC, 2018)' } });
    deleteAnnotation(bench.db, annotate(bench, 'ECPAT', { label: 'claim', occurrence: 1 }).id, bench.annotator, 1);
    const packed = loadPackedLayer(bench.db, bench.slug, bench.annotator);
    const plain = listLayerAnnotations(bench.db, bench.slug, bench.annotator);
    expect(packed.documentRevision).toBe(plain.documentRevision);
    expect(unpackLayer(packed.layer, bench.text)).toEqual(plain.annotations);
    expect(plain.annotations).toHaveLength(3);
    expect(plain.annotations.find((a) => a.id === claim.id)).toMatchObject({ revision: 2, attributes: { kind: 'causal' } });
  });

  it('is a 404 for an unknown document', () => {
    expect(caught(() => loadPackedLayer(workbench().db, 'tidak-ada', 1)).code).toBe('document.notFound');
  });
});
