import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankTranslationMemoryMatches, type TranslationMemoryCandidate } from '../../../lib/translation/tm/rank-translation-memory-matches';
import { scoreTranslationMemoryMatch } from '../../../lib/translation/tm/score-translation-memory-match';
import pairs from '../../fixtures/translation-pairs.json';
import { seed } from '../../corpus/seed-documents';

// The Tatoeba pairs as a translation memory: approved units of earlier documents.
const MEMORY: Array<TranslationMemoryCandidate<number>> = pairs.pairs.map((pair, index) => ({ id: index, source: pair.id, target: pair.en }));

describe('rankTranslationMemoryMatches', () => {
  it('puts the exact match of a repeated sentence first, then the near ones', () => {
    const matches = rankTranslationMemoryMatches('Busnya berangkat setiap 10 menit.', MEMORY);
    expect(matches.map((match) => [match.target, match.score, match.exact])).toEqual([
      ['The bus leaves every ten minutes.', 100, true],
      ['The bus leaves every fifteen minutes.', 81, false],
    ]);
  });

  it('finds a sentence that differs by one word', () => {
    const [best] = rankTranslationMemoryMatches('Akan kutunggu sampai pukul 2:30.', MEMORY.filter((entry) => entry.source.startsWith('Kutunggu')));
    expect(best).toMatchObject({ target: "I'm going to wait until 2:30.", score: 82, exact: false, context: false });
  });

  it('marks a context match 101 when the neighbours are the same', () => {
    const source = 'Busnya berangkat setiap 10 menit.';
    const context = { previousSource: 'Stasiunnya terletak 100 meter dari sini.', nextSource: 'Tolong 5 galon yang reguler.' };
    const candidates: Array<TranslationMemoryCandidate<string>> = [
      { id: 'elsewhere', source, target: 'The bus leaves every ten minutes.' },
      { id: 'same place', source, target: 'Buses leave every ten minutes.', context },
    ];
    const matches = rankTranslationMemoryMatches(source, candidates, context);
    expect(matches.map((match) => [match.id, match.score, match.exact, match.context])).toEqual([
      ['same place', 101, true, true],
      ['elsewhere', 100, true, false],
    ]);
    // Without the unit's neighbours nothing is a context match.
    expect(rankTranslationMemoryMatches(source, candidates).every((match) => !match.context)).toBe(true);
  });

  it('keeps the candidates order for equal scores and honours the limit', () => {
    const source = 'Usia bayi ini tiga minggu.';
    const twins = [
      { id: 'newer', source, target: 'This baby is 3 weeks old.' },
      { id: 'older', source, target: 'The baby is three weeks old.' },
    ];
    expect(rankTranslationMemoryMatches(source, twins).map((match) => match.id)).toEqual(['newer', 'older']);
    expect(rankTranslationMemoryMatches(source, twins, { limit: 1 }).map((match) => match.id)).toEqual(['newer']);
    expect(() => rankTranslationMemoryMatches(source, twins, { limit: -1 })).toThrow(RangeError);
  });

  it('finds an edited seed sentence among the sentences of its document', () => {
    const { doc } = seed('001');
    const sentences = doc.sentences.map((s, i) => ({ id: i, source: doc.text.slice(s.start, s.end), target: `EN ${i}` }));
    const original = sentences.find((s) => s.source.includes('40.000 hingga 70.000'));
    if (!original) throw new Error('seed sentence missing');
    const edited = original.source.replace('40.000 hingga 70.000', '50.000 hingga 80.000');
    const [best] = rankTranslationMemoryMatches(edited, sentences);
    expect(best?.id).toBe(original.id);
    expect(best?.score).toBeGreaterThan(70);
    expect(best?.diff.filter((part) => part.type !== 'same').map((part) => part.text.trim())).toEqual(['40.000', '50.000', '70.000', '80.000']);
  });

  it('keeps a candidate that differs more than it weighs when the minimum is 0 (score clamps at 0)', () => {
    expect(rankTranslationMemoryMatches('Dia', [{ id: 0, source: '. ,', target: '' }], { minScore: 0 }).map((m) => m.score)).toEqual([0]);
  });

  it('leaves out exactly the candidates below the minimum score', () => {
    const words = ['Dia', 'punya', '2.000', 'buku', 'Tom', 'menjual', 'rumahnya', '.', ','];
    const sentence = fc.array(fc.constantFrom(...words), { maxLength: 8 }).map((list) => list.join(' '));
    fc.assert(
      fc.property(sentence, fc.array(sentence, { maxLength: 6 }), fc.integer({ min: 0, max: 100 }), (source, sources, minScore) => {
        const candidates = sources.map((text, id) => ({ id, source: text, target: '' }));
        const ranked = rankTranslationMemoryMatches(source, candidates, { minScore, limit: 100 });
        const expected = candidates.filter((candidate) => scoreTranslationMemoryMatch(source, candidate.source).score >= minScore);
        expect(new Set(ranked.map((match) => match.id))).toEqual(new Set(expected.map((candidate) => candidate.id)));
        for (const match of ranked) expect(match.score).toBe(scoreTranslationMemoryMatch(source, match.source).score);
      }),
    );
  });
});
