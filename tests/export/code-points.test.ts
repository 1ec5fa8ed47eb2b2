import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCodePointIndex } from '../../lib/export/code-points';
import { seed } from '../corpus/seed-documents';

describe('createCodePointIndex', () => {
  it('leaves offsets of text inside the BMP unchanged', () => {
    const { doc } = seed('003');
    const index = createCodePointIndex(doc.text);
    expect(index.length).toBe(doc.text.length);
    for (const sentence of doc.sentences) expect(index.toCodePoint(sentence.start)).toBe(sentence.start);
  });

  it('counts a character outside the BMP as one code point', () => {
    const text = 'Data 𝔸 UNICEF 😀 anak';
    const index = createCodePointIndex(text);
    expect(index.length).toBe(Array.from(text).length);
    expect(index.toCodePoint(text.indexOf('UNICEF'))).toBe(text.indexOf('UNICEF') - 1);
    expect(index.toCodePoint(text.indexOf('anak'))).toBe(text.indexOf('anak') - 2);
    expect(index.toCodePoint(text.length)).toBe(text.length - 2);
  });

  it('converts back to UTF-16', () => {
    const text = '😀😀a𝔸b';
    const index = createCodePointIndex(text);
    expect([0, 1, 2, 3, 4, 5].map((cp) => index.toUtf16(cp))).toEqual([0, 2, 4, 5, 7, 8]);
  });

  it('counts a lone surrogate as one code point', () => {
    const text = 'a\uD800b\uDC00c';
    expect(createCodePointIndex(text).toCodePoint(text.length)).toBe(5);
  });

  it('refuses an offset inside a surrogate pair or outside the text', () => {
    const index = createCodePointIndex('a😀b');
    expect(() => index.toCodePoint(2)).toThrow(RangeError);
    expect(() => index.toCodePoint(5)).toThrow(RangeError);
    expect(() => index.toUtf16(4)).toThrow(RangeError);
  });

  it('agrees with Array.from at every character boundary', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        const index = createCodePointIndex(text);
        let utf16 = 0;
        Array.from(text).forEach((char, cp) => {
          expect(index.toCodePoint(utf16)).toBe(cp);
          expect(index.toUtf16(cp)).toBe(utf16);
          utf16 += char.length;
        });
        expect(index.toCodePoint(text.length)).toBe(index.length);
      }),
    );
  });

  it('converts many offsets of a large text quickly', () => {
    const text = '𝔸 kata '.repeat(50_000);
    const index = createCodePointIndex(text);
    const started = performance.now();
    let sum = 0;
    for (let i = 0; i < text.length; i += 3) if (text.charCodeAt(i) < 0xdc00 || text.charCodeAt(i) > 0xdfff) sum += index.toCodePoint(i);
    expect(sum).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
