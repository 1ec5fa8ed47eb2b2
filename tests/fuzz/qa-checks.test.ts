// Property tests of the QA checks: on any source and target (real Tatoeba pairs, mutated, or any
// string), with any glossary and any alignments, runQaChecks never throws and every issue it
// reports points inside the texts.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runQaChecks } from '../../lib/translation/qa/run-qa-checks';

const PAIRS = fs
  .readFileSync(path.resolve(__dirname, '../../bench/data/tatoeba-ind-eng/tatoeba_ind_eng.tsv'), 'utf8')
  .split('\n')
  .filter((line) => line.includes('\t'))
  .slice(0, 3000)
  .map((line) => line.split('\t') as [string, string]);

const noise = fc.constantFrom('1,2 juta', '40.000', '43,5%', '(', ')', '"', '«', '  ', ' ', '2011', 'dua', 'two', '1.2 million', '\u00a0', '𝔸', '');
const mutated = (text: string) =>
  fc.array(fc.tuple(fc.nat(), noise), { maxLength: 4 }).map((edits) =>
    edits.reduce((acc, [at, insert]) => {
      const cut = acc.length === 0 ? 0 : at % (acc.length + 1);
      return acc.slice(0, cut) + insert + acc.slice(cut);
    }, text),
  );
const pair = fc.constantFrom(...PAIRS).chain(([source, target]) => fc.tuple(mutated(source), mutated(target)));
const anyPair = fc.oneof(pair, fc.tuple(fc.string({ maxLength: 120 }), fc.string({ maxLength: 120 })), fc.tuple(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 60 })));
const glossary = fc.array(fc.record({ source: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('anak', 'Tom', 'buku')), target: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('child', 'Tom', 'book')) }), { maxLength: 4 });
const alignments = fc.array(fc.record({ annotationId: fc.uuid(), start: fc.integer({ min: -5, max: 200 }), end: fc.integer({ min: -5, max: 200 }), quote: fc.string({ maxLength: 10 }) }), { maxLength: 3 });

describe('runQaChecks on any unit', () => {
  it('never throws and reports issues inside the texts', () => {
    fc.assert(
      fc.property(anyPair, glossary, alignments, ([source, target], terms, spans) => {
        const issues = runQaChecks({ source, target, glossary: terms, alignments: spans });
        for (const issue of issues) {
          expect(issue.messageKey).toMatch(/^qa\./);
          if (issue.start !== undefined && issue.end !== undefined) {
            expect(issue.start).toBeGreaterThanOrEqual(0);
            expect(issue.end).toBeLessThanOrEqual(target.length);
            expect(issue.end).toBeGreaterThanOrEqual(issue.start);
          }
          if (issue.sourceStart !== undefined && issue.sourceEnd !== undefined) {
            expect(issue.sourceStart).toBeGreaterThanOrEqual(0);
            expect(issue.sourceEnd).toBeLessThanOrEqual(source.length);
          }
        }
      }),
      { numRuns: 600 },
    );
  });

  it('reports no number problem when both sides write the same number, each its own way', () => {
    // Pairs with no number problem of their own: idioms such as "Thanks a million" for "Terima
    // kasih banyak" are number words on one side only, which the check rightly reports.
    const plain = PAIRS.filter(
      ([source, target]) =>
        !/\d/.test(source + target) &&
        /[.!?]$/.test(source) &&
        /[.!?]$/.test(target) &&
        !runQaChecks({ source, target }).some((issue) => issue.check === 'numbers'),
    );
    fc.assert(
      fc.property(fc.constantFrom(...plain), fc.integer({ min: 1, max: 99_999_999 }), ([source, target], cents) => {
        const value = cents / 100;
        const [whole = '0', fraction = '00'] = value.toFixed(2).split('.');
        const indonesian = `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${fraction}`;
        const english = `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${fraction}`;
        const issues = runQaChecks({ source: `${source} Nilainya ${indonesian}.`, target: `${target} The value is ${english}.` });
        expect(issues.filter((issue) => issue.check === 'numbers')).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});
