import { describe, expect, it } from 'vitest';
import { buildWordFrequencies, keepsEndOfLineHyphen, MapWordFrequencies, repairDocument } from '../../lib/corpus';
import { blockStartingWith, seed } from './seed-documents';

const none = new MapWordFrequencies(new Map());

describe('keepsEndOfLineHyphen', () => {
  it('keeps the hyphen in reduplicated words', () => {
    expect(keepsEndOfLineHyphen('negara', 'negara', none)).toBe(true);
    expect(keepsEndOfLineHyphen('Bangsa', 'Bangsa', none)).toBe(true);
    expect(keepsEndOfLineHyphen('target', 'targetnya', none)).toBe(true);
    expect(keepsEndOfLineHyphen('Anggota', 'anggotanya', none)).toBe(true);
    expect(keepsEndOfLineHyphen('laki', 'laki', none)).toBe(true);
  });

  it('keeps the hyphen when the hyphenated form is used in-line', () => {
    const counts = new MapWordFrequencies(new Map([['state-controlled', 2], ['non-governmental', 1]]));
    expect(keepsEndOfLineHyphen('state', 'controlled', counts)).toBe(true);
    expect(keepsEndOfLineHyphen('non', 'governmental', counts)).toBe(true);
  });

  it('keeps the hyphen when neither form is attested', () => {
    expect(keepsEndOfLineHyphen('terus', 'menerus', none)).toBe(true);
    expect(keepsEndOfLineHyphen('Risse', 'Kappen', none)).toBe(true);
  });

  it('drops the hyphen when only the joined word is attested', () => {
    expect(keepsEndOfLineHyphen('memper', 'hatikan', new MapWordFrequencies(new Map([['memperhatikan', 3]])))).toBe(false);
  });
});

describe('repairDocument line joins', () => {
  it('keeps `program-` + `program` and `negara-` + `negara` together with their hyphen', () => {
    expect(seed('000').doc.text).toContain('berbagai project atau program-program yang berkaitan');
    expect(seed('001').doc.text).toContain('Protokol Palermo tentang Perdagangan Orang, negara-negara harus mengikuti');
    expect(seed('001').doc.text).toContain('Melengkapi Konvensi Perserikatan Bangsa-Bangsa Melawan');
    expect(seed('001').doc.text).toContain('Sementara di kalangan anak laki-laki ada yang mengaku');
  });

  it('keeps compound hyphens the corpus uses in-line', () => {
    expect(seed('002').doc.text).toContain('berjenis state-controlled atau struktur domestik');
    expect(seed('002').doc.text).toContain('two international non-governmental organizations');
    expect(seed('002').doc.text).toContain('Konstitusi Kamboja 1993 terus-menerus ditekan');
    expect(seed('002').doc.text).toContain('tekanan terhadap target-targetnya hingga');
  });

  it('keeps a spaced dash between words with its spaces', () => {
    // 003: `mensosialisasikan nya ke sekolah - ` / `sekolah, tempat penampungan dan `
    expect(seed('003').doc.text).toContain('ke sekolah - sekolah, tempat penampungan');
  });

  it('removes a word-break hyphen the corpus contradicts, mapping the word to both raw halves', () => {
    // A seed line (002) broken inside `memperhatikan`, with frequencies that know the joined word.
    const raw =
      'lakukan dengan harapan supaya Kamboja mampu untuk lebih memahami dan memper-\n\nhatikan urgensi kasus-kasus perdagangan orang di negaranya. ';
    const wordFrequencies = buildWordFrequencies([raw, 'Kamboja perlu memperhatikan isu ini.']);
    const doc = repairDocument(raw, { wordFrequencies });
    expect(doc.text).toBe(
      'lakukan dengan harapan supaya Kamboja mampu untuk lebih memahami dan memperhatikan urgensi kasus-kasus perdagangan orang di negaranya.',
    );
    const at = doc.text.indexOf('memperhatikan');
    const runs = doc.provenance.filter((run) => run.start < at + 13 && run.end > at);
    expect(runs.every((run) => run.kind === 'copy')).toBe(true);
    expect(raw.slice(runs[0]?.rawStart, runs[runs.length - 1]?.rawEnd)).toContain('memper-\n\nhatikan');
  });

  it('joins a URL broken after a hyphen without a space', () => {
    expect(blockStartingWith(seed('003'), 'YPP Peer Support Programme Guidelines').text).toContain(
      'http://www.ecpat.org/wp-content/uploads/legacy/YPP%20Peer%20Support%20Programme%20Guideline_ENG.pdf. Diakses',
    );
  });
});
