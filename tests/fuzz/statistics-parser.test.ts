// Property tests of the statistics parser: it never throws on any text, and a number written the
// Indonesian way (dot thousands, comma decimals, optionally a scale word) reads back as its value;
// the English rendering of that phrase writes the same value the English way.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findStatisticCandidates, parseDigits, parseStatistic } from '../../lib/annotations/statistics';
import { extractNumbers } from '../../lib/translation/extract-numbers';
import { renderStatisticEnglish } from '../../lib/translation/render-statistic-english';

/** `1234567.5` → `1.234.567,5`, as an Indonesian text writes it. */
function writeIndonesian(value: number, decimals: number): string {
  const [whole = '0', fraction] = value.toFixed(decimals).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return fraction ? `${grouped},${fraction}` : grouped;
}

const SCALES = [
  { word: 'ribu', factor: 1e3 },
  { word: 'juta', factor: 1e6 },
  { word: 'miliar', factor: 1e9 },
] as const;

const anyText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  fc.array(fc.constantFrom('1,2', 'juta', '40.000', 'hingga', '%', 'per', '1000', 'Rp', '$', 'peringkat', 'dari', 'dua', 'puluh', ' ', ',', '.', '-', '(', '2011'), { maxLength: 25 }).map((w) => w.join(' ')),
);

describe('the statistics parser on any text', () => {
  it('never throws', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        parseStatistic(text);
        findStatisticCandidates(text);
        renderStatisticEnglish(text);
        parseDigits(text);
        parseDigits(text, true);
      }),
      { numRuns: 1000 },
    );
  });

  it('finds candidates inside the text, quoting it exactly', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const candidate of findStatisticCandidates(text)) {
          expect(text.slice(candidate.start, candidate.end)).toBe(candidate.quote);
          expect(Number.isFinite(candidate.attributes.value)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('parse of a rendered number', () => {
  it('reads Indonesian digits back as their value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), fc.integer({ min: 0, max: 2 }), (cents, decimals) => {
        const value = decimals === 0 ? cents : Number((cents / 10 ** decimals).toFixed(decimals));
        expect(parseDigits(writeIndonesian(value, decimals))).toBe(value);
      }),
      { numRuns: 1000 },
    );
  });

  it('reads a count with a scale word back as its value, and renders the same value in English', () => {
    fc.assert(
      fc.property(fc.integer({ min: 11, max: 999 }), fc.integer({ min: 0, max: 1 }), fc.constantFrom(...SCALES), (tenths, decimals, scale) => {
        const amount = decimals === 0 ? tenths : tenths / 10;
        const phrase = `${writeIndonesian(amount, decimals)} ${scale.word} orang`;
        const parsed = parseStatistic(phrase);
        expect(parsed?.value).toBeCloseTo(amount * scale.factor, 6);
        const english = renderStatisticEnglish(phrase);
        expect(english).not.toBeNull();
        const read = extractNumbers(english ?? '', 'en').map((n) => n.value);
        expect(read.some((v) => Math.abs(v - amount * scale.factor) < 1e-6 * scale.factor)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('reads a percentage back as its value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), (hundredths) => {
        const value = hundredths / 100;
        const parsed = parseStatistic(`${writeIndonesian(value, 2)}%`);
        expect(parsed?.kind).toBe('percent');
        expect(parsed?.value).toBeCloseTo(value, 10);
      }),
      { numRuns: 500 },
    );
  });
});
