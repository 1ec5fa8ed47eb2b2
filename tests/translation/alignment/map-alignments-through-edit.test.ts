import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mapAlignmentsThroughEdit, type Alignment } from '../../../lib/translation/alignment/map-alignments-through-edit';
import { TRANSLATED_SEED_SENTENCES } from '../seed-sentences';

/** The alignment of `quote` (its first occurrence) in `text`. */
function align(id: string, text: string, quote: string): Alignment {
  const start = text.indexOf(quote);
  if (start === -1) throw new Error(`${quote} not in ${text}`);
  return { id, start, end: start + quote.length, quote };
}

function english(phrase: string): string {
  const found = TRANSLATED_SEED_SENTENCES.find(([, seedPhrase]) => seedPhrase === phrase);
  if (!found) throw new Error(`no translated seed sentence with ${phrase}`);
  return found[2];
}

// The translation of seed 001's sentence with `$7 miliar per tahun`, its actor and two statistics aligned.
const OLD = english('$7 miliar per tahun');
const ALIGNMENTS = [align('actor', OLD, 'The United Nations'), align('money', OLD, '$7 billion a year'), align('count', OLD, 'about two million people')];

describe('mapAlignmentsThroughEdit', () => {
  it('shifts every alignment past an edit before it', () => {
    const edited = OLD.replace('states that', 'has repeatedly stated that');
    const mapped = mapAlignmentsThroughEdit(OLD, edited, ALIGNMENTS);
    expect(mapped.map((a) => a.state)).toEqual(['aligned', 'aligned', 'aligned']);
    for (const alignment of mapped) expect(edited.slice(alignment.start, alignment.end)).toBe(alignment.quote);
    expect(mapped[2]).toEqual({ ...align('count', edited, 'about two million people'), state: 'aligned' });
  });

  it('flags an alignment whose words were edited as moved, with the words now there', () => {
    const edited = OLD.replace('$7 billion a year', '$7 billion annually');
    const [, money] = mapAlignmentsThroughEdit(OLD, edited, ALIGNMENTS);
    expect(money).toEqual({ ...align('money', edited, '$7 billion annually'), state: 'moved' });
  });

  it('follows words the translator moved elsewhere in the sentence, flagged as moved', () => {
    const old = 'An estimated 1.2 million children are trafficked every year.';
    const edited = 'Every year, an estimated 1.2 million children are trafficked.';
    const mapped = mapAlignmentsThroughEdit(old, edited, [align('count', old, '1.2 million children'), align('time', old, 'every year')]);
    expect(mapped).toEqual([
      { ...align('count', edited, '1.2 million children'), state: 'aligned' },
      { ...align('time', edited, 'Every year'), state: 'moved' },
    ]);
  });

  it('breaks an alignment whose words are gone, keeping its quote', () => {
    const edited = 'The United Nations states that human trafficking is a large business.';
    const mapped = mapAlignmentsThroughEdit(OLD, edited, ALIGNMENTS);
    expect(mapped.map((a) => [a.state, a.quote])).toEqual([
      ['aligned', 'The United Nations'],
      ['broken', '$7 billion a year'],
      ['broken', 'about two million people'],
    ]);
    for (const alignment of mapped) {
      expect(alignment.start).toBeGreaterThanOrEqual(0);
      expect(alignment.end).toBeLessThanOrEqual(edited.length);
    }
  });

  it('keeps an alignment on the same words when a doubled word before it is removed', () => {
    const old = 'It is one of the the largest criminal industries.';
    const edited = 'It is one of the largest criminal industries.';
    const [mapped] = mapAlignmentsThroughEdit(old, edited, [{ id: 'a', start: 17, end: 37, quote: 'the largest criminal' }]);
    expect(mapped).toEqual({ ...align('a', edited, 'the largest criminal'), state: 'aligned' });
  });

  it('places an alignment that was broken once its words are back', () => {
    const text = 'There are currently 40,000 to 70,000 women and children in Indonesia alone.';
    const broken = { id: 'range', start: 0, end: 5, quote: '40,000 to 70,000' };
    expect(mapAlignmentsThroughEdit(text, text, [broken])).toEqual([{ ...align('range', text, '40,000 to 70,000'), state: 'moved' }]);
  });

  it('keeps every alignment when nothing changed', () => {
    expect(mapAlignmentsThroughEdit(OLD, OLD, ALIGNMENTS)).toEqual(ALIGNMENTS.map((a) => ({ ...a, state: 'aligned' })));
  });

  it('throws a RangeError for a range outside the old text or an empty one', () => {
    expect(() => mapAlignmentsThroughEdit('abc', 'abd', [{ id: 'x', start: 2, end: 9, quote: 'c' }])).toThrow(RangeError);
    expect(() => mapAlignmentsThroughEdit('abc', 'abd', [{ id: 'x', start: 1, end: 1, quote: '' }])).toThrow(RangeError);
  });
});

