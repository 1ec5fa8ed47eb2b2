import { describe, expect, it } from 'vitest';
import { parseStatistic, type ParsedStatistic } from '../../../lib/annotations/statistics';
import { seed } from '../../corpus/seed-documents';

// [seed file prefix, the phrase exactly as it stands in the repaired seed, what it pre-fills]
const SEED_PHRASES: Array<[string, string, ParsedStatistic]> = [
  // comma decimals, dot thousands, scale words, number words
  ['003', '1,2 juta anak', { kind: 'count', value: 1_200_000, unit: 'anak' }],
  ['001', 'sekitar dua juta orang', { kind: 'count', value: 2_000_000, unit: 'orang', qualifier: 'approximately' }],
  ['001', '100.000 anak-anak dan perempuan', { kind: 'count', value: 100_000, unit: 'anak-anak dan perempuan' }],
  ['002', '5.688 siswa', { kind: 'count', value: 5688, unit: 'siswa' }],
  ['003', 'sebelas negara', { kind: 'count', value: 11, unit: 'negara' }],
  ['003', 'ratusan ribu orang', { kind: 'count', value: 100_000, unit: 'orang', qualifier: 'at_least' }],
  ['003', '3.400 tanda tangan', { kind: 'count', value: 3400, unit: 'tanda tangan' }],
  ['003', 'lebih dari 60 anak perusahaan', { kind: 'count', value: 60, unit: 'anak perusahaan', qualifier: 'more_than' }],
  // percentages
  ['003', '22%', { kind: 'percent', value: 22 }],
  ['001', 'sekitar 43,5% korban', { kind: 'percent', value: 43.5, unit: 'korban', qualifier: 'approximately' }],
  ['002', 'sekitar 17,7 persen masyarakat', { kind: 'percent', value: 17.7, unit: 'masyarakat', qualifier: 'approximately' }],
  ['002', 'mencapai 25 persen', { kind: 'percent', value: 25 }],
  ['003', 'Kurang dari setengah', { kind: 'percent', value: 50, qualifier: 'less_than' }],
  // ranges
  ['001', '40.000 hingga 70.000 perempuan dan anak', { kind: 'count', value: 40_000, value_max: 70_000, unit: 'perempuan dan anak' }],
  ['001', 'sekitar 40.000-70.000 anak', { kind: 'count', value: 40_000, value_max: 70_000, unit: 'anak', qualifier: 'approximately' }],
  ['003', '12 hingga 17 tahun', { kind: 'count', value: 12, value_max: 17, unit: 'tahun' }],
  // rates
  ['002', '16,8 korban per 1000 populasi', { kind: 'rate', value: 16.8, unit: 'korban', per: 1000 }],
  // money
  ['001', '$7 miliar per tahun', { kind: 'money', value: 7_000_000_000, currency: 'USD' }],
  ['002', '30.000 dolar Amerika Serikat', { kind: 'money', value: 30_000, currency: 'USD' }],
  ['002', 'antara 1.040 hingga 4.095 dolar Amerika Serikat', { kind: 'money', value: 1040, value_max: 4095, currency: 'USD' }],
  ['003', '500$-1.500$ USD', { kind: 'money', value: 500, value_max: 1500, currency: 'USD' }],
  // ranks
  ['002', 'peringkat 144 dari 180 negara', { kind: 'rank', value: 144, out_of: 180, unit: 'negara' }],
  ['004', 'peringkat kedua', { kind: 'rank', value: 2 }],
  ['002', 'urutan pertama', { kind: 'rank', value: 1 }],
  ['001', 'terbesar ketiga', { kind: 'rank', value: 3 }],
  ['002', 'paling rendah kesembilan', { kind: 'rank', value: 9 }],
  ['002', 'nomor satu', { kind: 'rank', value: 1 }],
  ['002', 'Tier 2 Watch List', { kind: 'rank', value: 2 }],
  ['002', 'lima besar', { kind: 'rank', value: 5, qualifier: 'at_most' }],
  // qualifiers, durations, ratios
  ['001', 'lebih dari 70 negara', { kind: 'count', value: 70, unit: 'negara', qualifier: 'more_than' }],
  ['002', 'lebih dari tiga dekade', { kind: 'count', value: 3, unit: 'dekade', qualifier: 'more_than' }],
  ['001', 'di bawah 18 tahun', { kind: 'count', value: 18, unit: 'tahun', qualifier: 'less_than' }],
  ['001', 'paling lama enam tahun', { kind: 'count', value: 6, unit: 'tahun', qualifier: 'at_most' }],
  ['002', 'sebanyak 18 sekolah', { kind: 'count', value: 18, unit: 'sekolah' }],
  ['003', 'satu jam setengah', { kind: 'count', value: 1.5, unit: 'jam' }],
  ['002', 'tiga tahun berturut-turut', { kind: 'count', value: 3, unit: 'tahun' }],
  ['002', 'hampir dua kali lebih tinggi', { kind: 'index', value: 2, qualifier: 'almost' }],
  ['004', '195 korban perdagangan manusia di tahun 2011', { kind: 'count', value: 195, unit: 'korban', reference_year: 2011 }],
];

