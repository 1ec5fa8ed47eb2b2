import { describe, expect, it } from 'vitest';
import { checkNumbers } from '../../../lib/translation/qa/check-numbers';
import pairs from '../../fixtures/translation-pairs.json';
import { seedSentence, TRANSLATED_SEED_SENTENCES } from '../seed-sentences';

function keys(source: string, target: string): string[] {
  return checkNumbers(source, target).map((issue) => issue.messageKey);
}

describe('checkNumbers', () => {
  it.each(TRANSLATED_SEED_SENTENCES)('finds every number of the seed %s sentence with `%s` in its translation', (prefix, phrase, english) => {
    expect(checkNumbers(seedSentence(prefix, phrase), english)).toEqual([]);
  });

  it.each(pairs.pairs.map((pair) => [pair.id, pair.en, pair.numbersKept] as const))(
    'reads the Tatoeba pair `%s` / `%s` (numbers kept: %s)',
    (indonesian, english, kept) => {
      const errors = checkNumbers(indonesian, english).filter((issue) => issue.severity === 'error');
      expect(errors.length === 0).toBe(kept);
    },
  );

  it('reports a number the translation changed, at its place in the target', () => {
    const source = seedSentence('001', '$7 miliar per tahun');
    const target = 'The United Nations states that human trafficking generates $7 million a year, and that about two million people are trafficked every year.';
    const [issue] = checkNumbers(source, target);
    expect(issue).toEqual({
      check: 'numbers',
      severity: 'error',
      messageKey: 'qa.numberDifferent',
      params: { value: '7 miliar', expected: '7 billion', found: '7 million' },
      start: target.indexOf('7 million'),
      end: target.indexOf('7 million') + '7 million'.length,
      sourceStart: source.indexOf('7 miliar'),
      sourceEnd: source.indexOf('7 miliar') + '7 miliar'.length,
    });
  });

  it('reports a number the translation left out, at its place in the source', () => {
    const source = seedSentence('002', 'peringkat 144 dari 180');
    const target = 'According to the World Press Freedom Index, Cambodia ranked 144th of 180 countries in 2020 (RSF).';
    const issues = checkNumbers(source, target);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ messageKey: 'qa.numberMissing', params: { value: '2020', expected: '2020' } });
    expect(source.slice(issues[0]?.sourceStart, issues[0]?.sourceEnd)).toBe('2020');
  });

  it('warns about a number the source does not have', () => {
    const issues = checkNumbers('Saat ini terdapat 40.000 hingga 70.000 perempuan.', 'There are currently 40,000 to 70,000 women in 5 provinces.');
    expect(issues.map((issue) => [issue.messageKey, issue.severity, issue.params])).toEqual([['qa.numberExtra', 'warning', { value: '5' }]]);
  });

  it('warns about Indonesian number writing left in the English text', () => {
    const source = seedSentence('001', '40.000 hingga 70.000');
    const issues = checkNumbers(source, 'There are currently 40.000 to 70.000 women and children in Indonesia alone.');
    expect(issues.map((issue) => [issue.messageKey, issue.params])).toEqual([
      ['qa.numberFormat', { value: '40.000', expected: '40,000' }],
      ['qa.numberFormat', { value: '70.000', expected: '70,000' }],
    ]);
    expect(keys('sekitar 43,5% korban', 'about 43,5% of victims')).toEqual(['qa.numberFormat']);
  });

  it('treats number words and digits alike in both languages', () => {
    expect(keys('sekitar dua juta orang', 'about 2 million people')).toEqual([]);
    expect(keys('sekitar 2 juta orang', 'about two million people')).toEqual([]);
    expect(keys('dua puluh lima korban', '25 victims')).toEqual([]);
    expect(keys('dua puluh lima korban', 'twenty-six victims')).toEqual(['qa.numberDifferent']);
  });

  it('leaves out orders of magnitude and the word for one', () => {
    expect(keys('ratusan ribu orang', 'hundreds of thousands of people')).toEqual([]);
    expect(keys('salah satu negara', 'one of the countries')).toEqual([]);
    expect(keys('Dalam satu menit ada 60 detik.', 'A minute has sixty seconds.')).toEqual([]);
  });

  it('accepts a percentage written with the word or the sign', () => {
    expect(keys('sekitar 17,7 persen masyarakat', 'about 17.7% of the public')).toEqual([]);
  });

  it('pairs repeated numbers one to one', () => {
    expect(keys('Tier 2 sejak 2016 dan Tier 2 Watch List pada 2019', 'Tier 2 since 2016 and the Watch List in 2019')).toEqual(['qa.numberMissing']);
  });

  it('finds nothing to report without numbers', () => {
    expect(checkNumbers('Perdagangan manusia adalah kejahatan.', 'Human trafficking is a crime.')).toEqual([]);
  });
});

describe('checkNumbers with a lone one', () => {
  it('accepts `1` rendered as one, a or an, and still catches another number', () => {
    expect(checkNumbers('hanya 1 orang yang dihukum', 'only one person was convicted')).toEqual([]);
    expect(checkNumbers('selama 1 tahun', 'for a year')).toEqual([]);
    expect(checkNumbers('selama 1 tahun', 'for 2 years').map((issue) => issue.messageKey)).toEqual(['qa.numberDifferent']);
  });
});

describe('checkNumbers with percentages', () => {
  it('reports a percentage rendered as a plain number', () => {
    expect(checkNumbers('22% dari korban', '22 of victims').map((issue) => issue.messageKey)).toEqual(['qa.numberDifferent']);
    expect(checkNumbers('22% dari korban', '22% of victims')).toEqual([]);
    expect(checkNumbers('43,5 persen', '43.5 percent')).toEqual([]);
  });
});
