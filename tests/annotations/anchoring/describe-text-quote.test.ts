import { describe, expect, it } from 'vitest';
import { describeTextQuote } from '../../../lib/annotations/anchoring/describe-text-quote';
import { DROP_CAP_TEXT } from './anchor-fixtures';

describe('describeTextQuote', () => {
  it('quotes the span with 32 code units of context on each side', () => {
    const start = DROP_CAP_TEXT.indexOf('child trafficking');
    expect(describeTextQuote(DROP_CAP_TEXT, start, start + 'child trafficking'.length)).toEqual({
      quote: 'child trafficking',
      prefix: 'rak\n\nalam setiap tahunnya kasus ',
      suffix: ' semakin banyak di Indonesia. Se',
    });
  });

  it('keeps shorter context at the ends of the text', () => {
    expect(describeTextQuote(DROP_CAP_TEXT, 0, 7)).toEqual({ quote: 'Abstrak', prefix: '', suffix: '\n\nalam setiap tahunnya kasus chi' });
    const end = DROP_CAP_TEXT.length;
    expect(describeTextQuote(DROP_CAP_TEXT, end - 12, end).suffix).toBe('');
  });

  it('takes the context length it is given', () => {
    expect(describeTextQuote('peringkat 144 dari 180 negara', 10, 13, 5)).toEqual({ quote: '144', prefix: 'gkat ', suffix: ' dari' });
  });

  it('does not split a surrogate pair at the edge of the context', () => {
    const text = '𝑥 = 43,5% anak';
    const start = text.indexOf('43,5%');
    // `𝑥` is two code units; a context of 4 would start between them.
    const { prefix, suffix } = describeTextQuote(text, start, start + 5, 4);
    expect(prefix).toBe(' = ');
    expect(describeTextQuote('anak 😊 x', 0, 4, 2).suffix).toBe(' ');
    expect(suffix).toBe(' ana');
  });

  it('throws a RangeError for a range outside the text', () => {
    expect(() => describeTextQuote('anak', 2, 9)).toThrow(RangeError);
    expect(() => describeTextQuote('anak', 3, 1)).toThrow(RangeError);
  });
});
