import { describe, expect, it } from 'vitest';
import { checkNumbers } from '../../lib/translation/qa/check-numbers';
import { renderStatisticEnglish } from '../../lib/translation/render-statistic-english';
import gold from '../fixtures/statistics-gold.json';
import { seed } from '../corpus/seed-documents';

// [seed file prefix, the statistic exactly as it stands in the repaired seed, its English rendering]
const SEED_STATISTICS: Array<[string, string, string]> = [
  ['003', '1,2 juta anak', '1.2 million children'],
  ['001', 'sekitar dua juta orang', 'about two million people'],
  ['001', '40.000 hingga 70.000 perempuan dan anak', '40,000 to 70,000 women and children'],
  ['001', 'sekitar 40.000-70.000 anak', 'about 40,000-70,000 children'],
  ['001', 'sekitar 43,5% korban', 'about 43.5% of victims'],
  ['001', '$7 miliar per tahun', '$7 billion per year'],
  ['002', '16,8 korban per 1000 populasi', '16.8 victims per 1,000 population'],
  ['002', 'peringkat 144 dari 180 negara', 'ranked 144 of 180 countries'],
  ['002', 'antara 1.040 hingga 4.095 dolar Amerika Serikat', 'between 1,040 and 4,095 US dollars'],
  ['002', 'sekitar 17,7 persen masyarakat', 'about 17.7 percent of community members'],
  ['001', 'lebih dari 70 negara', 'more than 70 countries'],
  ['001', 'di bawah 18 tahun', 'under 18 years'],
  ['001', 'paling lama enam tahun', 'at most six years'],
  ['003', 'ratusan ribu orang', 'hundreds of thousands of people'],
  ['003', 'Kurang dari setengah', 'Less than half'],
  ['003', 'lebih dari 60 anak perusahaan', 'more than 60 subsidiaries'],
  ['003', '3.400 tanda tangan', '3,400 signatures'],
  ['003', '3000 tanda tangan', '3,000 signatures'],
  ['003', 'satu jam setengah', 'one hour and a half'],
  ['003', 'sebelas negara', 'eleven countries'],
  ['003', '12 LSM', '12 NGOs'],
  ['002', 'empat forum karier', 'four career forums'],
  ['002', 'tiga tahun berturut-turut', 'three years in a row'],
  ['002', 'hampir dua kali lebih tinggi', 'almost two times higher'],
  ['002', 'urutan pertama', 'ranked first'],
  ['002', 'nomor satu', 'number one'],
  ['002', 'lima besar', 'top five'],
  ['002', 'paling rendah kesembilan', 'ninth lowest'],
  ['001', 'terbesar ketiga', 'third largest'],
  ['002', 'Tier 2 Watch List', 'Tier 2 Watch List'],
  ['004', '195 korban perdagangan manusia di tahun 2011', '195 trafficking victims in 2011'],
];

describe('renderStatisticEnglish', () => {
  it.each(SEED_STATISTICS)('renders %s seed `%s` as `%s`', (prefix, phrase, english) => {
    expect(seed(prefix).doc.text.includes(phrase), `${phrase} in seed ${prefix}`).toBe(true);
    expect(renderStatisticEnglish(phrase)).toBe(english);
  });

  // The forms the issue and the guidelines name.
  it.each([
    ['1,2 juta', '1.2 million'],
    ['16,8', '16.8'],
    ['40.000', '40,000'],
    ['40.000 hingga 70.000', '40,000 to 70,000'],
    ['43,5%', '43.5%'],
    ['$7 miliar', '$7 billion'],
    ['hampir 1 juta korban', 'almost 1 million victims'],
    ['setidaknya 1 anak', 'at least 1 child'],
    ['kurang dari 10 kasus', 'less than 10 cases'],
    ['satu setengah juta orang', 'one and a half million people'],
    ['1 dari 5 anak', '1 in 5 children'],
    ['peringkat ke-3', 'ranked 3rd'],
  ])('renders `%s` as `%s`', (phrase, english) => {
    expect(renderStatisticEnglish(phrase)).toBe(english);
  });

  it('writes rupiah before the amount as IDR, the ISO code the statistic stores', () => {
    expect(renderStatisticEnglish('Rp 5 juta')).toBe('IDR 5 million');
    expect(renderStatisticEnglish('Rp. 5.000')).toBe('IDR 5,000');
    expect(renderStatisticEnglish('Rp5.000')).toBe('IDR 5,000');
  });

  it('names a currency written after the amount in English', () => {
    expect(renderStatisticEnglish('5 juta rupiah')).toBe('5 million rupiah');
    expect(renderStatisticEnglish('30.000 dolar Amerika Serikat')).toBe('30,000 US dollars');
  });

  it('keeps the decimals as written and a year as written', () => {
    expect(renderStatisticEnglish('43,50%')).toBe('43.50%');
    expect(renderStatisticEnglish('pada tahun 2007')).toBe('in 2007');
    expect(renderStatisticEnglish('2000 orang')).toBe('2,000 people');
  });

  it('keeps the words an author chose, and a number echoed in brackets', () => {
    expect(renderStatisticEnglish('3 (tiga) orang')).toBe('3 (three) people');
  });

  it('keeps a figure whose separators are ambiguous as written', () => {
    // Tatoeba: `Populasi kota ini adalah sekitar 100,000 jiwa.`
    expect(renderStatisticEnglish('sekitar 100,000 jiwa')).toBe('about 100,000 people');
  });

  it('keeps words it does not know for the translator to see', () => {
    expect(renderStatisticEnglish('100 tuk-tuk drivers')).toBe('100 tuk-tuk drivers');
  });

  it('returns null for a phrase without a number', () => {
    expect(renderStatisticEnglish('perdagangan manusia')).toBeNull();
    expect(renderStatisticEnglish('')).toBeNull();
  });

  it('keeps the value of every statistic of the gold set', () => {
    const quotes = [...new Set((gold as Array<{ quote: string }>).map((entry) => entry.quote))];
    expect(quotes.length).toBeGreaterThan(90);
    for (const quote of quotes) {
      const english = renderStatisticEnglish(quote);
      expect(english, quote).not.toBeNull();
      expect(checkNumbers(quote, english ?? ''), `${quote} → ${english}`).toEqual([]);
    }
  });
});
