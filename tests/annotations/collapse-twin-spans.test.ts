import { describe, expect, it } from 'vitest';
import { collapseTwinSpans } from '../../lib/annotations/collapse-twin-spans';

describe('collapseTwinSpans', () => {
  it('keeps the first of spans with the same label and offsets, and every other span', () => {
    const spans = [
      { id: 'a', label: 'actor', start: 0, end: 5 },
      { id: 'b', label: 'actor', start: 0, end: 5 },
      { id: 'c', label: 'claim', start: 0, end: 5 },
      { id: 'd', label: 'actor', start: 0, end: 6 },
    ];
    expect(collapseTwinSpans(spans).map((s) => s.id)).toEqual(['a', 'c', 'd']);
    expect(collapseTwinSpans([])).toEqual([]);
  });
});
