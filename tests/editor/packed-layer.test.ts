import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeTextQuote } from '../../lib/annotations/anchoring/describe-text-quote';
import type { Annotation } from '../../lib/annotations/types';
import type { LayerRowValues } from '../../lib/db/queries/annotations';
import { packLayer, unpackLayer } from '../../lib/editor/packed-layer';

const text = 'Menurut data UNICEF, sekitar 1,2 juta anak diperdagangkan setiap tahun di Asia Tenggara. 😀 ECPAT Indonesia mencatat 43,5% kasus.';

function annotation(id: string, quote: string, overrides: Partial<Annotation> = {}): Annotation {
  const start = text.indexOf(quote);
  return {
    id,
    documentId: 3,
    layerUserId: 7,
    label: 'actor',
    start,
    end: start + quote.length,
    ...describeTextQuote(text, start, start + quote.length),
    attributes: {},
    status: 'accepted',
    anchor: 'anchored',
    origin: 'manual',
    revision: 1,
    createdAt: '2026-11-23T18:28:34.719Z',
    updatedAt: '2026-11-23T18:28:34.719Z',
    deletedAt: null,
    ...overrides,
  };
}

/** The row lib/db reads for a record of a live layer. */
function rowOf(a: Annotation): LayerRowValues {
  return [a.id, a.label, a.start, a.end, a.quote, a.prefix, a.suffix, JSON.stringify(a.attributes), a.status, a.anchor, a.origin, a.revision, a.createdAt, a.updatedAt];
}

function pack(layer: Annotation[], source = text) {
  const first = layer[0];
  return packLayer({ documentId: first?.documentId ?? 3, layerUserId: first?.layerUserId ?? 7 }, layer.map(rowOf), source);
}

describe('packLayer / unpackLayer', () => {
  it('leaves out what the text holds and gives back equal records', () => {
    const layer = [
      annotation('a', 'UNICEF'),
      annotation('b', 'sekitar 1,2 juta anak', { label: 'statistic', attributes: { value: 1_200_000, unit: 'count' }, status: 'suggested', origin: 'suggestion' }),
      // A fuzzy re-anchoring keeps the quote it was made with, not the words now at its offsets.
      annotation('c', 'ECPAT Indonesia', { quote: 'ECPAT-Indonesia', anchor: 'fuzzy', revision: 4, updatedAt: '2026-11-24T09:00:00.000Z' }),
      annotation('d', 'Asia', { start: null, end: null, anchor: 'orphaned', prefix: 'di ', suffix: ' Tenggara', createdAt: '2026-01-02 03:04:05' }),
      annotation('e', '43,5%', { origin: 'suggestion', updatedAt: '2026-11-24T00:00:00.000Z' }),
    ];
    const packed = pack(layer);
    expect(packed.quotes).toEqual([null, null, 'ECPAT-Indonesia', 'Asia', null]);
    expect(packed.prefixes.slice(0, 2)).toEqual([null, null]);
    expect(packed.updatedAts[0]).toBeNull();
    expect(unpackLayer(JSON.parse(JSON.stringify(packed)), text)).toEqual(layer);
  });

  it('is smaller than the records as JSON for a large layer', () => {
    const layer = Array.from({ length: 500 }, (_, i) => annotation(`00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, i % 2 ? 'UNICEF' : 'juta anak'));
    const packed = JSON.stringify(pack(layer)).length;
    expect(packed).toBeLessThan(JSON.stringify(layer).length * 0.4);
  });

  it('round-trips any spans over any text', () => {
    const record = (source: string) =>
      fc
        .record({
          a: fc.nat({ max: source.length }),
          b: fc.nat({ max: source.length }),
          orphan: fc.boolean(),
          quote: fc.option(fc.string({ maxLength: 6 }), { nil: undefined }),
          prefix: fc.option(fc.string({ maxLength: 6 }), { nil: undefined }),
          time: fc.oneof(fc.date({ min: new Date(0), max: new Date(4e12), noInvalidDate: true }).map((d) => d.toISOString()), fc.string({ maxLength: 12 })),
        })
        .map(({ a, b, orphan, quote, prefix, time }): Annotation => {
          const start = Math.min(a, b);
          const end = Math.max(a, b);
          const context = describeTextQuote(source, start, end);
          return {
            id: `${start}-${end}`,
            documentId: 1,
            layerUserId: 2,
            label: 'claim',
            start: orphan ? null : start,
            end: orphan ? null : end,
            quote: quote ?? context.quote,
            prefix: prefix ?? context.prefix,
            suffix: context.suffix,
            attributes: { kind: 'factual' },
            status: 'accepted',
            anchor: orphan ? 'orphaned' : 'anchored',
            origin: 'manual',
            revision: 2,
            createdAt: time,
            updatedAt: orphan ? '2026-11-24T09:00:00.000Z' : time,
            deletedAt: null,
          };
        });
    fc.assert(
      fc.property(
        fc.string({ maxLength: 80, unit: 'grapheme' }).chain((source) => fc.tuple(fc.constant(source), fc.array(record(source), { maxLength: 8 }))),
        ([source, layer]) => {
          expect(unpackLayer(JSON.parse(JSON.stringify(pack(layer, source))), source)).toEqual(layer);
        },
      ),
    );
  });
});
