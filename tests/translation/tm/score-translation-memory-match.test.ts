import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffMatchWords } from '../../../lib/translation/tm/diff-match-words';
import { tokenizeForMatch, totalWeight } from '../../../lib/translation/tm/match-tokens';
import { scoreTranslationMemoryMatch } from '../../../lib/translation/tm/score-translation-memory-match';
import { wordEditDistance } from '../../../lib/translation/tm/word-edit-distance';
import { seedSentence } from '../seed-sentences';

// Sentences built from real words of the seeds, with case and punctuation variants.
const WORDS = ['Kamboja', 'kamboja', 'korban', 'perdagangan', 'manusia', 'anak', 'dan', 'perempuan', '40.000', '16,8', 'di', 'Indonesia', ',', '.', '(', ')', '%'];
const sentence = fc.array(fc.constantFrom(...WORDS), { maxLength: 12 }).map((words) => words.join(' '));

function distance(a: string, b: string): number {
  return wordEditDistance(tokenizeForMatch(a), tokenizeForMatch(b));
}

describe('wordEditDistance', () => {
  it('is zero from a sentence to itself and symmetric', () => {
    fc.assert(
      fc.property(sentence, sentence, (a, b) => {
        expect(distance(a, a)).toBe(0);
        expect(distance(a, b)).toBe(distance(b, a));
      }),
    );
  });

  it('keeps the triangle inequality', () => {
    fc.assert(fc.property(sentence, sentence, sentence, (a, b, c) => distance(a, c) <= distance(a, b) + distance(b, c)));
  });

  it('lies between the weight difference and the sum of the weights', () => {
    fc.assert(
      fc.property(sentence, sentence, (a, b) => {
        const wa = totalWeight(tokenizeForMatch(a));
        const wb = totalWeight(tokenizeForMatch(b));
        const d = distance(a, b);
        return d >= Math.abs(wa - wb) && d <= wa + wb;
      }),
    );
  });

  it('gives up with Infinity only when the distance exceeds the limit', () => {
    fc.assert(
      fc.property(sentence, sentence, fc.integer({ min: 0, max: 12 }), (a, b, limit) => {
        const full = distance(a, b);
        const limited = wordEditDistance(tokenizeForMatch(a), tokenizeForMatch(b), limit);
        return limited === Infinity ? full > limit : limited === full;
      }),
    );
  });

  it('costs a word 1, a punctuation mark ½ and a change of case ¼', () => {
    expect(distance('Dia punya 2.000 buku.', 'Dia punya 3.000 buku.')).toBe(1);
    expect(distance('Dia punya 2.000 buku.', 'Dia punya 2.000 buku')).toBe(0.5);
    expect(distance('Dia punya 2.000 buku.', 'dia punya 2.000 buku.')).toBe(0.25);
  });
});

describe('scoreTranslationMemoryMatch', () => {
  it('scores 100 only for sources identical after normalizing whitespace', () => {
    const source = seedSentence('001', '40.000 hingga 70.000');
    expect(scoreTranslationMemoryMatch(source, ` ${source.replace(' ', '   ')}\n`)).toMatchObject({ score: 100, exact: true });
    fc.assert(
      fc.property(sentence, sentence, (a, b) => {
        const { score, exact } = scoreTranslationMemoryMatch(a, b);
        const identical = a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();
        return score >= 0 && score <= 100 && exact === identical && (score === 100) === identical;
      }),
    );
  });

  it('is symmetric', () => {
    fc.assert(fc.property(sentence, sentence, (a, b) => scoreTranslationMemoryMatch(a, b).score === scoreTranslationMemoryMatch(b, a).score));
  });

  it('scores a punctuation or case difference high but below 100', () => {
    const source = seedSentence('003', '1,2 juta anak');
    const noStop = scoreTranslationMemoryMatch(source, source.replace(/\.$/, ''));
    const lower = scoreTranslationMemoryMatch(source, source.toLowerCase());
    expect(noStop.score).toBeGreaterThanOrEqual(95);
    expect(noStop.score).toBeLessThan(100);
    expect(lower.score).toBeGreaterThanOrEqual(95);
    expect(lower.score).toBeLessThan(100);
    // Spacing around punctuation is more than whitespace: 99, never 100.
    expect(scoreTranslationMemoryMatch('Dia punya 2.000 buku.', 'Dia punya 2.000 buku .')).toMatchObject({ score: 99, exact: false });
  });

  it('scores a changed number in a Tatoeba sentence and shows the differing words', () => {
    const match = scoreTranslationMemoryMatch('Busnya berangkat setiap 10 menit.', 'Busnya berangkat setiap 15 menit.');
    expect(match).toEqual({
      score: 81,
      exact: false,
      diff: [
        { type: 'same', text: 'Busnya berangkat setiap' },
        { type: 'removed', text: ' 15' },
        { type: 'added', text: ' 10' },
        { type: 'same', text: ' menit.' },
      ],
    });
  });

  it('shows a change of case as a removed and an added word', () => {
    const { diff } = scoreTranslationMemoryMatch('Kutunggu sampai pukul 2:30.', 'Akan kutunggu sampai pukul 2:30.');
    expect(diff).toEqual([
      { type: 'removed', text: 'Akan kutunggu' },
      { type: 'added', text: 'Kutunggu' },
      { type: 'same', text: ' sampai pukul 2:30.' },
    ]);
  });

  it('scores an empty side 0', () => {
    expect(scoreTranslationMemoryMatch('Dia punya 2.000 buku.', '').score).toBe(0);
    expect(scoreTranslationMemoryMatch('', '')).toMatchObject({ score: 100, exact: true, diff: [] });
  });
});

describe('diffMatchWords', () => {
  it('rebuilds the unit source from same and added runs, and the entry tokens from same and removed runs', () => {
    fc.assert(
      fc.property(sentence, sentence, (unit, entry) => {
        const diff = diffMatchWords(unit, tokenizeForMatch(unit), entry, tokenizeForMatch(entry));
        const unitSide = diff.filter((part) => part.type !== 'removed').map((part) => part.text).join('');
        expect(unitSide).toBe(unit.trimEnd());
        const entrySide = diff.filter((part) => part.type !== 'added').map((part) => part.text).join(' ');
        expect(tokenizeForMatch(entrySide).map((token) => token.text)).toEqual(tokenizeForMatch(entry).map((token) => token.text));
      }),
    );
  });
});
