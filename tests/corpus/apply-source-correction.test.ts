import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applySourceCorrection, narrowSourceCorrection, type SourceCorrection } from '../../lib/corpus/apply-source-correction';
import { findProvenanceViolation, rawOffsetOf, type RepairedDocument } from '../../lib/corpus';
import { seed, type SeedDocument } from './seed-documents';

type Doc = Pick<RepairedDocument, 'text' | 'provenance' | 'blocks' | 'sentences' | 'footnoteRefs' | 'flags'> & { rawText: string };

function documentOf(seedDocument: SeedDocument): Doc {
  return { rawText: seedDocument.raw, ...seedDocument.doc };
}

/** The correction replacing the first `before` at or after `from` with `after`. */
function replacing(doc: Doc, before: string, after: string, from = 0): SourceCorrection {
  const start = doc.text.indexOf(before, from);
  if (start < 0) throw new Error(`${JSON.stringify(before)} not in the text`);
  return { start, end: start + before.length, replacement: after };
}

type Result = ReturnType<typeof applySourceCorrection<Doc['blocks'][number], Doc['sentences'][number], Doc['footnoteRefs'][number]>>;

/** The first broken invariant of a corrected document, or null. */
function findViolation(doc: Doc, result: Result): string | null {
  if (!result.ok) return `refused: ${result.reason}`;
  const provenance = findProvenanceViolation(doc.rawText, result.text, result.provenance);
  if (provenance) return provenance;
  let previousEnd = 0;
  for (const block of result.blocks) {
    if (block.start < previousEnd || block.end <= block.start) return `block [${block.start}, ${block.end}) overlaps or is empty`;
    previousEnd = block.end;
  }
  if (previousEnd > result.text.length) return 'blocks run past the text';
  for (const sentence of result.sentences) {
    const block = result.blocks[sentence.block];
    if (!block || sentence.start < block.start || sentence.end > block.end || sentence.end <= sentence.start) {
      return `sentence [${sentence.start}, ${sentence.end}) is not inside its block`;
    }
  }
  const flag = result.flags.find((f) => f.end > result.text.length);
  return flag ? `flag at ${flag.start} runs past the text` : null;
}

function expectSound(doc: Doc, result: Result): void {
  expect(findViolation(doc, result)).toBeNull();
}

