import { describe, expect, it } from 'vitest';
import { checkBrackets } from '../../../lib/translation/qa/check-brackets';
import { seedSentence } from '../seed-sentences';

describe('checkBrackets', () => {
  it('accepts balanced brackets in the translation of a seed sentence', () => {
    const source = seedSentence('004', '195 korban');
    const target = 'Data from the International Organization for Migration (IOM) show that Laos ranks second.';
    expect(checkBrackets(source, target)).toEqual([]);
  });

  it('points at a bracket the translation left open', () => {
    const source = seedSentence('002', 'peringkat 144 dari 180');
    const target = 'Cambodia ranked 144th of 180 countries in 2020 (RSF, 2020.';
    expect(checkBrackets(source, target)).toEqual([
      {
        check: 'brackets',
        severity: 'warning',
        messageKey: 'qa.unbalancedBracket',
        params: { bracket: '(', partner: ')' },
        start: target.indexOf('('),
        end: target.indexOf('(') + 1,
      },
    ]);
  });

  it('points at a closing bracket never opened, of each kind', () => {
    const issues = checkBrackets('a (b) [c] {d}', 'a b) c] {d}}');
    expect(issues.map((issue) => [issue.params['bracket'], issue.start])).toEqual([
      [')', 3],
      [']', 6],
      ['}', 11],
    ]);
  });

  it('accepts a target unbalanced as its source is (a bracket cut by the sentence splitter)', () => {
    expect(checkBrackets('Menurut laporan (UNODC, 2020', 'According to the report (UNODC, 2020')).toEqual([]);
  });
});