describe('parseStatistic', () => {
  it.each(SEED_PHRASES)('pre-fills %s seed `%s`', (prefix, phrase, expected) => {
    expect(seed(prefix).doc.text.includes(phrase), `${phrase} in seed ${prefix}`).toBe(true);
    expect(parseStatistic(phrase)).toEqual(expected);
  });

  // Forms the issue names that the seeds do not contain.
  it.each<[string, ParsedStatistic]>([
    ['Rp 5 juta', { kind: 'money', value: 5_000_000, currency: 'IDR' }],
    ['Rp. 2,5 triliun', { kind: 'money', value: 2_500_000_000_000, currency: 'IDR' }],
    ['US$150 miliar', { kind: 'money', value: 150_000_000_000, currency: 'USD' }],
    ['tiga puluh korban', { kind: 'count', value: 30, unit: 'korban' }],
    ['setidaknya 300 anak', { kind: 'count', value: 300, unit: 'anak', qualifier: 'at_least' }],
    ['antara 200 dan 300 orang', { kind: 'count', value: 200, value_max: 300, unit: 'orang' }],
    ['5 sampai 10 tahun', { kind: 'count', value: 5, value_max: 10, unit: 'tahun' }],
    ['urutan ke-5 dari 10 negara', { kind: 'rank', value: 5, out_of: 10, unit: 'negara' }],
    ['ribuan korban', { kind: 'count', value: 1000, unit: 'korban', qualifier: 'at_least' }],
    ['1 dari 5 anak', { kind: 'rate', value: 1, per: 5, unit: 'anak' }],
    ['skor 24 dari 100', { kind: 'index', value: 24, out_of: 100 }],
    ['dua kali lipat', { kind: 'index', value: 2 }],
    ['1,2 juta', { kind: 'count', value: 1_200_000 }],
    ['antara 20%-30% korban', { kind: 'percent', value: 20, value_max: 30, unit: 'korban' }],
    ['5 (lima) tahun', { kind: 'count', value: 5, unit: 'tahun' }],
    ['Rp 200.000.000 (dua ratus juta rupiah)', { kind: 'money', value: 200_000_000, currency: 'IDR' }],
    ['kerja sama antara 2 negara', { kind: 'count', value: 2, unit: 'negara' }],
    ['dua negara atau lebih', { kind: 'count', value: 2, unit: 'negara', qualifier: 'at_least' }],
  ])('pre-fills `%s`', (phrase, expected) => {
    expect(parseStatistic(phrase)).toEqual(expected);
  });

  it('reads number words with a scale word even without a unit', () => {
    expect(parseStatistic('dua juta')).toEqual({ kind: 'count', value: 2_000_000 });
    expect(parseStatistic('lima ratus ribu')).toEqual({ kind: 'count', value: 500_000 });
    expect(parseStatistic('dua')).toBeNull();
  });

  it('reads English phrases by their language', () => {
    expect(parseStatistic('1.2 million children')).toEqual({ kind: 'count', value: 1_200_000, unit: 'children' });
    expect(parseStatistic('more than 70 countries')).toEqual({ kind: 'count', value: 70, unit: 'countries', qualifier: 'more_than' });
    expect(parseStatistic('about 40,000 to 70,000 children')).toEqual({
      kind: 'count', value: 40_000, value_max: 70_000, unit: 'children', qualifier: 'approximately',
    });
  });

  it('returns null for a span that holds no statistic', () => {
    for (const phrase of ['pada tahun 2007', 'Pasal 65', 'UU No. 21 Tahun 2007', '10 Desember 1948', 'salah satu', 'kedua belah pihak', '']) {
      expect(parseStatistic(phrase)).toBeNull();
    }
  });
});
