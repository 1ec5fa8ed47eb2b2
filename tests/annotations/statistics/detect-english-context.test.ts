import { describe, expect, it } from 'vitest';
import { isEnglishContext } from '../../../lib/annotations/statistics';
import { blockWith } from './seed-context';

describe('isEnglishContext', () => {
  it('reads the English abstract of a seed as English', () => {
    const abstract = blockWith('002', 'Cambodia as a country with a low human development index');
    expect(isEnglishContext(abstract, abstract.indexOf('two international'))).toBe(true);
  });

  it('reads an Indonesian seed sentence as Indonesian', () => {
    const paragraph = blockWith('001', 'sekitar 43,5% korban');
    expect(isEnglishContext(paragraph, paragraph.indexOf('43,5'))).toBe(false);
  });

  it('judges the sentence around the offset, not the whole text', () => {
    const text = 'This study uses a qualitative method. Sekitar 43,5% korban masih berusia 14 tahun dan anak.';
    expect(isEnglishContext(text, text.indexOf('qualitative'))).toBe(true);
    expect(isEnglishContext(text, text.indexOf('43,5'))).toBe(false);
  });

  it('takes a short English clause with a number as English', () => {
    const text = 'ECPAT is present in more than 70 countries.';
    expect(isEnglishContext(text, text.indexOf('70'))).toBe(true);
  });

  it('takes text without evidence as Indonesian', () => {
    expect(isEnglishContext('195', 0)).toBe(false);
  });

  it('throws on an offset outside the text', () => {
    expect(() => isEnglishContext('abc', 4)).toThrow(RangeError);
  });
});
