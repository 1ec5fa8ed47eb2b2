import { describe, expect, it } from 'vitest';
import { checkSpaces } from '../../../lib/translation/qa/check-spaces';

describe('checkSpaces', () => {
  it('accepts a clean target', () => {
    expect(checkSpaces('The police are after you.')).toEqual([]);
  });

  it('points at double spaces inside the text', () => {
    const target = 'about  43.5% of\u00a0 victims';
    expect(checkSpaces(target).map((issue) => [issue.messageKey, issue.start, issue.end])).toEqual([
      ['qa.doubleSpace', 5, 7],
      ['qa.doubleSpace', 15, 17],
    ]);
  });

  it('points at leading and trailing whitespace, not as double spaces', () => {
    const target = '  The police are after you.  ';
    expect(checkSpaces(target).map((issue) => [issue.messageKey, issue.start, issue.end])).toEqual([
      ['qa.leadingSpace', 0, 2],
      ['qa.trailingSpace', 27, 29],
    ]);
  });

  it('leaves a blank target to the untranslated check', () => {
    expect(checkSpaces('   ')).toEqual([]);
  });
});
