import { describe, expect, it } from 'vitest';
import { formatEnglishNumber } from '../../lib/translation/format-english-number';
import { spellEnglishNumber } from '../../lib/translation/english-number-words';

describe('formatEnglishNumber', () => {
  it.each([
    [40_000, '40,000'],
    [16.8, '16.8'],
    [1000, '1,000'],
    [1_200_000, '1,200,000'],
    [7_000_000_000, '7,000,000,000'],
    [43.5, '43.5'],
    [0.25, '0.25'],
    [999, '999'],
    [-1234.5, '-1,234.5'],
  ])('writes %s as %s', (value, expected) => {
    expect(formatEnglishNumber(value)).toBe(expected);
  });

  it('keeps the decimals a figure was written with', () => {
    expect(formatEnglishNumber(43.5, { fractionDigits: 2 })).toBe('43.50');
    expect(formatEnglishNumber(16.8, { fractionDigits: 0 })).toBe('17');
  });

  it('hides floating-point noise', () => {
    expect(formatEnglishNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatEnglishNumber(-0)).toBe('0');
  });

  it('throws a RangeError for a value that is not a number', () => {
    expect(() => formatEnglishNumber(Number.NaN)).toThrow(RangeError);
    expect(() => formatEnglishNumber(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => formatEnglishNumber(1, { fractionDigits: 1.5 })).toThrow(RangeError);
  });
});

describe('spellEnglishNumber', () => {
  it.each([
    [0, 'zero'],
    [11, 'eleven'],
    [25, 'twenty-five'],
    [105, 'one hundred five'],
    [2500, 'two thousand five hundred'],
    [2_000_000, 'two million'],
    [300_000, 'three hundred thousand'],
    [7_000_000_000, 'seven billion'],
  ])('spells %s as %s', (value, expected) => {
    expect(spellEnglishNumber(value)).toBe(expected);
  });

  it('refuses fractions, negative numbers and numbers too large to say', () => {
    expect(() => spellEnglishNumber(1.5)).toThrow(RangeError);
    expect(() => spellEnglishNumber(-2)).toThrow(RangeError);
    expect(() => spellEnglishNumber(1e15)).toThrow(RangeError);
  });
});
