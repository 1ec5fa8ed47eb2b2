import { describe, expect, it } from 'vitest';
import { bulkAcceptableGroups, curationStateOf, type DecisionRecord } from '../../lib/curation/curation-state';
import { groupLayerSpans, type LayerSpan } from '../../lib/curation/group-layer-spans';

const a: LayerSpan = { id: 'a', layerUserId: 1, label: 'actor', start: 0, end: 5, attributes: {}, revision: 2 };
const b: LayerSpan = { id: 'b', layerUserId: 2, label: 'actor', start: 0, end: 5, attributes: {}, revision: 1 };
const [group] = groupLayerSpans([a, b], [1, 2]);
if (!group) throw new Error('no group');

function decisions(...records: DecisionRecord[]): Map<string, DecisionRecord> {
  return new Map(records.map((r) => [r.annotationId, r]));
}

describe('curationStateOf', () => {
  it('is open while nothing was decided', () => {
    expect(curationStateOf(group, decisions(), [])).toBe('open');
  });

  it('is accepted once one of its spans was accepted', () => {
    expect(curationStateOf(group, decisions({ annotationId: 'b', sourceRevision: 1, decision: 'accepted' }), [])).toBe('accepted');
  });

  it('is rejected only when every span was rejected', () => {
    const one = decisions({ annotationId: 'a', sourceRevision: 2, decision: 'rejected' });
    expect(curationStateOf(group, one, [])).toBe('open');
    const both = decisions({ annotationId: 'a', sourceRevision: 2, decision: 'rejected' }, { annotationId: 'b', sourceRevision: 1, decision: 'rejected' });
    expect(curationStateOf(group, both, [])).toBe('rejected');
  });

  it('reopens a span changed after its decision', () => {
    expect(curationStateOf(group, decisions({ annotationId: 'a', sourceRevision: 1, decision: 'accepted' }), [])).toBe('open');
  });

  it('is in gold when gold holds the same label on the same words', () => {
    expect(curationStateOf(group, decisions(), [{ id: 'g', label: 'actor', start: 0, end: 5 }])).toBe('inGold');
    expect(curationStateOf(group, decisions(), [{ id: 'g', label: 'claim', start: 0, end: 5 }])).toBe('open');
  });
});

describe('bulkAcceptableGroups', () => {
  it('takes open agreed groups whose attributes agree, nothing else', () => {
    const differing = groupLayerSpans(
      [{ ...a, id: 'c', start: 10, end: 15, attributes: { actor_type: 'ngo' } }, { ...b, id: 'd', start: 10, end: 15, attributes: { actor_type: 'igo' } }],
      [1, 2],
    );
    const single = groupLayerSpans([{ ...a, id: 'e', start: 20, end: 25 }], [1, 2]);
    expect(bulkAcceptableGroups([group, ...differing, ...single], decisions(), []).map((g) => g.key)).toEqual([group.key]);
    expect(bulkAcceptableGroups([group], decisions({ annotationId: 'a', sourceRevision: 2, decision: 'accepted' }), [])).toEqual([]);
  });
});
