import { describe, expect, it } from 'vitest';
import { formatLocaleNumber, formatStatisticValue } from '../../../lib/research/statistics/format-statistic-value';

describe('formatStatisticValue', () => {
  it('shows `1,2 juta` as 1,200,000 in English and 1.200.000 in Indonesian', () => {
    expect(formatStatisticValue({ value: 1_200_000, valueMax: null, kind: 'count' }, 'en')).toBe('1,200,000');
    expect(formatStatisticValue({ value: 1_200_000, valueMax: null, kind: 'count' }, 'id')).toBe('1.200.000');
  });

  it('joins a range with an en dash and keeps a percent sign and decimals', () => {
    expect(formatStatisticValue({ value: 40_000, valueMax: 70_000, kind: 'count' }, 'id')).toBe('40.000–70.000');
    expect(formatStatisticValue({ value: 43.5, valueMax: null, kind: 'percent' }, 'id')).toBe('43,5%');
    expect(formatStatisticValue({ value: 43.5, valueMax: null, kind: 'percent' }, 'en')).toBe('43.5%');
  });

  it('is empty without a value', () => {
    expect(formatStatisticValue({ value: null, valueMax: null, kind: 'count' }, 'en')).toBe('');
  });
});

describe('formatLocaleNumber', () => {
  it('keeps up to six decimals', () => {
    expect(formatLocaleNumber(16.8, 'id')).toBe('16,8');
    expect(formatLocaleNumber(0.125, 'en')).toBe('0.125');
  });
});
