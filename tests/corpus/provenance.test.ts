import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  buildWordFrequencies,
  findProvenanceViolation,
  rawOffsetOf,
  rawRangeOf,
  repairDocument,
  type RepairedDocument,
} from '../../lib/corpus';
import { seedDocuments } from './seed-documents';

function expectSoundDocument(raw: string, doc: RepairedDocument): void {
  expect(findProvenanceViolation(raw, doc.text, doc.provenance)).toBeNull();
  for (const block of doc.blocks) {
    expect(block.start).toBeGreaterThanOrEqual(0);
    expect(block.end).toBeLessThanOrEqual(doc.text.length);
    expect(block.start).toBeLessThan(block.end);
    expect(block.rawStart).toBeLessThanOrEqual(block.rawEnd);
    expect(block.rawEnd).toBeLessThanOrEqual(raw.length);
  }
  // The unrepaired fallback yields no sentences; a repaired document always has some.
  const translatable = doc.blocks.some(
    (block) => block.kind !== 'page_furniture' && /\S/.test(doc.text.slice(block.start, block.end)),
  );
  if (translatable) expect(doc.sentences.length).toBeGreaterThan(0);
  for (const sentence of doc.sentences) {
    const block = doc.blocks[sentence.block];
    expect(block).toBeDefined();
    expect(sentence.start).toBeGreaterThanOrEqual(block?.start ?? Infinity);
    expect(sentence.end).toBeLessThanOrEqual(block?.end ?? -1);
  }
}

describe('provenance of the seed corpus', () => {
  for (const { name, raw, doc } of seedDocuments()) {
    it(`maps every copied character of ${name} back to the same raw character`, () => {
      let checked = 0;
      for (const run of doc.provenance) {
        if (run.kind !== 'copy') continue;
        for (let i = run.start; i < run.end; i++) {
          expect(raw[rawOffsetOf(doc.provenance, i)]).toBe(doc.text[i]);
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(doc.text.length * 0.9);
    });

    it(`covers the whole text of ${name} with contiguous runs and keeps blocks inside it`, () => {
      expect(doc.provenance[0]?.start).toBe(0);
      doc.provenance.forEach((run, i) => {
        if (i > 0) expect(run.start).toBe(doc.provenance[i - 1]?.end);
      });
      expect(doc.provenance[doc.provenance.length - 1]?.end).toBe(doc.text.length);
      expectSoundDocument(raw, doc);
    });

    it(`stores ${name}'s provenance as runs, not characters`, () => {
      expect(doc.provenance.length).toBeLessThan(doc.text.length / 15);
    });
  }
});

describe('rawRangeOf', () => {
  it('maps a normalized span that crosses a line join onto the raw span it came from', () => {
    const raw = 'Dari hasil penelitian yang dilakukan, \n\nperdagangan seks anak di Kamboja. ';
    const doc = repairDocument(raw, { wordFrequencies: buildWordFrequencies([raw]) });
    expect(doc.text).toBe('Dari hasil penelitian yang dilakukan, perdagangan seks anak di Kamboja.');
    const start = doc.text.indexOf('dilakukan');
    const end = doc.text.indexOf('seks') + 'seks'.length;
    const range = rawRangeOf(doc.provenance, start, end);
    expect(raw.slice(range.start, range.end)).toBe('dilakukan, \n\nperdagangan seks');
  });

  it('throws a RangeError outside the text', () => {
    expect(() => rawOffsetOf([], 3)).toThrow(RangeError);
  });
});

const seedLines = seedDocuments().flatMap(({ raw }) => raw.split('\n').slice(0, 400));
const noisyLine = fc.oneof(
  fc.constantFrom(...seedLines),
  fc.constantFrom('', ' ', '  ', '-', '1', '12', '\uF0B7 ', 'http://www.ecpat.org/wp-', ' '.repeat(59), '\r', '\t'),
  fc.string({ maxLength: 30 }),
);
const noisyDocument = fc.array(noisyLine, { maxLength: 60 }).map((lines) => lines.join('\n'));

describe('repairDocument on arbitrary input', () => {
  const wordFrequencies = buildWordFrequencies(seedDocuments().map(({ raw }) => raw));

  it('never throws and keeps the provenance invariants on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 })), (raw) => {
        expectSoundDocument(raw, repairDocument(raw, { wordFrequencies }));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws and keeps the provenance invariants on seed lines shuffled with layout noise', () => {
    fc.assert(
      fc.property(noisyDocument, (raw) => {
        expectSoundDocument(raw, repairDocument(raw, { wordFrequencies }));
      }),
      { numRuns: 300 },
    );
  });

  it('returns no blocks for an empty text', () => {
    const doc = repairDocument('', { wordFrequencies });
    expect(doc).toMatchObject({ text: '', blocks: [], sentences: [], provenance: [], title: '' });
  });
});