/** An alignment of every span given as [start, length] pairs that fits in the text. */
function spansIn(text: string, spans: Array<[number, number]>): Alignment[] {
  return spans
    .map(([start, length]) => [start % Math.max(1, text.length), length] as const)
    .filter(([start, length]) => start + length <= text.length && length > 0)
    .map(([start, length], i) => ({ id: `s${i}`, start, end: start + length, quote: text.slice(start, start + length) }));
}

/** Where an untouched span lands after `[from, to)` became `inserted`, or null when the edit touches it. */
function expectedRange(span: Alignment, from: number, to: number, inserted: number): { start: number; end: number } | null {
  if (span.end <= from) return { start: span.start, end: span.end };
  if (span.start >= to) return { start: span.start - (to - from) + inserted, end: span.end - (to - from) + inserted };
  return null;
}

const spans = fc.array(fc.tuple(fc.nat(200), fc.integer({ min: 1, max: 12 })), { maxLength: 8 });

describe('mapAlignmentsThroughEdit (properties)', () => {
  it('keeps untouched spans exactly through a replacement', () => {
    const text = fc.string({ unit: fc.constantFrom(...'abcde fgh'), minLength: 1, maxLength: 120 });
    // Inserted text shares no character with the old text, so the edit has one place only.
    const inserted = fc.string({ unit: fc.constantFrom(...'XYZ0123'), minLength: 1, maxLength: 10 });
    fc.assert(
      fc.property(text, inserted, fc.nat(), fc.nat(), spans, (old, replacement, x, y, spanSeeds) => {
        const from = x % (old.length + 1);
        const to = from + (y % (old.length - from + 1));
        const edited = old.slice(0, from) + replacement + old.slice(to);
        const alignments = spansIn(old, spanSeeds);
        const mapped = mapAlignmentsThroughEdit(old, edited, alignments);
        alignments.forEach((alignment, i) => {
          const expected = expectedRange(alignment, from, to, replacement.length);
          if (expected) expect(mapped[i]).toEqual({ ...alignment, ...expected, state: 'aligned' });
        });
      }),
    );
  });

  it('keeps untouched spans exactly through a deletion', () => {
    // No character repeats, so what was deleted is never in doubt.
    const text = fc.uniqueArray(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMN'), { minLength: 2, maxLength: 40 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), spans, (old, x, y, spanSeeds) => {
        const from = x % old.length;
        const to = from + 1 + (y % (old.length - from));
        const edited = old.slice(0, from) + old.slice(to);
        const alignments = spansIn(old, spanSeeds);
        const mapped = mapAlignmentsThroughEdit(old, edited, alignments);
        alignments.forEach((alignment, i) => {
          const expected = expectedRange(alignment, from, to, 0);
          if (expected) expect(mapped[i]).toEqual({ ...alignment, ...expected, state: 'aligned' });
        });
      }),
    );
  });

  it('never claims words that are not there', () => {
    const words = fc.constantFrom('the', 'victims', 'of', 'trafficking', '1.2', 'million', 'children', 'in', 'Cambodia', ',', '.');
    const sentence = fc.array(words, { minLength: 1, maxLength: 15 }).map((list) => list.join(' '));
    fc.assert(
      fc.property(sentence, sentence, spans, (old, edited, spanSeeds) => {
        const alignments = spansIn(old, spanSeeds);
        const mapped = mapAlignmentsThroughEdit(old, edited, alignments);
        mapped.forEach((result, i) => {
          const before = alignments[i];
          expect(result.id).toBe(before?.id);
          expect(result.start).toBeGreaterThanOrEqual(0);
          expect(result.end).toBeLessThanOrEqual(edited.length);
          expect(result.start).toBeLessThanOrEqual(result.end);
          if (result.state === 'aligned') expect(edited.slice(result.start, result.end)).toBe(before?.quote);
          if (result.state === 'moved') expect(edited.slice(result.start, result.end)).toBe(result.quote);
          if (result.state === 'broken') expect(result.quote).toBe(before?.quote);
        });
      }),
    );
  });
});
