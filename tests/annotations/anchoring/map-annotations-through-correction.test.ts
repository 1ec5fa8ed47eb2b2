import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { describeTextQuote } from '../../../lib/annotations/anchoring/describe-text-quote';
import { applySourceCorrection } from '../../../lib/corpus/apply-source-correction';
import { seed } from '../../corpus/seed-documents';
import {
  mapAnnotationsThroughCorrection,
  type Anchor,
  type AnchorResult,
  type SourceCorrection,
} from '../../../lib/annotations/anchoring/map-annotations-through-correction';
import { anchorOn, corrected, correctionOf, DROP_CAP_TEXT } from './anchor-fixtures';

/** Maps one anchor through `correction` of `text` and returns the result with the new text. */
function mapOne(text: string, anchor: Anchor, correction: SourceCorrection): { result: AnchorResult; newText: string } {
  const newText = corrected(text, correction);
  const [result] = mapAnnotationsThroughCorrection(newText, [anchor], correction);
  if (!result) throw new Error('no result');
  return { result, newText };
}

function spanText(text: string, result: AnchorResult): string | null {
  return result.start === null || result.end === null ? null : text.slice(result.start, result.end);
}

describe('mapAnnotationsThroughCorrection', () => {
  const dropCap = correctionOf(DROP_CAP_TEXT, 'alam', 'Dalam');

  it('keeps a span that starts with the corrected drop-cap word on the whole corrected word', () => {
    const claim = anchorOn(DROP_CAP_TEXT, 'alam setiap tahunnya kasus child trafficking semakin banyak di Indonesia');
    const { result, newText } = mapOne(DROP_CAP_TEXT, claim, dropCap);
    expect(spanText(newText, result)).toBe('Dalam setiap tahunnya kasus child trafficking semakin banyak di Indonesia');
    expect(result).toMatchObject({ anchor: 'anchored', moved: true, prefix: 'Abstrak\n\n' });
  });

  it('does the same whether or not the correction says what it replaced', () => {
    const word = anchorOn(DROP_CAP_TEXT, 'alam');
    const { before: _, ...withoutBefore } = dropCap;
    expect(spanText(corrected(DROP_CAP_TEXT, dropCap), mapOne(DROP_CAP_TEXT, word, dropCap).result)).toBe('Dalam');
    expect(spanText(corrected(DROP_CAP_TEXT, dropCap), mapOne(DROP_CAP_TEXT, word, withoutBefore).result)).toBe('Dalam');
  });

  it('narrows `alam setiap` → `Dalam setiap` to the inserted letter, so both words keep their spans', () => {
    const twoWords = correctionOf(DROP_CAP_TEXT, 'alam setiap', 'Dalam setiap');
    const newText = corrected(DROP_CAP_TEXT, twoWords);
    const anchors = [anchorOn(DROP_CAP_TEXT, 'alam'), anchorOn(DROP_CAP_TEXT, 'setiap tahunnya')];
    const results = mapAnnotationsThroughCorrection(newText, anchors, twoWords);
    expect(results.map((result) => spanText(newText, result))).toEqual(['Dalam', 'setiap tahunnya']);
    expect(results.map((result) => result.anchor)).toEqual(['anchored', 'anchored']);
  });

  it('joins a letter inserted right before the span to its first word', () => {
    const insertD = { start: dropCap.start, end: dropCap.start, replacement: 'D' };
    const { result, newText } = mapOne(DROP_CAP_TEXT, anchorOn(DROP_CAP_TEXT, 'alam setiap'), insertD);
    expect(spanText(newText, result)).toBe('Dalam setiap');
  });

  it('joins a suffix glued onto the span’s last word but not a word added after a space', () => {
    const tahunText = DROP_CAP_TEXT.replace('tahunnya', 'tahun');
    const tahun = anchorOn(tahunText, 'setiap tahun');
    const end = tahun.end ?? 0;
    const nya = mapOne(tahunText, tahun, { start: end, end, replacement: 'nya' });
    expect(spanText(nya.newText, nya.result)).toBe('setiap tahunnya');
    const spaced = mapOne(tahunText, tahun, { start: end, end, replacement: ' ini' });
    expect(spanText(spaced.newText, spaced.result)).toBe('setiap tahun');
  });

  it('shifts a span after the correction and keeps its words', () => {
    const ecpat = anchorOn(DROP_CAP_TEXT, 'ECPAT sebagai organisasi');
    const { result, newText } = mapOne(DROP_CAP_TEXT, ecpat, dropCap);
    expect(result.start).toBe((ecpat.start ?? 0) + 1);
    expect(spanText(newText, result)).toBe('ECPAT sebagai organisasi');
    expect(result).toMatchObject({ anchor: 'anchored', moved: true, quote: ecpat.quote, suffix: ecpat.suffix });
  });

  it('leaves a span before the correction where it was, refreshing the context it shares', () => {
    const typo = correctionOf(DROP_CAP_TEXT, 'pemerintahaan', 'pemerintahan');
    const before = anchorOn(DROP_CAP_TEXT, 'dengan cara bekerjasama');
    const { result } = mapOne(DROP_CAP_TEXT, before, typo);
    expect(result).toMatchObject({ start: before.start, end: before.end, quote: before.quote, moved: false });
    expect(result.suffix).toBe(' pemerintahan indonesia dengan E');
  });

  it('resizes a span that contains the correction', () => {
    const typo = correctionOf(DROP_CAP_TEXT, 'pemerintahaan', 'pemerintahan');
    const claim = anchorOn(DROP_CAP_TEXT, 'bekerjasama pemerintahaan indonesia dengan ECPAT');
    const { result, newText } = mapOne(DROP_CAP_TEXT, claim, typo);
    expect(spanText(newText, result)).toBe('bekerjasama pemerintahan indonesia dengan ECPAT');
    expect(result).toMatchObject({ anchor: 'anchored', moved: true, quote: 'bekerjasama pemerintahan indonesia dengan ECPAT' });
  });

  it('keeps a span on the replacement when the correction replaces exactly its words', () => {
    const typo = correctionOf(DROP_CAP_TEXT, 'pemerintahaan', 'pemerintahan');
    const { result, newText } = mapOne(DROP_CAP_TEXT, anchorOn(DROP_CAP_TEXT, 'pemerintahaan'), { ...typo, before: undefined });
    expect(spanText(newText, result)).toBe('pemerintahan');
  });

  it('orphans a span whose words the correction deletes, keeping its quote and context', () => {
    const deletion = correctionOf(DROP_CAP_TEXT, ' Seperti berbagai motif mereka terjun ke dunia prostitusi dan lainnya,', '');
    const motif = anchorOn(DROP_CAP_TEXT, 'berbagai motif');
    const { result } = mapOne(DROP_CAP_TEXT, motif, deletion);
    expect(result).toEqual({ ...motif, start: null, end: null, anchor: 'orphaned', moved: true });
  });

  it('marks a span fuzzy when a correction without `before` replaces its edge and text outside it', () => {
    const across = { start: DROP_CAP_TEXT.indexOf('banyak di'), end: DROP_CAP_TEXT.indexOf('banyak di') + 9, replacement: 'banyaknya di' };
    const { result, newText } = mapOne(DROP_CAP_TEXT, anchorOn(DROP_CAP_TEXT, 'di Indonesia. Seperti'), across);
    expect(result.anchor).toBe('fuzzy');
    expect(spanText(newText, result)).toBe(' Indonesia. Seperti');
  });

  it('passes orphaned anchors through and keeps a fuzzy anchor fuzzy', () => {
    const orphan: Anchor = { id: 'o', start: null, end: null, quote: 'dua juta orang', prefix: 'sekitar ', suffix: ' anak' };
    const fuzzy: Anchor = { ...anchorOn(DROP_CAP_TEXT, 'ECPAT'), anchor: 'fuzzy' };
    const newText = corrected(DROP_CAP_TEXT, dropCap);
    const [orphanResult, fuzzyResult] = mapAnnotationsThroughCorrection(newText, [orphan, fuzzy], dropCap);
    expect(orphanResult).toEqual({ ...orphan, anchor: 'orphaned', moved: false });
    expect(fuzzyResult?.anchor).toBe('fuzzy');
  });

  it('throws a RangeError when the text does not hold the correction or an anchor is out of range', () => {
    expect(() => mapAnnotationsThroughCorrection(DROP_CAP_TEXT, [], dropCap)).toThrow(RangeError);
    const newText = corrected(DROP_CAP_TEXT, dropCap);
    const bad: Anchor = { id: 'x', start: 5, end: newText.length + 5, quote: '', prefix: '', suffix: '' };
    expect(() => mapAnnotationsThroughCorrection(newText, [bad], dropCap)).toThrow(RangeError);
  });

  it('keeps every annotation of a seed document on its words through the applied drop-cap correction', () => {
    const { raw, doc } = seed('001');
    const words = ['setiap tahunnya', 'child trafficking', 'ECPAT', 'pemerintah', 'Indonesia'];
    const correction = correctionOf(doc.text, 'alam setiap', 'Dalam setiap');
    const at = correction.start;
    const dropCapWord: Anchor = { id: 'alam', start: at, end: at + 4, ...describeTextQuote(doc.text, at, at + 4) };
    const anchors = [dropCapWord, ...words.flatMap((word) => [0, 1, 2].map((n) => anchorOn(doc.text, word, `${word}-${n}`, n)))];
    const result = applySourceCorrection({ rawText: raw, ...doc }, correction);
    if (!result.ok) throw new Error(result.reason);
    const mapped = mapAnnotationsThroughCorrection(result.text, anchors, result.applied);
    expect(mapped.map((m) => m.quote)).toEqual(['Dalam', ...anchors.slice(1).map((a) => a.quote)]);
    expect(mapped.every((m) => m.anchor === 'anchored' && m.start !== null && result.text.slice(m.start, m.end ?? 0) === m.quote)).toBe(true);
  });

  it('always returns spans whose quote is the new text there, and keeps spans the correction does not touch', () => {
    const text = DROP_CAP_TEXT;
    const words = [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    const span = fc.record({ word: fc.nat(words.length - 6), length: fc.integer({ min: 1, max: 5 }) });
    const change = fc.record({ at: fc.nat(text.length), length: fc.nat(30), replacement: fc.string({ maxLength: 10 }) });
    fc.assert(
      fc.property(fc.array(span, { minLength: 1, maxLength: 10 }), change, (spans, { at, length, replacement }) => {
        const anchors = spans.map(({ word, length: n }, i) => {
          const start = words[word]?.start ?? 0;
          const end = words[word + n - 1]?.end ?? start + 1;
          return { id: String(i), start, end, quote: text.slice(start, end), prefix: '', suffix: '' };
        });
        const correction = { start: at, end: Math.min(text.length, at + length), replacement, before: text.slice(at, at + length) };
        const newText = corrected(text, correction);
        mapAnnotationsThroughCorrection(newText, anchors, correction).forEach((result, i) => {
          const anchor = anchors[i];
          if (!anchor) return;
          if (result.start !== null && result.end !== null) {
            expect(result.start).toBeLessThan(result.end);
            expect(newText.slice(result.start, result.end)).toBe(result.quote);
          }
          if (anchor.end < correction.start) expect(result).toMatchObject({ start: anchor.start, end: anchor.end, moved: false });
          if (anchor.start > correction.end) expect(result.quote).toBe(anchor.quote);
        });
      }),
      { numRuns: 300 },
    );
  });
});
