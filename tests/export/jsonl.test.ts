import { describe, expect, it } from 'vitest';
import type { ExportDocument } from '../../lib/export/export-document';
import { writeJsonl, type JsonlRecord } from '../../lib/export/jsonl';
import { seed } from '../corpus/seed-documents';
import { annotatedUnicefDocument, seedExportDocument, translate, UNICEF_ENGLISH } from './seed-export-document';

function recordsOf(docs: ExportDocument[], options = {}): JsonlRecord[] {
  const text = [...writeJsonl(docs, options)].join('');
  expect(text.endsWith('\n')).toBe(true);
  return text.trimEnd().split('\n').map((line) => JSON.parse(line) as JsonlRecord);
}

function slice(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}

describe('writeJsonl', () => {
  it('writes one line per translated sentence', () => {
    const records = recordsOf([annotatedUnicefDocument()]);
    expect(records).toHaveLength(2);
    expect(records[0]).toMatchObject({ doc: '001_3ea582def6b673a3', status: 'approved', tgt: UNICEF_ENGLISH });
    expect(records[1]?.status).toBe('draft');
  });

  it('writes spans on both sides that slice the annotated words out of src and tgt', () => {
    const [record] = recordsOf([annotatedUnicefDocument()]);
    if (!record?.tgt) throw new Error('no record');
    const src = record.src_spans.map(([start, end, label, entity]) => [slice(record.src, start, end), label, entity]);
    expect(src).toEqual([
      [record.src, 'claim', null],
      ['UNICEF', 'actor', 'UNICEF'],
      ['100.000 anak-anak', 'statistic', null],
      ['Indonesia', 'actor', 'Indonesia'],
      ['sekitar 30%', 'statistic', null],
    ]);
    const tgt = record.tgt_spans.map(([start, end, label, entity]) => [slice(record.tgt ?? '', start, end), label, entity]);
    expect(tgt).toEqual([
      [UNICEF_ENGLISH, 'claim', null],
      ['UNICEF', 'actor', 'UNICEF'],
      ['100,000 children', 'statistic', null],
      ['Indonesia', 'actor', 'Indonesia'],
      ['about 30%', 'statistic', null],
    ]);
  });

  it('counts spans in code points on both sides', () => {
    const edited = seed('001').raw.replace('UNICEF, 100.000', '𝔸UNICEF, 100.000');
    const english = UNICEF_ENGLISH.replace('UNICEF', '😀 UNICEF');
    const [record] = recordsOf([annotatedUnicefDocument(edited, english)]);
    if (!record?.tgt) throw new Error('no record');
    const unicef = record.src_spans.find((span) => span[2] === 'actor' && slice(record.src, span[0], span[1]) === 'UNICEF');
    expect(unicef?.[0]).toBe(record.src.indexOf('UNICEF') - 1);
    const tgtUnicef = record.tgt_spans.find((span) => span[2] === 'actor' && span[3] === 'UNICEF');
    expect(tgtUnicef?.slice(0, 2)).toEqual([english.indexOf('UNICEF') - 1, english.indexOf('UNICEF') + 5]);
  });

  it('writes untranslated sentences only when asked', () => {
    const doc = seedExportDocument('000');
    expect([...writeJsonl([doc])]).toEqual([]);
    const records = recordsOf([doc], { includeUntranslated: true });
    expect(records).toHaveLength(doc.units.length);
    expect(records[0]).toMatchObject({ tgt: null, status: null, tgt_spans: [] });
  });

  it('keeps every record on one line, whatever the text holds', () => {
    const doc = seedExportDocument('000');
    const [unit] = doc.units;
    if (!unit) throw new Error('no unit');
    translate(doc, unit, 'line\nbreak\u2028separator\u2029paragraph\u0085next', 'translated');
    const text = [...writeJsonl([doc])].join('');
    expect(text.split('\n')).toHaveLength(2);
    expect(/[\u0085\u2028\u2029]/.test(text)).toBe(false);
    expect((JSON.parse(text) as JsonlRecord).tgt).toBe('line\nbreak\u2028separator\u2029paragraph\u0085next');
  });

  it('streams one chunk per line', () => {
    const docs = [seedExportDocument('000', 1), seedExportDocument('004', 2)];
    const one = [...writeJsonl(docs.slice(0, 1), { includeUntranslated: true })];
    const two = [...writeJsonl(docs, { includeUntranslated: true })];
    expect(one).toHaveLength(docs[0]?.units.length ?? -1);
    expect(two.length).toBe(one.length + (docs[1]?.units.length ?? 0));
  });
});
