import { describe, expect, it } from 'vitest';
import { extractNumbers, type ExtractedNumber } from '../../lib/translation/extract-numbers';
import { seed } from '../corpus/seed-documents';

/** `text=value` for each number, as a compact expectation. */
function values(numbers: ExtractedNumber[]): string[] {
  return numbers.map((number) => `${number.text}=${number.value}`);
}

function sentenceWith(prefix: string, phrase: string): string {
  const { doc } = seed(prefix);
  const sentence = doc.sentences.map((s) => doc.text.slice(s.start, s.end)).find((text) => text.includes(phrase));
  if (!sentence) throw new Error(`no sentence of seed ${prefix} holds ${phrase}`);
  return sentence;
}

describe('extractNumbers', () => {
  it('reads Indonesian digits, scale words and percentages in a seed sentence', () => {
    const sentence = sentenceWith('003', '1,2 juta anak');
    expect(values(extractNumbers(sentence, 'id'))).toEqual(['1,2 juta=1200000', '22%=22']);
  });

  it('reads a range, a rate and a rank in seed sentences', () => {
    expect(values(extractNumbers(sentenceWith('001', '40.000 hingga 70.000'), 'id'))).toEqual(['40.000=40000', '70.000=70000']);
    expect(values(extractNumbers(sentenceWith('002', '16,8 korban per 1000'), 'id'))).toEqual(['1=1', '16,8=16.8', '1000=1000']);
    expect(values(extractNumbers(sentenceWith('002', 'peringkat 144 dari 180'), 'id'))).toEqual([
      '144=144',
      '180=180',
      '2020=2020',
      '2020=2020',
    ]);
  });

  it('reads number words and money in a seed sentence', () => {
    const sentence = sentenceWith('001', '$7 miliar per tahun');
    expect(values(extractNumbers(sentence, 'id'))).toEqual(['7 miliar=7000000000', 'dua juta=2000000']);
  });

  it('reads the English writing of the same numbers', () => {
    const english = 'An estimated 1.2 million children are trafficked every year. 22% of victims; 40,000 to 70,000 women; 16.8 per 1,000.';
    expect(values(extractNumbers(english, 'en'))).toEqual([
      '1.2 million=1200000',
      '22%=22',
      '40,000=40000',
      '70,000=70000',
      '16.8=16.8',
      '1,000=1000',
    ]);
  });

  it('reads English number words, hyphenated ones included', () => {
    expect(values(extractNumbers('about two million people, twenty-five cases and a million more', 'en'))).toEqual([
      'two million=2000000',
      'twenty-five=25',
      'a million=1000000',
    ]);
  });

  it('reads Indonesian number words', () => {
    expect(values(extractNumbers('dua puluh lima orang dan sebelas negara', 'id'))).toEqual(['dua puluh lima=25', 'sebelas=11']);
  });

  it('marks percentages written with a sign or a word', () => {
    const numbers = extractNumbers('sekitar 17,7 persen masyarakat dan 43,5% korban', 'id');
    expect(numbers.map((number) => [number.text, number.value, number.percent])).toEqual([
      ['17,7 persen', 17.7, true],
      ['43,5%', 43.5, true],
    ]);
    expect(extractNumbers('50 per cent', 'en')[0]?.percent).toBe(true);
  });

  it('counts years, clock times and ordinals as numbers', () => {
    expect(values(extractNumbers('sejak tahun 2016, pukul 2:30, peringkat ke-3', 'id'))).toEqual(['2016=2016', '2:30=2.3', 'ke-3=3']);
    expect(values(extractNumbers('since 2016, at 2:30, ranked 3rd', 'en'))).toEqual(['2016=2016', '2:30=2.3', '3rd=3']);
  });

  it('gives a range the scale of its second end', () => {
    expect(values(extractNumbers('1-2 juta orang', 'id'))).toEqual(['1=1000000', '2 juta=2000000']);
    expect(values(extractNumbers('1 to 2 million people', 'en'))).toEqual(['1=1000000', '2 million=2000000']);
  });

  it('reads a number echoed in brackets as one number', () => {
    expect(values(extractNumbers('3 (tiga) orang', 'id'))).toEqual(['3 (tiga)=3']);
  });

  it('marks orders of magnitude as approximate', () => {
    const [number] = extractNumbers('ratusan ribu orang', 'id');
    expect(number).toMatchObject({ text: 'ratusan ribu', value: 100_000, approximate: true });
  });

  it('keeps the second reading of an ambiguous writing', () => {
    // Tatoeba: `Populasi kota ini adalah sekitar 100,000 jiwa.`
    expect(extractNumbers('sekitar 100,000 jiwa', 'id')[0]).toMatchObject({ value: 100, alternative: 100_000 });
    expect(extractNumbers('She has 2.000 books.', 'en')[0]).toMatchObject({ value: 2, alternative: 2000, foreignFormat: false });
  });

  it('marks Indonesian writing left in English text', () => {
    const numbers = extractNumbers('16,8 victims and 40.000.000 dollars', 'en');
    expect(numbers.map((number) => [number.value, number.foreignFormat])).toEqual([
      [16.8, true],
      [40_000_000, true],
    ]);
  });

  it('reads an English sentence inside Indonesian text the English way', () => {
    const abstract = 'The study found that 1.5 of every 1,000 workers were trafficked.';
    expect(values(extractNumbers(abstract, 'id'))).toEqual(['1.5=1.5', '1,000=1000']);
  });

  it('reads each group of digits that is no one number', () => {
    expect(values(extractNumbers('Hubungi 1-800-828-6322 atau lihat 1.2.3', 'id'))).toEqual([
      '1=1',
      '800=800',
      '828=828',
      '6322=6322',
      '1=1',
      '2=2',
      '3=3',
    ]);
  });

  it('gives offsets into the text', () => {
    const text = 'Saat ini terdapat 40.000 hingga 70.000 perempuan dan anak di Indonesia saja.';
    for (const number of extractNumbers(text, 'id')) expect(text.slice(number.start, number.end)).toBe(number.text);
  });

  it('finds nothing in a sentence without numbers', () => {
    expect(extractNumbers('Perdagangan manusia adalah kejahatan.', 'id')).toEqual([]);
  });
});
