import { describe, expect, it } from 'vitest';
import { checkUntranslated } from '../../../lib/translation/qa/check-untranslated';

describe('checkUntranslated', () => {
  it('reports an empty or blank target', () => {
    for (const target of ['', '   ', '\n']) {
      expect(checkUntranslated('Polisi itu mengejarmu.', target)).toEqual([
        { check: 'untranslated', severity: 'error', messageKey: 'qa.untranslated', params: {} },
      ]);
    }
  });

  it('accepts a translated unit and an empty source', () => {
    expect(checkUntranslated('Polisi itu mengejarmu.', 'The police are after you.')).toEqual([]);
    expect(checkUntranslated('', '')).toEqual([]);
  });
});
