import { describe, expect, it } from 'vitest';
import { parseDigits, parseIndonesianNumber } from '../../../lib/annotations/statistics';
import { seed } from '../../corpus/seed-documents';

// [seed file prefix, number as it stands in the repaired seed, value]
const SEED_NUMBERS: Array<[string, string, number]> = [
  ['003', '1,2 juta', 1_200_000],
  ['001', '40.000', 40_000],
  ['001', '43,5', 43.5],
  ['002', '16,8', 16.8],
  ['002', '1000', 1000],
  ['002', '1.490', 1490],
  ['003', '10.762', 10_762],
  ['001', '7 miliar', 7_000_000_000],
  ['001', 'dua juta', 2_000_000],
  ['003', 'sebelas', 11],
  ['003', 'ratusan ribu', 100_000],
  ['002', 'empat', 4],
];

describe('parseIndonesianNumber', () => {
  it.each(SEED_NUMBERS)('reads %s seed `%s` as %d', (prefix, written, value) => {
    expect(seed(prefix).doc.text.includes(written), `${written} in seed ${prefix}`).toBe(true);
    expect(parseIndonesianNumber(written)).toBe(value);
  });

  // Not in the seeds: the forms the issue names, in the spelling Indonesian texts use.
  it.each([
    ['tiga puluh', 30],
    ['tiga puluh lima', 35],
    ['dua belas', 12],
    ['seratus', 100],
    ['dua ratus lima puluh', 250],
    ['seribu', 1000],
    ['dua ribu lima ratus', 2500],
    ['2,5 triliun', 2_500_000_000_000],
    ['5 jt', 5_000_000],
    ['150 rb', 150_000],
    ['1.234.567', 1_234_567],
    ['1.5 juta', 1_500_000],
    ['setengah juta', 500_000],
    ['jutaan', 1_000_000],
  ])('reads `%s` as %d', (written, value) => {
    expect(parseIndonesianNumber(written)).toBe(value);
  });

  it('reads English numbers when told the passage is English', () => {
    expect(parseIndonesianNumber('1.2 million', { english: true })).toBe(1_200_000);
    expect(parseIndonesianNumber('1,200', { english: true })).toBe(1200);
    expect(parseIndonesianNumber('twenty five', { english: true })).toBe(25);
  });

  it('keeps the Indonesian reading of `1,200` by default', () => {
    expect(parseIndonesianNumber('1,200')).toBe(1.2);
  });

  it('returns null for what is not exactly one number', () => {
    expect(parseIndonesianNumber('')).toBeNull();
    expect(parseIndonesianNumber('juta')).toBeNull();
    expect(parseIndonesianNumber('4.1')).toBeNull();
    expect(parseIndonesianNumber('dua tiga')).toBeNull();
    expect(parseIndonesianNumber('195 korban')).toBeNull();
  });
});

describe('parseDigits', () => {
  it('reads dot thousands and comma decimals in Indonesian', () => {
    expect(parseDigits('40.000')).toBe(40_000);
    expect(parseDigits('43,5')).toBe(43.5);
    expect(parseDigits('1.040,25')).toBe(1040.25);
  });

  it('refuses section numbers and times, which are not Indonesian numbers', () => {
    expect(parseDigits('4.1')).toBeNull();
    expect(parseDigits('09.00')).toBeNull();
  });

  it('reads comma thousands and point decimals in English', () => {
    expect(parseDigits('1,200', true)).toBe(1200);
    expect(parseDigits('27.6', true)).toBe(27.6);
  });
});
