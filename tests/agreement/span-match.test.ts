import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addSpanCounts, countSpanMatches, scoreSpanCounts, type LabelledSpan } from '../../lib/agreement/span-match';

const actor = (start: number, end: number): LabelledSpan => ({ label: 'actor', start, end });
const claim = (start: number, end: number): LabelledSpan => ({ label: 'claim', start, end });

describe('countSpanMatches', () => {
  it('matches exactly only the same label on the same offsets', () => {
    // reference {actor 0–10, actor 20–25, claim 0–30}, candidate {actor 0–10, actor 21–25, actor 0–30}:
    // only actor 0–10 is the same span; claim 0–30 and actor 0–30 differ in label.
    const counts = countSpanMatches([actor(0, 10), actor(20, 25), claim(0, 30)], [actor(0, 10), actor(21, 25), actor(0, 30)], 'exact');
    expect(counts).toEqual({ reference: 3, candidate: 3, matchedReference: 1, matchedCandidate: 1 });
  });

  it('matches on overlap any span sharing a character with one of the same label', () => {
    // actor 0–10 ↔ actor 0–10 and actor 0–30; actor 20–25 ↔ actor 21–25 and 0–30; claim 0–30 ↔ nothing.
    // Every candidate actor overlaps a reference actor: 3/3; reference: 2 of 3 matched.
    const counts = countSpanMatches([actor(0, 10), actor(20, 25), claim(0, 30)], [actor(0, 10), actor(21, 25), actor(0, 30)], 'overlap');
    expect(counts).toEqual({ reference: 3, candidate: 3, matchedReference: 2, matchedCandidate: 3 });
  });

  it('does not count touching spans as overlapping', () => {
    expect(countSpanMatches([actor(0, 5)], [actor(5, 9)], 'overlap').matchedReference).toBe(0);
  });

  it('counts a span given twice in one layer once', () => {
    expect(countSpanMatches([actor(0, 5), actor(0, 5)], [actor(0, 5)], 'exact')).toEqual({
      reference: 1,
      candidate: 1,
      matchedReference: 1,
      matchedCandidate: 1,
    });
  });
});

describe('scoreSpanCounts', () => {
  it('gives precision over the candidate, recall over the reference, F1 their harmonic mean', () => {
    // P = 3/3 = 1, R = 2/3, F1 = 2·1·(2/3)/(1 + 2/3) = (4/3)/(5/3) = .8
    const scores = scoreSpanCounts({ reference: 3, candidate: 3, matchedReference: 2, matchedCandidate: 3 });
    expect(scores.precision).toBe(1);
    expect(scores.recall).toBeCloseTo(2 / 3, 12);
    expect(scores.f1).toBeCloseTo(0.8, 12);
  });

  it('has no scores when neither side has a span', () => {
    expect(scoreSpanCounts({ reference: 0, candidate: 0, matchedReference: 0, matchedCandidate: 0 })).toMatchObject({
      precision: null,
      recall: null,
      f1: null,
    });
  });

  it('gives F1 0 when only one side has spans', () => {
    expect(scoreSpanCounts({ reference: 2, candidate: 0, matchedReference: 0, matchedCandidate: 0 })).toMatchObject({ precision: null, recall: 0, f1: 0 });
    expect(scoreSpanCounts({ reference: 0, candidate: 1, matchedReference: 0, matchedCandidate: 0 })).toMatchObject({ precision: 0, recall: null, f1: 0 });
  });

  it('gives 1 everywhere under total agreement and 0 under total disagreement', () => {
    const spans = [actor(0, 4), claim(0, 9)];
    expect(scoreSpanCounts(countSpanMatches(spans, spans, 'exact'))).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(scoreSpanCounts(countSpanMatches(spans, [actor(5, 9)], 'overlap'))).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });

  it('adds counts across documents before scoring (micro average)', () => {
    // document 1: 1 of 1 matched; document 2: 0 of 3 → pooled P = R = 1/4
    const pooled = addSpanCounts(countSpanMatches([actor(0, 4)], [actor(0, 4)], 'exact'), countSpanMatches([actor(0, 4), actor(5, 8), actor(9, 12)], [actor(1, 4), actor(6, 8), actor(9, 11)], 'exact'));
    expect(scoreSpanCounts(pooled)).toMatchObject({ precision: 0.25, recall: 0.25, f1: 0.25 });
  });

  it('swaps precision and recall and keeps F1 when reference and candidate swap', () => {
    const span = fc.record({ label: fc.constantFrom('actor', 'claim'), start: fc.integer({ min: 0, max: 40 }), length: fc.integer({ min: 1, max: 10 }) }).map(
      ({ label, start, length }): LabelledSpan => ({ label, start, end: start + length }),
    );
    fc.assert(
      fc.property(fc.array(span, { maxLength: 8 }), fc.array(span, { maxLength: 8 }), fc.constantFrom('exact' as const, 'overlap' as const), (a, b, mode) => {
        const ab = scoreSpanCounts(countSpanMatches(a, b, mode));
        const ba = scoreSpanCounts(countSpanMatches(b, a, mode));
        expect(ba.precision).toBe(ab.recall);
        expect(ba.recall).toBe(ab.precision);
        expect(ba.f1).toBe(ab.f1);
      }),
    );
  });
});
