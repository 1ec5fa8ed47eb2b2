import { describe, expect, it } from 'vitest';
import { runQaChecks } from '../../../lib/translation/qa/run-qa-checks';
import pairs from '../../fixtures/translation-pairs.json';
import { seedSentence, TRANSLATED_SEED_SENTENCES } from '../seed-sentences';

const GLOSSARY = [
  { source: 'Kamboja', target: 'Cambodia' },
  { source: 'Perserikatan Bangsa-Bangsa', target: 'the United Nations' },
  { source: 'polisi', target: 'police' },
];

describe('runQaChecks', () => {
  it('finds no error in the faithful translations of seed sentences', () => {
    for (const [prefix, phrase, english] of TRANSLATED_SEED_SENTENCES) {
      const issues = runQaChecks({ source: seedSentence(prefix, phrase), target: english, glossary: GLOSSARY });
      expect(issues.filter((issue) => issue.severity === 'error'), english).toEqual([]);
    }
  });

  it('finds the real number error of the Tatoeba pairs and nothing else', () => {
    const failing = pairs.pairs
      .map((pair) => ({ pair, issues: runQaChecks({ source: pair.id, target: pair.en, glossary: GLOSSARY }) }))
      .filter(({ issues }) => issues.length > 0);
    expect(failing.map(({ pair, issues }) => [pair.en, issues.map((issue) => issue.messageKey)])).toEqual([
      ['Ten paper plates cost one dollar.', ['qa.numberMissing']],
    ]);
  });

  it('reports only that an empty unit is untranslated', () => {
    expect(runQaChecks({ source: 'Dia punya 2.000 buku.', target: '  ', glossary: GLOSSARY }).map((issue) => issue.messageKey)).toEqual([
      'qa.untranslated',
    ]);
  });

  it('puts errors first, then warnings, each in target order', () => {
    const source = seedSentence('002', 'peringkat 144 dari 180');
    const target = ' Cambodia ranked 144th of  190 countries in 2020 (RSF, 2020.';
    const issues = runQaChecks({
      source,
      target,
      glossary: GLOSSARY,
      alignments: [{ annotationId: 'rank', start: 17, end: 42, quote: '144th of 180 countries' }],
    });
    expect(issues.map((issue) => [issue.severity, issue.messageKey])).toEqual([
      ['error', 'qa.alignmentChanged'],
      ['error', 'qa.numberDifferent'],
      ['warning', 'qa.leadingSpace'],
      ['warning', 'qa.doubleSpace'],
      ['warning', 'qa.unbalancedBracket'],
    ]);
  });
});
