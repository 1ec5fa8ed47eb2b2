import { describe, expect, it } from 'vitest';
import { checkQuotes } from '../../../lib/translation/qa/check-quotes';
import pairs from '../../fixtures/translation-pairs.json';

describe('checkQuotes', () => {
  it('accepts the quotes of the Tatoeba pairs', () => {
    for (const pair of pairs.pairs) expect(checkQuotes(pair.id, pair.en), pair.en).toEqual([]);
  });

  it('points at a straight quote left without a partner', () => {
    const source = '"Berapa umurmu?" "Aku 16 tahun."';
    const target = '"How old are you?" "I\'m 16 years old.';
    expect(checkQuotes(source, target)).toEqual([
      { check: 'quotes', severity: 'warning', messageKey: 'qa.unbalancedQuote', params: { mark: '"' }, start: 19, end: 20 },
    ]);
  });

  it('accepts curly quotes for straight ones', () => {
    expect(checkQuotes('"Berapa umurmu?"', '“How old are you?”')).toEqual([]);
  });

  it('points at curly quotes in the wrong order', () => {
    const issues = checkQuotes('"Berapa umurmu?"', '”How old are you?“');
    expect(issues.map((issue) => [issue.params['mark'], issue.start])).toEqual([
      ['”', 0],
      ['“', 17],
    ]);
  });

  it('reads a lone ’ as an apostrophe and an unclosed ‘ as a problem', () => {
    expect(checkQuotes('Pemerintah Kamboja', 'Cambodia’s government')).toEqual([]);
    expect(checkQuotes('istilah ‘tier’', 'the term ‘tier')).toHaveLength(1);
  });

  it('accepts a quotation the sentence splitter cut in both texts', () => {
    expect(checkQuotes('Ia berkata, "kami akan', 'She said, "we will')).toEqual([]);
  });
});
