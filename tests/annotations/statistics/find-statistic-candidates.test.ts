import { describe, expect, it } from 'vitest';
import { findStatisticCandidates } from '../../../lib/annotations/statistics';
import { quotesInBlockWith } from './seed-context';

describe('findStatisticCandidates', () => {
  it('spans qualifier, number and unit word in a seed paragraph, leaving years and citations out', () => {
    expect(quotesInBlockWith('001', 'menghasilkan $7 miliar per tahun')).toEqual([
      'terbesar ketiga',
      '$7 miliar per tahun',
      'sekitar dua juta orang',
      '40.000 hingga 70.000 perempuan dan anak',
    ]);
  });

  it('finds percentages, ranges and ages with their qualifiers', () => {
    expect(quotesInBlockWith('001', 'sekitar 40.000-70.000 anak')).toEqual(['sekitar 40.000-70.000 anak', 'sekitar 43,5% korban', '14 tahun']);
    expect(quotesInBlockWith('001', '100.000 anak-anak dan perempuan')).toEqual(['100.000 anak-anak dan perempuan', 'sekitar 30%', 'di atas 18 tahun']);
  });

  it('reads every count of a programme report and leaves out `sebanyak` and `total`', () => {
    expect(quotesInBlockWith('002', 'sekitar 13.000 buklet')).toEqual([
      'sekitar 13.000 buklet', '18 sekolah', '5.688 siswa', 'empat forum', '1.748 orang', 'lebih dari 5.000 orang', '33 desa',
    ]);
  });

  it('finds money amounts and a money range with `antara`', () => {
    expect(quotesInBlockWith('002', '1.490 dolar Amerika Serikat')).toEqual(['sekitar 17,7 persen masyarakat', 'lima besar', '1.490 dolar Amerika Serikat']);
    expect(quotesInBlockWith('002', 'antara 1.040 hingga 4.095')).toEqual([
      'antara 1.040 hingga 4.095 dolar Amerika Serikat', 'paling rendah kesembilan', 'terendah kedua',
    ]);
  });

  it('finds the rate and the rank of the Global Slavery Index paragraph, not the table number', () => {
    expect(quotesInBlockWith('002', '16,8 korban per 1000 populasi')).toEqual(['urutan pertama', '16,8 korban per 1000 populasi']);
  });

  it('takes the reference year from the same sentence', () => {
    const [rank] = findStatisticCandidates('Kamboja berada pada peringkat 144 dari 180 negara pada tahun 2020 (RSF, 2020).');
    expect(rank?.attributes).toEqual({ kind: 'rank', value: 144, out_of: 180, unit: 'negara', reference_year: 2020 });
    const [count] = findStatisticCandidates('Pada tahun 2020, Bank Dunia mencatat sebesar 1.490 dolar Amerika Serikat.');
    expect(count?.attributes.reference_year).toBe(2020);
  });

  it('does not take the year of a law as the reference year', () => {
    const [count] = findStatisticCandidates('Menurut UU No. 21 Tahun 2007, korban mencapai 5.000 orang.');
    expect(count?.quote).toBe('5.000 orang');
    expect(count?.attributes.reference_year).toBeUndefined();
  });

  it('reads a table row by row: the row number is a list marker, the last cell a count', () => {
    expect(quotesInBlockWith('003', 'No Continent Countries')).toEqual(['15', '16', '12', '25', '4', '5']);
  });

  it('finds TIP tiers where a country is placed, not where a tier is defined', () => {
    expect(quotesInBlockWith('002', 'Tier 2 Watch List')).toEqual(['Tier 2', 'Tier 2 Watch List', 'tiga tahun berturut-turut']);
    expect(quotesInBlockWith('003', 'level tier 2')).toEqual(['tier 2']);
  });

  it('reads English passages with English number format and qualifiers', () => {
    const text = 'The ILO estimates that 27.6 million people were in forced labour in 2021; over 1,200 victims came from more than 70 countries.';
    expect(findStatisticCandidates(text).map((candidate) => [candidate.quote, candidate.attributes.value])).toEqual([
      ['27.6 million people', 27_600_000],
      ['over 1,200 victims', 1200],
      ['more than 70 countries', 70],
    ]);
  });

  it('keeps Indonesian reading of a comma in an Indonesian sentence next to an English one', () => {
    const text = 'This study uses a qualitative method. Sekitar 43,5% korban masih berusia 14 tahun.';
    expect(findStatisticCandidates(text)[0]?.attributes.value).toBe(43.5);
  });

  it('returns offsets into the text it was given', () => {
    const text = 'Lebih dari 400 remaja berbaris dalam parade.';
    const [candidate] = findStatisticCandidates(text);
    expect(candidate && text.slice(candidate.start, candidate.end)).toBe('Lebih dari 400 remaja');
  });

  it('returns nothing for a text without numbers', () => {
    expect(findStatisticCandidates('')).toEqual([]);
    expect(findStatisticCandidates('Kamboja dianggap sebagai negara paling korup.')).toEqual([]);
  });
});
