import { describe, expect, it } from 'vitest';
import { areCandidatesForOneSpan, groupLayerSpans, type LayerSpan } from '../../lib/curation/group-layer-spans';

const ANI = 1;
const BUDI = 2;
const CITRA = 3;

let counter = 0;
function span(layerUserId: number, label: string, start: number, end: number, attributes: LayerSpan['attributes'] = {}): LayerSpan {
  counter++;
  return { id: `s${counter}`, layerUserId, label, start, end, attributes, revision: 1 };
}

describe('groupLayerSpans', () => {
  it('calls the same label on the same words in every layer agreed', () => {
    const groups = groupLayerSpans([span(ANI, 'actor', 10, 20), span(BUDI, 'actor', 10, 20)], [ANI, BUDI]);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ kind: 'agreed', start: 10, end: 20, attributesAgree: true });
  });

  it('calls overlapping spans of one label with different offsets a disagreement', () => {
    const groups = groupLayerSpans([span(ANI, 'claim', 0, 50), span(BUDI, 'claim', 5, 60)], [ANI, BUDI]);
    expect(groups.map((g) => [g.kind, g.start, g.end])).toEqual([['disagreed', 0, 60]]);
  });

  it('calls the same words under different labels a disagreement', () => {
    const groups = groupLayerSpans([span(ANI, 'actor', 10, 20), span(BUDI, 'statistic', 10, 20)], [ANI, BUDI]);
    expect(groups.map((g) => g.kind)).toEqual(['disagreed']);
  });

  it('keeps an actor nested in a claim apart from the claim', () => {
    const groups = groupLayerSpans(
      [span(ANI, 'claim', 0, 100), span(BUDI, 'claim', 0, 100), span(ANI, 'actor', 10, 20), span(BUDI, 'actor', 10, 20)],
      [ANI, BUDI],
    );
    expect(groups.map((g) => [g.kind, g.start, g.end, g.members.length])).toEqual([
      ['agreed', 0, 100, 2],
      ['agreed', 10, 20, 2],
    ]);
  });

  it('marks a span only one layer has as single', () => {
    const groups = groupLayerSpans([span(ANI, 'actor', 10, 20), span(BUDI, 'actor', 30, 40)], [ANI, BUDI]);
    expect(groups.map((g) => [g.kind, g.members[0]?.layerUserId])).toEqual([
      ['single', ANI],
      ['single', BUDI],
    ]);
  });

  it('does not call a span agreed when a third compared layer lacks it', () => {
    const groups = groupLayerSpans([span(ANI, 'actor', 10, 20), span(BUDI, 'actor', 10, 20)], [ANI, BUDI, CITRA]);
    expect(groups.map((g) => g.kind)).toEqual(['disagreed']);
  });

  it('notes when agreed spans carry different attributes', () => {
    const groups = groupLayerSpans(
      [span(ANI, 'statistic', 5, 9, { value: 12, kind: 'count' }), span(BUDI, 'statistic', 5, 9, { kind: 'count', value: 13 })],
      [ANI, BUDI],
    );
    expect(groups[0]).toMatchObject({ kind: 'agreed', attributesAgree: false });
  });

  it('ignores layers that are not compared and spans without width', () => {
    const groups = groupLayerSpans([span(ANI, 'actor', 10, 20), span(CITRA, 'actor', 10, 20), span(BUDI, 'actor', 7, 7)], [ANI, BUDI]);
    expect(groups.map((g) => [g.kind, g.members.map((m) => m.layerUserId)])).toEqual([['single', [ANI]]]);
  });

  it('answers no groups for no spans', () => {
    expect(groupLayerSpans([], [ANI, BUDI])).toEqual([]);
  });

  it('orders groups by text position', () => {
    const groups = groupLayerSpans([span(BUDI, 'actor', 50, 60), span(ANI, 'actor', 1, 4), span(ANI, 'claim', 20, 40)], [ANI, BUDI]);
    expect(groups.map((g) => g.start)).toEqual([1, 20, 50]);
  });
});

describe('areCandidatesForOneSpan', () => {
  it('never links two spans of the same layer', () => {
    expect(areCandidatesForOneSpan(span(ANI, 'actor', 0, 10), span(ANI, 'actor', 0, 10))).toBe(false);
  });

  it('links different labels only when they cover nearly the same words', () => {
    expect(areCandidatesForOneSpan(span(ANI, 'actor', 0, 10), span(BUDI, 'statistic', 1, 10))).toBe(true);
    expect(areCandidatesForOneSpan(span(ANI, 'claim', 0, 100), span(BUDI, 'actor', 10, 20))).toBe(false);
  });
});
