// Extends the property tests of tests/corpus/provenance.test.ts (arbitrary strings, seed lines with
// layout noise) to real Indonesian prose from another source (bench/data/idwiki) re-wrapped the way
// PDF extraction wraps it: random widths, end-of-line hyphens inside words, page numbers and blank
// lines between pages. The provenance must stay exact and the repair must keep every letter.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildWordFrequencies, findProvenanceViolation, repairDocument } from '../../lib/corpus';

const IDWIKI = path.resolve(__dirname, '../../bench/data/idwiki');
const paragraphs = fs
  .readdirSync(IDWIKI)
  .filter((file) => file.endsWith('.txt'))
  .flatMap((file) => fs.readFileSync(path.join(IDWIKI, file), 'utf8').split(/\n\s*\n/))
  .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
  .filter((paragraph) => paragraph.length > 40);
const wordFrequencies = buildWordFrequencies(paragraphs);

/** Wraps a paragraph at `width`, splitting some long words with a hyphen at the line end. */
function wrap(paragraph: string, width: number, hyphenate: readonly boolean[]): string[] {
  const lines: string[] = [];
  let line = '';
  let n = 0;
  for (const word of paragraph.split(' ')) {
    if (line.length + word.length + 1 <= width || line === '') {
      line = line ? `${line} ${word}` : word;
      continue;
    }
    if (word.length > 6 && hyphenate[n++ % hyphenate.length]) {
      const cut = Math.floor(word.length / 2);
      lines.push(`${line} ${word.slice(0, cut)}-`);
      line = word.slice(cut);
    } else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

const extractedDocument = fc
  .record({
    picks: fc.array(fc.nat({ max: paragraphs.length - 1 }), { minLength: 1, maxLength: 6 }),
    width: fc.integer({ min: 30, max: 110 }),
    hyphenate: fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }),
    pageEvery: fc.integer({ min: 5, max: 40 }),
    crlf: fc.boolean(),
  })
  .map(({ picks, width, hyphenate, pageEvery, crlf }) => {
    const lines = picks.flatMap((pick) => [...wrap(paragraphs[pick] ?? '', width, hyphenate), '']);
    const paged = lines.flatMap((line, i) => ((i + 1) % pageEvery === 0 ? [line, '', String((i + 1) / pageEvery), ''] : [line]));
    return paged.join(crlf ? '\r\n' : '\n');
  });

const letters = (text: string): string => text.replace(/[^\p{L}\p{N}]/gu, '');

describe('repairDocument on re-wrapped Indonesian prose', () => {
  it('keeps the provenance exact, blocks and sentences inside the text, and every letter', () => {
    fc.assert(
      fc.property(extractedDocument, (raw) => {
        const repaired = repairDocument(raw, { wordFrequencies });
        expect(findProvenanceViolation(raw, repaired.text, repaired.provenance)).toBeNull();
        for (const block of repaired.blocks) {
          expect(block.start).toBeGreaterThanOrEqual(0);
          expect(block.end).toBeLessThanOrEqual(repaired.text.length);
        }
        for (const sentence of repaired.sentences) expect(sentence.end).toBeGreaterThan(sentence.start);
        // Joins remove line breaks and hyphens, never letters or digits.
        expect(letters(repaired.text)).toBe(letters(raw));
      }),
      { numRuns: 150 },
    );
  });
});
