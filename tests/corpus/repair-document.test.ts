import { describe, expect, it } from 'vitest';
import { buildWordFrequencies, findProvenanceViolation, repairDocument } from '../../lib/corpus';
import { blockStartingWith, blockTexts, seed } from './seed-documents';

describe('repairDocument', () => {
  describe('paragraphs', () => {
    it('joins double-spaced wrapped lines into one paragraph with single spaces', () => {
      // 000: `Dari hasil penelitian ... bahwa ` / `` / `perdagangan seks anak di Kamboja ...`
      const block = blockStartingWith(seed('000'), 'Dari hasil penelitian');
      expect(block.kind).toBe('paragraph');
      expect(block.text).toBe(
        'Dari hasil penelitian yang dilakukan, dapat diperoleh kesimpulan bahwa perdagangan seks anak di ' +
          'Kamboja masih berkembang meskipun sudah ada upaya dari Pemerintah Kamboja dan ECPAT. Hal ini ' +
          'dikarenakan adanya faktor eksternal yang menghambat kinerja ECPAT dalam menangani perdagangan seks ' +
          'anak di Kamboja, yaitu tingkat korupsi yang terbilang tinggi di negara tersebut.',
      );
    });

    it('joins single-spaced abstract lines and ends the paragraph before `Kata Kunci:`', () => {
      const abstract = blockStartingWith(seed('001'), 'alam setiap tahunnya');
      expect(abstract.text).toContain('tentunya bekerjasama dengan ECPAT');
      expect(abstract.text.endsWith('antar aktor dalam kerjasama pemerintah Indonesia dan ECPAT.')).toBe(true);
      expect(blockStartingWith(seed('001'), 'Kata Kunci:')).toMatchObject({
        kind: 'paragraph',
        text: 'Kata Kunci: Pemerintah Indonesia, ECPAT, Perdagangan Anak',
      });
    });

    it('ends a paragraph at a short line with a full stop', () => {
      // 001: `perempuan dan anak di Indonesia saja. ` then `Pertama, menurut Kantor PBB ...`
      expect(blockStartingWith(seed('001'), 'erdasarkan pengamatan').text.endsWith('perempuan dan anak di Indonesia saja.')).toBe(true);
      expect(blockStartingWith(seed('001'), 'Pertama, menurut Kantor PBB').kind).toBe('paragraph');
    });

    it('continues a paragraph whose full-width line happens to end with a full stop', () => {
      // 000: `... kejahatan perdagangan seks anak. ` (full width) then `Selain project, jumlah donasi ...`
      expect(blockStartingWith(seed('000'), 'Faktor-faktor yang mempengaruhi').text).toContain(
        'perdagangan seks anak. Selain project, jumlah donasi',
      );
    });

    it('starts a new paragraph at an indented (shorter) first line after a full stop', () => {
      // 000: `... tinggi di negara tersebut. ` then `Faktor-faktor yang mempengaruhi ... dalam ` (indented)
      expect(blockStartingWith(seed('000'), 'Faktor-faktor yang mempengaruhi').kind).toBe('paragraph');
    });

    it('sets a lone punctuation line apart from the paragraphs', () => {
      // 003 ends with `anak-anak yang rentan.  ` / `` / `. `
      const { doc } = seed('003');
      const last = doc.blocks[doc.blocks.length - 1];
      expect(last?.kind).toBe('page_furniture');
      expect(last && doc.text.slice(last.start, last.end)).toBe('.');
      expect(blockTexts(seed('003'), 'paragraph').every((text) => /\p{L}/u.test(text))).toBe(true);
    });

    it('ends a paragraph at a line that could have held the next word', () => {
      // 002: `rendah kesembilan ... kedua se-Asia Tenggara.` stops short of `Dari tahun ke-tahun, ...`
      expect(blockStartingWith(seed('002'), 'Dari tahun ke-tahun, pendapatan').kind).toBe('paragraph');
      // 001: `Kendala kedua datang ... sendiri. Training of` is an indented first line: `the` would fit.
      expect(blockStartingWith(seed('001'), 'Kendala kedua datang dari lingkungan').kind).toBe('paragraph');
      expect(blockStartingWith(seed('001'), 'Jumlah kasus yang tercatat di Kepolisian').text.endsWith('(Yayasan Kesejahteraan Anak Indonesia, 2014).')).toBe(true);
    });

    it('opens a paragraph at each point of an enumeration', () => {
      // 004: `... bahaya perdagangan manusia serta dampaknya. ` then `Kedua, UNODC memastikan ...`
      expect(blockStartingWith(seed('004'), 'Adapun berbagai upaya').text.endsWith('serta dampaknya.')).toBe(true);
      expect(blockStartingWith(seed('004'), 'Kedua, UNODC memastikan').kind).toBe('paragraph');
      expect(blockStartingWith(seed('004'), 'Ketiga, UNODC memperkuat').kind).toBe('paragraph');
    });

    it('continues a paragraph across a new PDF page that starts with a space', () => {
      // 001: `penyembunyian atau penerimaan orang, dengan cara pengancaman atau ` / ` penggunaan kekerasan ...`
      expect(blockStartingWith(seed('001'), 'Oleh karena itu').kind).toBe('paragraph');
      expect(blockStartingWith(seed('001'), 'Pertama, menurut').text).toContain(
        'dengan cara pengancaman atau penggunaan kekerasan atau bentuk-bentuk pemaksaan lainnya',
      );
    });

    it('continues a paragraph across a running footer', () => {
      // 002: `Pada penelitian ini, Kamboja telah melibatkan aspek hokum dalam` / footer / `menginternalisasikan ...`
      expect(blockStartingWith(seed('002'), 'Pada penelitian ini, Kamboja').text).toBe(
        'Pada penelitian ini, Kamboja telah melibatkan aspek hokum dalam menginternalisasikan norma HAM ' +
          'yang diwujudkan dengan memberlakukan beberapa produk hukum di negaranya.',
      );
    });

    it('continues a paragraph of the other column after a footnote area', () => {
      // 003: `berkembang ke negara-negara lain di Asia,` / separator / footnotes 1–2 / `Eropa dan Amerika. ...`
      expect(blockStartingWith(seed('003'), 'Menjelang tahun 1996').text).toContain(
        'berkembang ke negara-negara lain di Asia, Eropa dan Amerika. Walaupun akronim tersebut tetap sama',
      );
    });

    it('leaves the author’s in-line spacing such as ` ( ToT )` and the em dash alone', () => {
      const text = seed('001').doc.text;
      expect(text).toContain('pelatihan untuk pelatih ( ToT ); dan d) pelatihan');
      expect(seed('002').doc.text).toContain('perdagangan orang—sebagai korban—maupun');
    });

    it('collapses double spaces that come from layout', () => {
      // 003: `anak  di Kamboja. ECPAT Kamboja bekerja `
      expect(seed('003').doc.text).toContain('anak di Kamboja. ECPAT Kamboja bekerja sama');
      for (const { doc } of [seed('000'), seed('001'), seed('002'), seed('003'), seed('004')]) {
        expect(doc.text).not.toMatch(/ {2}| \n|\n /);
      }
    });

    it('keeps the trailing `[].` of 001 as it is', () => {
      expect(seed('001').doc.text.endsWith('kepada masyarakat Indonesia. [].')).toBe(true);
    });
  });

  describe('headings', () => {
    it('makes `BAB IV` and `PENUTUP` one chapter heading and numbered sections level 2', () => {
      expect(blockTexts(seed('000'), 'heading')).toEqual(['BAB IV PENUTUP', '4.1 Kesimpulan', '4.2 Saran']);
      expect(blockStartingWith(seed('000'), 'BAB IV').level).toBe(1);
      expect(blockStartingWith(seed('000'), '4.1 Kesimpulan').level).toBe(2);
    });

    it('recognises the sections of a journal article', () => {
      const headings = blockTexts(seed('001'), 'heading');
      expect(headings).toEqual([
        'Abstract',
        'Abstrak',
        'Pendahuluan',
        'Metode Penelitian',
        'Hasil dan Pembahasan',
        'Perdagangan Anak',
        'ECPAT (End Child Prostitution, Child Pornography And Trafficking Of Children For Sexual Purposes)',
        'Hukum di Indonesia dalam Rangka Pencegahan Perdagangan Anak',
        'Peran ECPAT sebagai Mitra Pemerintah Indonesia',
        'Kesimpulan',
      ]);
    });

    it('recognises numbered and lettered sections, and a heading wrapped over two lines', () => {
      const headings = blockTexts(seed('002'), 'heading');
      expect(headings).toContain('1. Pendahuluan');
      expect(headings).toContain('2. Metodologi');
      expect(headings).toContain('a. Kemiskinan');
      expect(headings).toContain('A. Teori Tahapan Internalisasi Norma');
      expect(headings).toContain('Sebab Tidak Langsung Terhambatnya Kerja Sama Transnasional dalam Pemberantasan Perdagangan Orang di Kamboja');
      expect(blockStartingWith(seed('002'), 'a. Kemiskinan').level).toBe(3);
    });

    it('recognises roman-numbered sections and narrow-column titles wrapped over several lines', () => {
      const headings = blockTexts(seed('003'), 'heading');
      expect(headings).toContain('I. PENDAHULUAN');
      expect(headings).toContain('II. ISI');
      expect(headings).toContain('Kerangka Teori');
      expect(headings).toContain('YPP Memberikan Workshop Pelatihan dan Keterampilan');
      expect(headings).toContain('YPP Bekerjasama Dengan NGO AFESIP Mengumpulkan Petisi Untuk Memperingati Hari Nasional Melawan Perdagangan Manusia');
    });

    it('does not take `Kata Kunci:` lines or numbered items for headings', () => {
      expect(blockStartingWith(seed('001'), '1. Korban ditindas').kind).toBe('list_item');
      expect(blockStartingWith(seed('001'), 'a. Hukum Perdata Menurut Pasal 297').kind).toBe('list_item');
      expect(blockStartingWith(seed('003'), 'Keywords:').kind).toBe('paragraph');
    });
  });

  describe('page furniture', () => {
    it('turns running headers and footers with page numbers into page_furniture blocks', () => {
      expect(blockTexts(seed('002'), 'page_furniture')).toEqual([
        '43 Electronical Journal of Social and Political Sciences',
        '51 Electronical Journal of Social and Political Sciences',
        '53 Electronical Journal of Social and Political Sciences',
        'Electronical Journal of Social and Political Sciences 54',
        '59 Electronical Journal of Social and Political Sciences',
      ]);
    });

    it('excludes page furniture from the sentences', () => {
      const { doc } = seed('002');
      const furniture = new Set(doc.blocks.flatMap((block, i) => (block.kind === 'page_furniture' ? [i] : [])));
      expect(doc.sentences.some((sentence) => furniture.has(sentence.block))).toBe(false);
    });
  });

  describe('footnotes', () => {
    it('removes a marker from the running text and links it to its footnote', () => {
      // 003: `seksual komersial.` then `1`, footnote `1` / ` http://Mysharing.co/...`
      const { doc } = seed('003');
      const ref = doc.footnoteRefs.find((candidate) => candidate.label === '1');
      expect(ref).toBeDefined();
      expect(doc.text.slice((ref?.offset ?? 0) - 'seksual komersial.'.length, ref?.offset)).toBe('seksual komersial.');
      const footnote = doc.blocks[ref?.footnoteBlock ?? -1];
      expect(footnote?.kind).toBe('footnote');
      expect(doc.text.slice(footnote?.start, footnote?.end)).toBe(
        'http://Mysharing.co/ecpat-internasional-pemerang-eksploitasi-anak-pariwisata-sex-anak/ diakses pada tanggal 15 april 2016',
      );
    });

    it('finds all 35 footnotes of 003 and links every marker', () => {
      const { doc } = seed('003');
      expect(blockTexts(seed('003'), 'footnote')).toHaveLength(35);
      expect(doc.footnoteRefs.map((ref) => ref.label)).toEqual(Array.from({ length: 35 }, (_, i) => String(i + 1)));
      expect(doc.footnoteRefs.every((ref) => ref.footnoteBlock !== undefined)).toBe(true);
    });

    it('ends the last footnote of an area where the other column resumes', () => {
      expect(blockStartingWith(seed('003'), 'Jurnal ECTWT').text).toBe(
        'Jurnal ECTWT. 1990. Caught in Modern Slavery: Tourism and Child Prostituion in Asia, Bangkok. Hlm. 4',
      );
      expect(blockStartingWith(seed('003'), 'Rudy. T. May').text).toBe(
        'Rudy. T. May, 2009, Administrasi Dan Organisasi Internasional, PT. ERESCO: Bandung. hlm.3',
      );
    });

    it('continues a footnote cut at a page end in the next footnote area', () => {
      // 003: `...YPP%20global%20meet` / other column / next area `ing.pdf diakses pada tanggal 15 desember 2016` / `hlm.1`
      const footnote = blockStartingWith(seed('003'), 'Youth Partnership Project Against Commercial');
      expect(footnote.footnoteLabel).toBe('16');
      expect(footnote.text.endsWith(
        'http://www.ecpat.org/wp-content/uploads/legacy/YPP%20global%20meeting.pdf diakses pada tanggal 15 desember 2016 hlm.1',
      )).toBe(true);
    });

    it('ends the paragraph where a marker closes the visual line, and continues it where text follows', () => {
      // 003: `pemerintah pada Negara yang berbeda.` / `11` / ` ` then `Jika dilihat dari perkembangannya,`
      expect(blockStartingWith(seed('003'), 'teori Organisasi internasional').text.endsWith('pada Negara yang berbeda.')).toBe(true);
      expect(blockStartingWith(seed('003'), 'Jika dilihat dari perkembangannya,').kind).toBe('paragraph');
      // 003: `dari 70 negara.` / `4` / ` Saat ini ECPAT telah `
      expect(blockStartingWith(seed('003'), 'Pada tahun 1999').text).toContain('dari 70 negara. Saat ini ECPAT telah berkembang');
    });

    it('keeps `Ibid` bodies as footnotes', () => {
      expect(blockStartingWith(seed('003'), 'Ibid hlm.5')).toMatchObject({ kind: 'footnote', footnoteLabel: '12' });
    });
  });

  describe('link lines, URLs, captions and tables', () => {
    it('drops the link layer’s repeated URL lines from the normalized text', () => {
      const { doc } = seed('003');
      expect(doc.text).not.toContain('http://mysharing.co/ecpat-internasional-pemerang-eksploitasi-anak-pariwisata-sex-anak/');
      expect(doc.text.split('YPP%20global%20meeting.pdf')).toHaveLength(3);
    });

    it('joins URLs broken across lines without a space, keeping their hyphens', () => {
      expect(blockStartingWith(seed('003'), 'ECPAT internasional. Memerangi').text).toContain(
        '<http://www.ecpat.net/sites/default/files/cst_faq_bahasa.pdf> pada 11 april 2016 hlm.3',
      );
      expect(blockStartingWith(seed('003'), 'Child Trafficking in Cambodia').text).toContain(
        '<http://www.spiegel.de/international/child-trafficking-in-cambodia-the-50-baby-a-339105.html>diakses',
      );
    });

    it('makes figure and table titles captions, including those followed by a footnote marker', () => {
      expect(blockTexts(seed('002'), 'caption')).toEqual([
        'Tabel 1. Indeks Perbudakan Global 2018',
        'Gambar 2. Laporan Perdagangan Orang Edisi ke-20',
      ]);
      expect(blockTexts(seed('003'), 'caption')).toEqual([
        'Tabel 1.1 ECPAT Networks',
        'Grafik 1.2 Peringkat Tier di Kamboja',
        'Diagram 1.3 Angka (dan persentase) anak dan orang dewasa perdagangan seksual dalam total 88 jumlah korban',
      ]);
      expect(blockStartingWith(seed('002'), 'Tabel 1 memperlihatkan').kind).toBe('paragraph');
    });

    it('keeps a small table as one block with one row per line', () => {
      expect(blockTexts(seed('003'), 'table')).toEqual([
        'No Continent Countries\n1 Africa 15\n2 Americas 16\n3 East Asia And Pacific 12\n4 Europe And CIS 25\n' +
          '5 Middle East And North Africa 4\n6 South Asia 5',
      ]);
    });
  });

  describe('lists', () => {
    it('turns symbol-font bullets into list items without the glyph', () => {
      // 003: `\uF0B7 Program ini harus dipimpin oleh ` ... continues after footnote area 18
      const item = blockStartingWith(seed('003'), 'Program ini harus dipimpin');
      expect(item.kind).toBe('list_item');
      expect(item.text).toContain('pelatihan yang berlangsung untuk mempersiapkan dan membekali');
      expect(seed('003').doc.text).not.toContain('\uF0B7');
      expect(blockStartingWith(seed('003'), 'Kelompok Fasilitator')).toMatchObject({ kind: 'list_item', text: 'Kelompok Fasilitator' });
    });

    it('turns numbered and lettered items into list items whose wrapped lines join', () => {
      expect(blockStartingWith(seed('001'), '2. Korban dibujuk').text).toBe(
        '2. Korban dibujuk untuk bekerja di restoran, rumah makan, pabrik, konvensi, dan pelayan;',
      );
      expect(blockStartingWith(seed('003'), '1. Organisasi internasional antar').text).toContain(
        'menjadi IGO. Anggota-anggotanya adalah pemerintah',
      );
    });
  });

  describe('drop caps', () => {
    it('flags words that lost their drop cap after a heading, with a corpus hint', () => {
      const { doc } = seed('001');
      const flagged = doc.flags.map((flag) => ({ word: doc.text.slice(flag.start, flag.end), hint: flag.hint }));
      expect(flagged).toEqual([
        { word: 'very', hint: undefined },
        { word: 'alam', hint: 'Dalam' },
        { word: 'erdasarkan', hint: 'Berdasarkan' },
      ]);
      expect(doc.text).toContain('alam setiap tahunnya');
    });

    it('does not flag paragraphs that start lower-case away from a heading', () => {
      // 003: `teori Organisasi internasional yang` follows a paragraph, not a heading.
      expect(seed('003').doc.flags).toEqual([]);
    });
  });

  describe('title and sentences', () => {
    it('takes the first heading as the title, with the opening words after a generic one', () => {
      expect(seed('000').doc.title).toBe(
        'BAB IV PENUTUP — Dari hasil penelitian yang dilakukan, dapat diperoleh kesimpulan bahwa perdagangan…',
      );
      expect(seed('003').doc.title).toBe('ABSTRACT — The Youth Partnership Project (YPP) is an ECPAT-based Program that…');
      expect(seed('002').doc.title.startsWith('Abstract — Cambodia as a country')).toBe(true);
    });

    it('keeps initials and abbreviations inside their sentence', () => {
      const { doc } = seed('001');
      const sentences = doc.sentences.map((sentence) => doc.text.slice(sentence.start, sentence.end));
      expect(sentences).toContain(
        'Penelitian dilakukan dengan metode kualitatif dengan menggunakan pendekatan analisis deskriptif.',
      );
      expect(sentences.some((sentence) => sentence.startsWith('Menurut Robert O. Keohane dan Robert Axelrod'))).toBe(true);
      expect(sentences.some((sentence) => sentence.includes('Undang-Undang Perlindungan Anak No. 23 menyebutkan'))).toBe(true);
    });
  });
  describe('line endings and byte-order marks', () => {
    it('reads a seed the same with CRLF line ends or a leading BOM', () => {
      const { raw } = seed('000');
      const frequencies = buildWordFrequencies([raw]);
      const plain = repairDocument(raw, { wordFrequencies: frequencies });
      for (const variant of [raw.replace(/\n/g, '\r\n'), `\uFEFF${raw}`]) {
        const repaired = repairDocument(variant, { wordFrequencies: frequencies });
        expect(repaired.text).toBe(plain.text);
        expect(repaired.blocks.map((b) => b.kind)).toEqual(plain.blocks.map((b) => b.kind));
        expect(findProvenanceViolation(variant, repaired.text, repaired.provenance)).toBeNull();
      }
    });
  });
});
