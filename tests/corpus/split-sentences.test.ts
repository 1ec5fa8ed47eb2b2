import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../lib/corpus';

function sentencesOf(text: string): string[] {
  return splitSentences(text, 0, text.length).map((range) => text.slice(range.start, range.end));
}

describe('splitSentences', () => {
  it('splits ordinary Indonesian sentences and trims them', () => {
    expect(sentencesOf(' Kamboja dianggap sebagai negara paling korup. Tingkat korupsi tinggi.  ')).toEqual([
      'Kamboja dianggap sebagai negara paling korup.',
      'Tingkat korupsi tinggi.',
    ]);
  });

  it('does not end a sentence after `No.` in `UU No. 21` or `Konvensi ILO No. 182`', () => {
    expect(sentencesOf('Hal ini diatur dalam UU No. 21 Tahun 2007. Konvensi ILO No. 182 berdampak positif.')).toEqual([
      'Hal ini diatur dalam UU No. 21 Tahun 2007.',
      'Konvensi ILO No. 182 berdampak positif.',
    ]);
  });

  it('does not end a sentence after initials', () => {
    const text = 'Menurut Robert O. Keohane dan Robert Axelrod bahwa kesuksesan sebuah kolaborasi tergantung. (B. Crossette , 2000). T. May Rudy menyatakan secara terperinci.';
    expect(sentencesOf(text)).toEqual([
      'Menurut Robert O. Keohane dan Robert Axelrod bahwa kesuksesan sebuah kolaborasi tergantung.',
      '(B. Crossette , 2000).',
      'T. May Rudy menyatakan secara terperinci.',
    ]);
  });

  it('does not end a sentence after `hlm.`, `dkk.`, `Dr.`, `Prof.`, `Ost.` or `et al.`', () => {
    expect(sentencesOf('Lihat Hlm. 4 dan hlm. 5 (Miles dkk. 2014) oleh Dr. Hun dan Prof. Sen di Ost. Indie, Burchill et al. Theories.')).toHaveLength(1);
  });

  it('keeps a dot inside a citation parenthesis in its sentence', () => {
    // 001: `... tujuan akhir yang sama (Broussard, Caroline. 2003). Di Indonesia, ECPAT ...`
    expect(sentencesOf('memiliki tujuan akhir yang sama (Broussard, Caroline. 2003). Di Indonesia, ECPAT melakukan kegiatan.')).toEqual([
      'memiliki tujuan akhir yang sama (Broussard, Caroline. 2003).',
      'Di Indonesia, ECPAT melakukan kegiatan.',
    ]);
  });

  it('keeps decimal commas and `Pasal 3 (a)` inside their sentence', () => {
    expect(sentencesOf('Sekitar 43,5% korban masih berusia 14 tahun. Trafficking menurut pasal 3 (a) Protokol didefinisikan.')).toEqual([
      'Sekitar 43,5% korban masih berusia 14 tahun.',
      'Trafficking menurut pasal 3 (a) Protokol didefinisikan.',
    ]);
  });

  it('keeps a list label at the start of a block with its item', () => {
    expect(sentencesOf('a. Hukum Perdata Menurut Pasal 297, tindak pidana diancam.')).toEqual([
      'a. Hukum Perdata Menurut Pasal 297, tindak pidana diancam.',
    ]);
  });

  it('returns absolute offsets within the given range', () => {
    const text = 'Judul\n\nKalimat satu. Kalimat dua.';
    const start = text.indexOf('Kalimat');
    expect(splitSentences(text, start, text.length)).toEqual([
      { start, end: start + 'Kalimat satu.'.length },
      { start: start + 'Kalimat satu. '.length, end: text.length },
    ]);
  });
});
