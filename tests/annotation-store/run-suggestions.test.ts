import { describe, expect, it } from 'vitest';
import { createAnnotation } from '../../lib/annotation-store/create-annotation';
import { findEntities } from '../../lib/annotation-store/manage-entities';
import { storeSuggestions, suggestForDocument } from '../../lib/annotation-store/run-suggestions';
import { deleteAnnotation } from '../../lib/annotation-store/update-annotation';
import { listAnnotationEventsByAnnotationId } from '../../lib/db/queries/annotations';
import { AppError } from '../../lib/errors';
import { newId, workbench } from './fixtures';

describe('storeSuggestions', () => {
  it('stores statistics and registry actors as suggested annotations, on the text they quote', () => {
    const bench = workbench();
    const { created } = storeSuggestions(bench.db, bench.slug, bench.annotator);
    expect(created.length).toBeGreaterThan(0);
    for (const annotation of created) {
      expect(annotation).toMatchObject({ status: 'suggested', origin: 'suggestion', anchor: 'anchored', revision: 1, layerUserId: bench.annotator });
      expect(bench.text.slice(annotation.start ?? 0, annotation.end ?? 0)).toBe(annotation.quote);
    }
    expect(created.find((a) => a.label === 'statistic' && a.quote.includes('40.000'))).toMatchObject({ attributes: { value: 40000, value_max: 70000 } });
    const [ecpat] = findEntities(bench.db, 'ECPAT');
    expect(created.some((a) => a.label === 'actor' && a.quote === 'ECPAT' && a.attributes.entity === ecpat?.id)).toBe(true);
    const [first] = created;
    expect(first && listAnnotationEventsByAnnotationId(bench.db, first.id)).toMatchObject([{ action: 'suggest', revision: 1 }]);
  });

  it('never stores the same span twice, whatever the stored one’s status', () => {
    const bench = workbench();
    const [target] = suggestForDocument(bench.db, bench.slug).suggestions;
    if (!target) throw new Error('no suggestions for seed 001');
    createAnnotation(bench.db, bench.slug, bench.annotator, { id: newId(), ...target, status: 'rejected' });
    const first = storeSuggestions(bench.db, bench.slug, bench.annotator);
    expect(first.created.some((a) => a.label === target.label && a.start === target.start && a.end === target.end)).toBe(false);
    expect(first.skipped).toContainEqual(target);
    const again = storeSuggestions(bench.db, bench.slug, bench.annotator);
    expect(again.created).toEqual([]);
    expect(again.skipped).toHaveLength(again.suggestions.length);
  });

  it('never suggests again a span the annotator deleted, but does for another layer', () => {
    const bench = workbench();
    const [target] = suggestForDocument(bench.db, bench.slug).suggestions;
    if (!target) throw new Error('no suggestions for seed 001');
    const made = createAnnotation(bench.db, bench.slug, bench.annotator, { id: newId(), ...target }).annotation;
    deleteAnnotation(bench.db, made.id, bench.annotator, 1);
    const mine = storeSuggestions(bench.db, bench.slug, bench.annotator).created;
    expect(mine.some((a) => a.start === target.start && a.label === target.label)).toBe(false);
    expect(storeSuggestions(bench.db, bench.slug, bench.other).created).toHaveLength(mine.length + 1);
  });

  it('refuses an unknown document', () => {
    const bench = workbench();
    expect(() => storeSuggestions(bench.db, 'missing', bench.annotator)).toThrow(AppError);
  });
});
