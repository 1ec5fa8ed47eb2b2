import { describe, expect, it } from 'vitest';
import { parseAttributeDefinitions, parseLabelDefinitions } from '../../lib/annotations/labels';
import type { LabelDefinition } from '../../lib/annotations/types';
import { validateAnnotation, validateSpan, type AnnotationDraft } from '../../lib/annotations/validate-annotation';

// A real line of seed 001, with the label set as migration 002 seeds it.
const TEXT = 'UNICEF memperkirakan ada sekitar 40.000-70.000 anak Indonesia yang menjadi korban eksploitasi seksual.';
const LABELS: LabelDefinition[] = parseLabelDefinitions([
  {
    name: 'claim',
    color: '#d9480f',
    shortcut: '1',
    attributes: JSON.stringify([
      { name: 'kind', type: 'enum', options: ['factual', 'causal', 'evaluative', 'recommendation'] },
      { name: 'attributed_to', type: 'entity_or_author' },
      { name: 'citation', type: 'text' },
    ]),
  },
  {
    name: 'actor',
    color: '#1971c2',
    shortcut: '2',
    attributes: JSON.stringify([
      { name: 'entity', type: 'entity' },
      { name: 'actor_type', type: 'enum', options: ['state', 'government_agency', 'igo', 'ngo', 'person', 'group', 'other'] },
    ]),
  },
  {
    name: 'statistic',
    color: '#2f9e44',
    shortcut: '3',
    attributes: JSON.stringify([
      { name: 'value', type: 'number' },
      { name: 'value_max', type: 'number' },
      { name: 'kind', type: 'enum', options: ['count', 'percent', 'rate', 'money', 'rank', 'index'] },
      { name: 'unit', type: 'text' },
    ]),
  },
]);
const KNOWN_ENTITY = 7;
const context = { text: TEXT, labels: LABELS, entityExists: (id: number) => id === KNOWN_ENTITY };

function draft(quote: string, change: Partial<AnnotationDraft> = {}): AnnotationDraft {
  const start = TEXT.indexOf(quote);
  return { label: 'statistic', start, end: start + quote.length, quote, attributes: {}, ...change };
}

describe('validateAnnotation', () => {
  it('accepts a statistic with its parsed attributes', () => {
    const stat = draft('40.000-70.000 anak', { attributes: { value: 40000, value_max: 70000, kind: 'count', unit: 'anak' } });
    expect(validateAnnotation(stat, context)).toEqual({ ok: true });
  });

  it('accepts an actor linked to a registry entity and a claim attributed to the author', () => {
    expect(validateAnnotation(draft('UNICEF', { label: 'actor', attributes: { entity: KNOWN_ENTITY, actor_type: 'igo' } }), context)).toEqual({ ok: true });
    expect(validateAnnotation(draft('UNICEF memperkirakan', { label: 'claim', attributes: { attributed_to: 'author' } }), context)).toEqual({ ok: true });
  });

  it('accepts null for any attribute: the value is unset', () => {
    expect(validateAnnotation(draft('UNICEF', { label: 'actor', attributes: { entity: null, actor_type: null } }), context)).toEqual({ ok: true });
  });

  const refusals: Array<[string, AnnotationDraft, string, Record<string, unknown>?]> = [
    ['an end past the text', { ...draft('seksual.'), end: TEXT.length + 1 }, 'annotation.outOfRange', { length: TEXT.length }],
    ['a negative start', { ...draft('UNICEF'), start: -1 }, 'annotation.outOfRange'],
    ['start equal to end', { ...draft('UNICEF'), end: 0 }, 'annotation.emptySpan'],
    ['start after end', { ...draft('UNICEF'), start: 5, end: 2 }, 'annotation.emptySpan'],
    ['a fractional offset', { ...draft('UNICEF'), end: 5.5 }, 'annotation.invalidOffsets'],
    ['NaN offsets', { ...draft('UNICEF'), start: Number.NaN }, 'annotation.invalidOffsets'],
    ['a quote that differs from the text', { ...draft('UNICEF'), quote: 'UNESCO' }, 'annotation.quoteMismatch', { quote: 'UNESCO', expected: 'UNICEF' }],
    ['an unknown label', draft('UNICEF', { label: 'emotion' }), 'annotation.unknownLabel', { label: 'emotion' }],
    ['an attribute of another label', draft('UNICEF', { label: 'actor', attributes: { value: 1 } }), 'annotation.unknownAttribute', { attribute: 'value' }],
    ['an enum value outside the options', draft('anak', { attributes: { kind: 'ratio' } }), 'annotation.invalidOption', { options: 'count, percent, rate, money, rank, index' }],
    ['a number given as text', draft('anak', { attributes: { value: '40.000' } }), 'annotation.notANumber'],
    ['an infinite number', draft('anak', { attributes: { value: Number.POSITIVE_INFINITY } }), 'annotation.notANumber'],
    ['a boolean for a text attribute', draft('anak', { attributes: { unit: true } }), 'annotation.invalidText'],
    ['an over-long text attribute', draft('anak', { attributes: { unit: 'x'.repeat(1001) } }), 'annotation.invalidText'],
    ['an entity missing from the registry', draft('UNICEF', { label: 'actor', attributes: { entity: 8 } }), 'annotation.unknownEntity'],
    ['an entity given by name', draft('UNICEF', { label: 'actor', attributes: { entity: 'UNICEF' } }), 'annotation.unknownEntity'],
    ['attributed_to neither an entity nor the author', draft('UNICEF', { label: 'claim', attributes: { attributed_to: 'penulis' } }), 'annotation.unknownEntity'],
  ];
  for (const [what, input, code, params] of refusals) {
    it(`refuses ${what}`, () => {
      const result = validateAnnotation(input, context);
      expect(result).toMatchObject({ ok: false, code, ...(params ? { params } : {}) });
    });
  }

  it('shortens a long quote in the error params', () => {
    const long = { ...draft(TEXT), quote: `${TEXT}!` };
    const result = validateAnnotation(long, context);
    if (result.ok) throw new Error('a mismatched quote was accepted');
    expect(String(result.params.quote)).toHaveLength(60);
    expect(String(result.params.quote).endsWith('…')).toBe(true);
  });
});

describe('validateSpan', () => {
  it('accepts a span that ends at the end of the text', () => {
    expect(validateSpan(0, 10, 10)).toEqual({ ok: true });
  });
});

describe('parseAttributeDefinitions', () => {
  it('reads the definitions as stored', () => {
    expect(parseAttributeDefinitions('x', '[{"name":"kind","type":"enum","options":["a"]},{"name":"note","type":"text"}]')).toEqual([
      { name: 'kind', type: 'enum', options: ['a'] },
      { name: 'note', type: 'text' },
    ]);
  });

  it('throws on a malformed definition, naming the label', () => {
    expect(() => parseAttributeDefinitions('claim', 'not json')).toThrow(/claim/);
    expect(() => parseAttributeDefinitions('claim', '[{"name":"kind","type":"enum"}]')).toThrow(RangeError);
    expect(() => parseAttributeDefinitions('claim', '[{"name":"kind","type":"colour"}]')).toThrow(RangeError);
    expect(() => parseAttributeDefinitions('claim', '[{"name":"a","type":"text"},{"name":"a","type":"number"}]')).toThrow(/unique/);
  });
});
