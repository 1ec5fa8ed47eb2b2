import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Anchor } from '../../../lib/annotations/anchoring/map-annotations-through-correction';
import { reanchorAnnotations } from '../../../lib/annotations/anchoring/reanchor-annotations';
import { seed } from '../../corpus/seed-documents';
import { anchorOn } from './anchor-fixtures';

/** Seed 001 as repaired: the ECPAT article, 30 000 characters in 69 blocks. */
const oldText = seed('001').doc.text;

function replaceOnce(text: string, before: string, after: string): string {
  const at = text.indexOf(before);
  if (at < 0) throw new Error(`${JSON.stringify(before)} not in text`);
  return text.slice(0, at) + after + text.slice(at + before.length);
}

function placedText(text: string, result: { start: number | null; end: number | null }): string | null {
  return result.start === null || result.end === null ? null : text.slice(result.start, result.end);
}

describe('reanchorAnnotations', () => {
  const ecpat = anchorOn(oldText, 'ECPAT sebagai organisasi yang mengurus eksploitasi seksual komersial');
  const unodc = anchorOn(oldText, 'trafficking', 'trafficking-3', 3);

  it('keeps untouched annotations exactly when other paragraphs and their own paragraph change', () => {
    let newText = replaceOnce(oldText, 'alam setiap tahunnya', 'Dalam setiap tahunnya');
    newText = replaceOnce(newText, 'Pada penulisan artikel ini bertujuan', 'Penulisan artikel ini bertujuan');
    newText = newText.replace('\n\n', '\n\nSebuah paragraf baru yang disisipkan.\n\n');
    const results = reanchorAnnotations(oldText, newText, [ecpat, unodc]);
    const shift = (at: number | null, by: number): number => (at ?? 0) + by;
    const [first, second] = results;
    expect(first).toMatchObject({ anchor: 'anchored', quote: ecpat.quote, start: shift(ecpat.start, 1 + 39), moved: true });
    expect(placedText(newText, first ?? ecpat)).toBe(ecpat.quote);
    expect(second?.anchor).toBe('anchored');
    expect(placedText(newText, second ?? unodc)).toBe('trafficking');
    expect(second?.prefix).toBe(unodc.prefix);
  });

  it('reports an unchanged document as unmoved', () => {
    expect(reanchorAnnotations(oldText, oldText, [ecpat])).toEqual([{ ...ecpat, anchor: 'anchored', moved: false }]);
  });

  it('finds an annotation fuzzily when its words were edited', () => {
    const newText = replaceOnce(oldText, 'mengurus eksploitasi seksual', 'mengurusi eksploitasi seksual');
    const [result] = reanchorAnnotations(oldText, newText, [ecpat]);
    expect(result?.anchor).toBe('fuzzy');
    expect(placedText(newText, result ?? ecpat)).toBe('ECPAT sebagai organisasi yang mengurusi eksploitasi seksual komersial');
  });

  it('finds a sentence moved to another part of the document, flagged for review', () => {
    const sentence = 'Seperti berbagai motif mereka terjun ke dunia prostitusi dan lainnya, dalam kasus tersebut pihak pemerintah indonesia tentunya bekerjasama dengan ECPAT sebagai organisasi yang mengurus eksploitasi seksual komersial di Indonesia. ';
    const newText = replaceOnce(oldText, sentence, '') + '\n\n' + sentence.trim();
    const [result] = reanchorAnnotations(oldText, newText, [ecpat]);
    expect(result?.anchor).toBe('fuzzy');
    expect(result?.start).toBe(newText.lastIndexOf(ecpat.quote));
    expect(placedText(newText, result ?? ecpat)).toBe(ecpat.quote);
  });

  it('orphans an annotation whose words were deleted, keeping quote and context', () => {
    const newText = replaceOnce(oldText, ' sebagai organisasi yang mengurus eksploitasi seksual komersial', '');
    const [result] = reanchorAnnotations(oldText, newText, [ecpat]);
    expect(result).toEqual({ ...ecpat, start: null, end: null, anchor: 'orphaned', moved: true });
  });

  it('does not move a short quote onto the same word in other context', () => {
    const word = anchorOn(oldText, 'semakin banyak');
    const newText = replaceOnce(oldText, 'kasus child trafficking semakin banyak di Indonesia', 'kasus child trafficking di Indonesia');
    const [result] = reanchorAnnotations(oldText, newText, [word]);
    expect(result?.anchor).toBe('orphaned');
  });

  it('re-finds an orphaned annotation whose words a new version holds again', () => {
    const orphan: Anchor = { ...ecpat, id: 'orphan', start: null, end: null };
    const [result] = reanchorAnnotations(oldText, oldText, [orphan]);
    expect(result).toMatchObject({ start: ecpat.start, end: ecpat.end, anchor: 'fuzzy', moved: true });
  });

  it('keeps every annotation exactly when random edits leave its quote and context alone', () => {
    const words = [...oldText.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    const span = fc.record({ word: fc.nat(words.length - 12), length: fc.integer({ min: 1, max: 10 }) });
    const edit = fc.record({
      at: fc.nat(oldText.length),
      removed: fc.integer({ min: 0, max: 40 }),
      added: fc.oneof(fc.constantFrom('', ' anak', 'perdagangan orang ', '\n\n', 'Kamboja.\n\nBAB II', '😊'), fc.string({ maxLength: 30 })),
    });
    fc.assert(
      fc.property(fc.array(span, { minLength: 1, maxLength: 20 }), fc.array(edit, { minLength: 1, maxLength: 25 }), (spans, edits) => {
        const anchors = spans.map(({ word, length }, i) => {
          const start = words[word]?.start ?? 0;
          const end = words[word + length - 1]?.end ?? start + 1;
          return anchorOn(oldText, oldText.slice(start, end), String(i), countBefore(oldText, oldText.slice(start, end), start));
        });
        const guarded = anchors.map((a) => ({ from: (a.start ?? 0) - a.prefix.length, to: (a.end ?? 0) + a.suffix.length }));
        // Non-overlapping edits that do not touch any quote or its context, applied from the end.
        const kept: Array<{ at: number; removed: number; added: string }> = [];
        for (const candidate of [...edits].sort((a, b) => b.at - a.at)) {
          const end = Math.min(oldText.length, candidate.at + candidate.removed);
          const last = kept[kept.length - 1];
          if (last && end >= last.at) continue;
          if (guarded.some((g) => candidate.at <= g.to && end >= g.from)) continue;
          kept.push({ at: candidate.at, removed: end - candidate.at, added: candidate.added });
        }
        let newText = oldText;
        for (const e of kept) newText = newText.slice(0, e.at) + e.added + newText.slice(e.at + e.removed);
        const shiftOf = (offset: number): number =>
          kept.reduce((sum, e) => (e.at + e.removed <= offset ? sum + e.added.length - e.removed : sum), 0);
        reanchorAnnotations(oldText, newText, anchors).forEach((result, i) => {
          const anchor = anchors[i];
          if (!anchor || anchor.start === null) throw new Error('no anchor');
          expect(result).toMatchObject({ anchor: 'anchored', quote: anchor.quote, prefix: anchor.prefix, suffix: anchor.suffix });
          expect(result.start).toBe(anchor.start + shiftOf(anchor.start));
        });
      }),
      { numRuns: 60 },
    );
  });
});

/** How many times `quote` occurs before `start`, so anchorOn picks the occurrence at `start`. */
function countBefore(text: string, quote: string, start: number): number {
  let count = 0;
  for (let at = text.indexOf(quote); at !== -1 && at < start; at = text.indexOf(quote, at + 1)) count++;
  return count;
}
