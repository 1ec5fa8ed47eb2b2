import { describe, expect, it } from 'vitest';
import { tokenize, writeConll } from '../../lib/export/conll';
import type { ExportDocument } from '../../lib/export/export-document';
import { seed } from '../corpus/seed-documents';
import { addSuggestedStatistics, annotatedUnicefDocument, seedExportDocument } from './seed-export-document';

interface Sentence {
  comments: string[];
  rows: Array<{ form: string; start: number; end: number; ner: string; claim: string }>;
}

function parse(text: string): { header: string; sentences: Sentence[] } {
  const header = text.slice(0, text.indexOf('\n'));
  const blocks = text.slice(header.length + 1).split('\n\n').filter((block) => block.trim() !== '');
  const sentences = blocks.map((block) => {
    const lines = block.split('\n').filter((line) => !line.startsWith('# newdoc') && !line.startsWith('# title') && !line.startsWith('# global'));
    return {
      comments: lines.filter((line) => line.startsWith('#')),
      rows: lines
        .filter((line) => !line.startsWith('#'))
        .map((line) => {
          const [, form = '', start = '', end = '', ner = '', claim = ''] = line.split('\t');
          return { form, start: Number(start), end: Number(end), ner, claim };
        }),
    };
  });
  return { header, sentences };
}

function conllOf(docs: ExportDocument[]): string {
  return [...writeConll(docs)].join('');
}

describe('writeConll', () => {
  it('writes tokens that reassemble every sentence of every seed', () => {
    for (const prefix of ['000', '001', '002', '003', '004']) {
      const doc = seedExportDocument(prefix);
      addSuggestedStatistics(doc);
      const { sentences } = parse(conllOf([doc]));
      const chars = Array.from(doc.text);
      const spoken = doc.units.filter((unit) => unit.source.trim() !== '');
      expect(sentences).toHaveLength(spoken.length);
      sentences.forEach((sentence, i) => {
        const unit = spoken[i];
        if (!unit) throw new Error('sentence without unit');
        for (const row of sentence.rows) expect(chars.slice(row.start, row.end).join('')).toBe(row.form);
        expect(sentence.rows.map((row) => row.form).join('')).toBe(unit.source.replace(/[\s\p{Cc}]/gu, ''));
      });
    }
  });

  it('puts BIO labels on the annotated tokens, claims in their own column', () => {
    const { header, sentences } = parse(conllOf([annotatedUnicefDocument()]));
    expect(header).toContain('# global.columns = ID FORM START END NER CLAIM');
    const sentence = sentences.find((candidate) => candidate.rows.some((row) => row.form === '100.000'));
    if (!sentence) throw new Error('no UNICEF sentence');
    const tagged = sentence.rows.filter((row) => row.ner !== 'O').map((row) => `${row.form}/${row.ner}`);
    // 18 tahun was a rejected suggestion: no label.
    expect(tagged).toEqual(['UNICEF/B-ACTOR', '100.000/B-STATISTIC', 'anak-anak/I-STATISTIC', 'Indonesia/B-ACTOR', 'sekitar/B-STATISTIC', '30/I-STATISTIC', '%/I-STATISTIC']);
    expect(sentence.rows[0]).toMatchObject({ form: 'Dari', claim: 'B-CLAIM' });
    expect(sentence.rows.slice(1).every((row) => row.claim === 'I-CLAIM')).toBe(true);
    expect(sentence.comments[0]).toMatch(/^# sent_id = 001_3ea582def6b673a3:\d+$/);
  });

  it('splits a token where an annotation begins inside it, counting code points', () => {
    const edited = seed('001').raw.replace('UNICEF, 100.000', '𝔸UNICEF, 100.000');
    const doc = annotatedUnicefDocument(edited);
    const { sentences } = parse(conllOf([doc]));
    const rows = sentences.flatMap((sentence) => sentence.rows);
    const at = rows.findIndex((row) => row.form === '𝔸');
    expect(rows[at + 1]).toMatchObject({ form: 'UNICEF', ner: 'B-ACTOR', start: (rows[at]?.start ?? -1) + 1 });
    expect(rows[at]?.ner).toBe('O');
    expect(rows[at]?.end).toBe(Array.from(doc.text.slice(0, doc.text.indexOf('𝔸'))).length + 1);
  });

  it('streams one chunk per sentence', () => {
    const one = [...writeConll([seedExportDocument('000', 1)])];
    const two = [...writeConll([seedExportDocument('000', 1), seedExportDocument('004', 2)])];
    expect(one.length).toBeGreaterThan(10);
    expect(two.length).toBeGreaterThan(one.length * 1.5);
  });
});

describe('tokenize', () => {
  it('keeps reduplicated words, decimal numbers and apostrophes in one token', () => {
    const text = 'anak-anak 1.234,5 Ma’ruf (ECPAT), 30%';
    expect(tokenize(text, 0, text.length).map((token) => text.slice(token.start, token.end))).toEqual([
      'anak-anak', '1.234,5', 'Ma’ruf', '(', 'ECPAT', ')', ',', '30', '%',
    ]);
  });

  it('cuts at the boundaries it is given', () => {
    const text = 'negara-negara ASEAN';
    expect(tokenize(text, 0, text.length, [7]).map((token) => text.slice(token.start, token.end))).toEqual(['negara-', 'negara', 'ASEAN']);
  });
});
