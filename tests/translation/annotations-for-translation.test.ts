import { describe, expect, it } from 'vitest';
import { annotationsForTranslation } from '../../lib/translation/annotations-for-translation';

const spans = [
  { id: 'ani-actor', layerUserId: 2, label: 'actor', start: 0, end: 5 },
  { id: 'budi-actor', layerUserId: 3, label: 'actor', start: 0, end: 5 },
  { id: 'budi-claim', layerUserId: 3, label: 'claim', start: 0, end: 20 },
  { id: 'gold-actor', layerUserId: 9, label: 'actor', start: 0, end: 5 },
];

describe('annotationsForTranslation', () => {
  it('takes only the gold layer of a document that has one', () => {
    expect(annotationsForTranslation(spans, 9).map((s) => s.id)).toEqual(['gold-actor']);
  });

  it('takes every layer before, a span marked alike by two annotators once', () => {
    expect(annotationsForTranslation(spans.slice(0, 3), null).map((s) => s.id)).toEqual(['ani-actor', 'budi-claim']);
  });
});