describe('applySourceCorrection', () => {
  const ecpatArticle = documentOf(seed('001'));

  it('restores the lost drop cap `alam setiap` → `Dalam setiap` and keeps provenance exact', () => {
    const correction = replacing(ecpatArticle, 'alam setiap tahunnya', 'Dalam setiap tahunnya');
    const result = applySourceCorrection(ecpatArticle, correction);
    expectSound(ecpatArticle, result);
    if (!result.ok) return;
    expect(result.text.slice(correction.start, correction.start + 21)).toBe('Dalam setiap tahunnya');
    expect(result.applied).toEqual({ start: correction.start, end: correction.start, before: '', replacement: 'D' });
    // `D` maps onto the raw position of the word it completes; `alam` still maps to itself.
    const rawAlam = ecpatArticle.rawText.indexOf('alam setiap tahunnya');
    expect(rawOffsetOf(result.provenance, correction.start)).toBe(rawAlam);
    expect(rawOffsetOf(result.provenance, correction.start + 1)).toBe(rawAlam);
    expect(result.provenance.find((run) => run.start === correction.start)).toMatchObject({ kind: 'synthetic', end: correction.start + 1 });
  });

  it('resizes the corrected block and sentence and shifts everything after them', () => {
    const correction = replacing(ecpatArticle, 'alam setiap', 'Dalam setiap');
    const result = applySourceCorrection(ecpatArticle, correction);
    if (!result.ok) throw new Error(result.reason);
    const index = ecpatArticle.blocks.findIndex((block) => block.start === correction.start);
    expect(result.blocks[index]).toMatchObject({ start: correction.start, end: (ecpatArticle.blocks[index]?.end ?? 0) + 1 });
    expect(result.blocks[index - 1]).toEqual(ecpatArticle.blocks[index - 1]);
    expect(result.blocks[index + 1]?.start).toBe((ecpatArticle.blocks[index + 1]?.start ?? 0) + 1);
    const sentence = result.sentences.find((s) => s.start === correction.start);
    expect(sentence && result.text.slice(sentence.start, sentence.end)).toBe(
      'Dalam setiap tahunnya kasus child trafficking semakin banyak di Indonesia.',
    );
  });

  it('clears the drop-cap flag it fixes and shifts the later ones', () => {
    const dalam = ecpatArticle.flags.find((flag) => flag.hint === 'Dalam');
    const berdasarkan = ecpatArticle.flags.find((flag) => flag.hint === 'Berdasarkan');
    const result = applySourceCorrection(ecpatArticle, replacing(ecpatArticle, 'alam', 'Dalam', dalam?.start));
    if (!result.ok) throw new Error(result.reason);
    expect(result.flags.some((flag) => flag.hint === 'Dalam')).toBe(false);
    expect(result.flags.find((flag) => flag.hint === 'Berdasarkan')?.start).toBe((berdasarkan?.start ?? 0) + 1);
    expect(result.flags.find((flag) => flag.start === 10)).toBeDefined();
  });

  it('replaces a synthetic run a later correction cuts into as a whole', () => {
    const first = applySourceCorrection(ecpatArticle, replacing(ecpatArticle, 'alam setiap', 'DALAM setiap'));
    if (!first.ok) throw new Error(first.reason);
    const start = first.applied.start;
    expect(first.provenance.find((run) => run.start === start)).toMatchObject({ kind: 'synthetic', end: start + 5 });
    const afterFirst = { ...ecpatArticle, ...first };
    const second = applySourceCorrection(afterFirst, replacing(afterFirst, 'DALAM', 'Dalam'));
    expectSound(afterFirst, second);
    if (!second.ok) return;
    expect(second.applied).toMatchObject({ start: start + 1, end: start + 5, replacement: 'alam' });
    const rawAlam = ecpatArticle.rawText.indexOf('alam setiap');
    expect(second.provenance.find((run) => run.start === start)).toEqual({
      start,
      end: start + 5,
      rawStart: rawAlam,
      rawEnd: rawAlam + 4,
      kind: 'synthetic',
    });
  });

  it('moves footnote markers after the correction and leaves earlier ones', () => {
    const youth = documentOf(seed('003'));
    const [first, second] = youth.footnoteRefs;
    const between = replacing(youth, 'ECPAT', 'ECPAT Indonesia', (first?.offset ?? 0) + 1);
    const result = applySourceCorrection(youth, between);
    expectSound(youth, result);
    if (!result.ok) return;
    expect(result.footnoteRefs[0]?.offset).toBe(first?.offset);
    expect(result.footnoteRefs[1]?.offset).toBe((second?.offset ?? 0) + ' Indonesia'.length);
  });

  it('drops a sentence the correction deletes and reports it', () => {
    const sentence = 'Seperti berbagai motif mereka terjun ke dunia prostitusi dan lainnya, dalam kasus tersebut pihak pemerintah indonesia tentunya bekerjasama dengan ECPAT sebagai organisasi yang mengurus eksploitasi seksual komersial di Indonesia. ';
    const result = applySourceCorrection(ecpatArticle, replacing(ecpatArticle, sentence, ''));
    expectSound(ecpatArticle, result);
    if (!result.ok) return;
    expect(result.droppedSentences).toHaveLength(1);
    expect(result.sentences).toHaveLength(ecpatArticle.sentences.length - 1);
  });

  it('refuses a correction outside the text, across blocks, emptying a block or changing nothing', () => {
    const length = ecpatArticle.text.length;
    expect(applySourceCorrection(ecpatArticle, { start: length, end: length + 2, replacement: 'x' })).toEqual({ ok: false, reason: 'out_of_range' });
    expect(applySourceCorrection(ecpatArticle, replacing(ecpatArticle, 'Abstract\n\nvery', 'Abstract\n\nEvery'))).toMatchObject({ ok: true });
    expect(applySourceCorrection(ecpatArticle, replacing(ecpatArticle, 'Abstrak\n\nalam', 'Abstrak Dalam'))).toEqual({ ok: false, reason: 'crosses_blocks' });
    expect(applySourceCorrection(ecpatArticle, replacing(ecpatArticle, 'Abstrak', ' '))).toEqual({ ok: false, reason: 'empty_result' });
    expect(applySourceCorrection(ecpatArticle, replacing(ecpatArticle, 'alam', 'alam'))).toEqual({ ok: false, reason: 'no_change' });
  });

  it('throws a RangeError when `before` does not match the text', () => {
    expect(() => applySourceCorrection(ecpatArticle, { ...replacing(ecpatArticle, 'alam', 'Dalam'), before: 'alum' })).toThrow(RangeError);
  });

  it('keeps provenance exact through any sequence of corrections inside blocks', () => {
    const documents = [documentOf(seed('001')), documentOf(seed('003'))];
    const step = fc.record({ block: fc.nat(), at: fc.nat(), length: fc.nat(24), replacement: fc.oneof(fc.constantFrom('', 'D', 'anak-anak', ' '), fc.string({ maxLength: 12 })) });
    fc.assert(
      fc.property(fc.constantFrom(...documents), fc.array(step, { minLength: 1, maxLength: 8 }), (initial, steps) => {
        let doc = initial;
        for (const { block: pick, at, length, replacement } of steps) {
          const index = pick % doc.blocks.length;
          const block = doc.blocks[index];
          if (!block) continue;
          const start = block.start + (at % (block.end - block.start + 1));
          const correction = { start, end: Math.min(block.end, start + length), replacement };
          const result = applySourceCorrection(doc, correction);
          if (!result.ok) {
            expect(['empty_result', 'no_change']).toContain(result.reason);
            continue;
          }
          expect(findViolation(doc, result)).toBeNull();
          expect(result.text).toBe(doc.text.slice(0, start) + replacement + doc.text.slice(correction.end));
          const unchanged = (b: { start: number; end: number }, text: string): string => text.slice(b.start, b.end);
          const changedBlocks = doc.blocks.filter((b, i) => i !== index && unchanged(b, doc.text) !== unchanged(result.blocks[i] ?? b, result.text));
          expect(changedBlocks).toEqual([]);
          doc = { ...doc, ...result };
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('narrowSourceCorrection', () => {
  it('keeps only the characters that change', () => {
    expect(narrowSourceCorrection({ start: 10, end: 21, before: 'alam setiap', replacement: 'Dalam setiap' })).toEqual({
      start: 10,
      end: 10,
      before: '',
      replacement: 'D',
    });
    expect(narrowSourceCorrection({ start: 0, end: 13, before: 'pemerintahaan', replacement: 'pemerintahan' })).toMatchObject({
      start: 11,
      end: 12,
      replacement: '',
    });
  });

  it('does not split a surrogate pair', () => {
    const narrowed = narrowSourceCorrection({ start: 0, end: 3, before: 'a😀', replacement: 'a😃' });
    expect(narrowed).toEqual({ start: 1, end: 3, before: '😀', replacement: '😃' });
    expect(narrowSourceCorrection({ start: 0, end: 3, before: 'x😀', replacement: 'y😀' })).toMatchObject({ before: 'x', replacement: 'y' });
  });
});
