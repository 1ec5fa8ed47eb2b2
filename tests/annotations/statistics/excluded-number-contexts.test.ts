import { describe, expect, it } from 'vitest';
import { findStatisticCandidates } from '../../../lib/annotations/statistics';
import { candidatesOverlapping } from './seed-context';

// [seed file prefix, a phrase exactly as it stands in the repaired seed, why it is no statistic]
const NOT_STATISTICS: Array<[string, string, string]> = [
  ['002', 'meratifikasinya pada tahun 2007', 'a calendar year'],
  ['002', 'pada 10 Desember 1948', 'a date'],
  ['003', 'pada 20-22 November 2010', 'a range of days'],
  ['001', 'Eksploitasi Seksual Anak (2009-2014)', 'a range of years'],
  ['002', 'pada tahun 2019-2020', 'a school year'],
  ['002', 'Konstitusi Kamboja 1993', 'the year in a law title'],
  ['001', 'UU RI No 21 Tahun 2007', 'a law number'],
  ['001', 'UU No. 39/1999', 'a law number with its year'],
  ['001', 'Pasal 65', 'an article number'],
  ['001', 'Pasal 297', 'an article number'],
  ['002', 'Pasal 31 hingga Pasal 50', 'a range of articles'],
  ['001', 'pasal 3 (a)', 'an article and its letter'],
  ['001', 'Konvensi ILO No. 182', 'a convention number'],
  ['001', '182 ILO dan/atau', 'a convention number cut off at a sentence start'],
  ['001', '( Ikbar , 2014: 273)', 'a citation page'],
  ['001', '(UNICEF, 2004; 15)', 'a citation page after a semicolon'],
  ['001', '(2001:4)', 'a citation page without a space'],
  ['003', 'Hlm. 4', 'a page in a footnote'],
  ['003', 'Hlm.195-196', 'a page range in a footnote'],
  ['003', 'hlm.3', 'a page glued to its label'],
  ['003', 'files_mf/1452587540Database_Report_2011', 'a number inside a URL'],
  ['003', 'masyarakat dan negara. 4 Kampanye', 'a stray footnote marker at a sentence start'],
  ['000', '4.1 Kesimpulan', 'a section number'],
  ['003', 'tabel 1.1', 'a table number'],
  ['002', 'Tabel 1 memperlihatkan', 'a table number in the text'],
  ['002', 'Gambar 2. Laporan', 'a figure number'],
  ['002', 'Edisi ke-20', 'an edition number'],
  ['001', '1) Mendukung', 'a list marker'],
  ['001', '1. Korban ditindas', 'a numbered list item'],
  ['003', 'jam 09.00 pagi hingga jam 16.00', 'times of day'],
  ['003', 'Tier 2 merupakan', 'a tier being defined'],
  ['001', 'Pertama, menurut', 'a discourse ordinal'],
  ['001', 'Kendala kedua', 'a discourse ordinal'],
  ['002', 'tahap ketiga', 'a stage of a theory'],
  ['001', 'salah satu NGO', 'an idiom'],
  ['001', 'kedua belah pihak', 'an idiom'],
  ['001', 'satu sama lain', 'an idiom'],
  ['002', 'dua teori', 'a count of parts of the paper'],
  ['002', 'tiga tahap', 'a count of parts of a theory'],
  ['001', 'empat faktor', 'a count of parts of a theory'],
  ['001', 'dua permasalahan utama', 'a count of parts of the paper'],
  ['001', 'dua aktor dalam penelitian ini', 'the design of the study'],
  ['003', 'tiga cara', 'a count of parts of a programme'],
  ['002', 'terdiri dari 20 pasal', 'a count of articles of a law'],
  ['004', 'setiap dua tahun sekali', 'a frequency'],
  ['002', 'Dua INGOs ini', 'named organisations referred to'],
  ['003', 'Dua Motivator Muda', 'a role name'],
];

describe('findStatisticCandidates', () => {
  it.each(NOT_STATISTICS)('finds nothing in %s seed `%s` (%s)', (prefix, phrase) => {
    expect(candidatesOverlapping(prefix, phrase)).toEqual([]);
  });

  // Forms the seeds do not contain.
  it.each([
    ['2015-2020', 'a range of years'],
    ['Pasal 1 angka 1 UU PTPPO', 'a numbered point of an article'],
    ['Vol. 5 No. 2 (2019): 123-145', 'a journal volume, issue and pages'],
    ['ISSN 2541-6375', 'an identifier after a name'],
    ['COVID-19 dan G20', 'numbers glued to words'],
    ['perdagangan orang.15 Selain itu', 'a footnote marker after a full stop'],
    ['di Batam,16 Bali17 dan Medan', 'footnote markers glued to words'],
    ['abad ke-19', 'an ordinal'],
    ['dalam lima tahun terakhir', 'a frame in time'],
    ['komunikasi dua arah', 'an idiom'],
    ['pukul 10.00 WIB', 'a time of day'],
    ['Article 3 of the Palermo Protocol, p. 45', 'an article and a page in English'],
  ])('finds nothing in `%s` (%s)', (text) => {
    expect(findStatisticCandidates(text)).toEqual([]);
  });
});
