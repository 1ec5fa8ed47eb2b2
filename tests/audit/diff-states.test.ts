import { describe, expect, it } from 'vitest';
import { diffStates, formatStateValue } from '../../lib/audit/diff-states';

describe('diffStates', () => {
  it('names each changed leaf by its path, nested objects field by field', () => {
    expect(diffStates({ status: 'suggested', attributes: { kind: 'factual', unit: 'persen' } }, { status: 'accepted', attributes: { kind: 'factual' } })).toEqual([
      { path: 'attributes.unit', before: 'persen', after: undefined },
      { path: 'status', before: 'suggested', after: 'accepted' },
    ]);
  });

  it('lists every field of a creation', () => {
    expect(diffStates(undefined, { text: 'A', status: 'draft' })).toEqual([
      { path: 'status', before: undefined, after: 'draft' },
      { path: 'text', before: undefined, after: 'A' },
    ]);
  });

  it('compares arrays as whole values and finds nothing between equal states', () => {
    expect(diffStates({ aliases: ['a', 'b'] }, { aliases: ['a', 'b'] })).toEqual([]);
    expect(diffStates({ aliases: ['a'] }, { aliases: ['a', 'b'] })).toEqual([{ path: 'aliases', before: ['a'], after: ['a', 'b'] }]);
  });
});

describe('formatStateValue', () => {
  it('quotes text so markup stays visible as text, and marks a missing field', () => {
    expect(formatStateValue('<script>alert(1)</script>')).toBe('"<script>alert(1)</script>"');
    expect(formatStateValue(undefined)).toBe('—');
    expect(formatStateValue(null)).toBe('null');
  });
});
