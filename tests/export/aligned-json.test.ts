import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import schema from '../../lib/export/schema/aligned-corpus.schema.json';
import { writeAlignedJson } from '../../lib/export/aligned-json';
import type { ExportDocument } from '../../lib/export/export-document';
import { filterExportDocument } from '../../lib/export/filter-export-document';
import { seed, seedDocuments } from '../corpus/seed-documents';
import { addSuggestedStatistics, annotatedUnicefDocument, seedExportDocument } from './seed-export-document';

const ajv = new Ajv2020({
  strict: true,
  allowUnionTypes: true,
  allErrors: true,
  formats: { 'date-time': /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/ },
});
const validate = ajv.compile(schema);
const META = { exportedAt: '2024-06-01T12:00:00.000Z', filters: {} };

interface Exported {
  documents: Array<{
    text: string;
    rawText: string;
    length: number;
    sentences: Array<{ id: number; start: number; end: number; rawStart: number; rawEnd: number; text: string; english: { text: string } | null }>;
    annotations: Array<{
      id: string;
      quote: string;
      start: number | null;
      end: number | null;
      rawStart: number | null;
      rawEnd: number | null;
      alignments: Array<{ sentence: number; start: number | null; end: number | null; quote: string }>;
    }>;
    blocks: Array<{ start: number; end: number }>;
  }>;
}

function exportOf(docs: ExportDocument[], meta = META): { json: unknown; chunks: string[] } {
  const chunks = [...writeAlignedJson(docs, meta)];
  return { json: JSON.parse(chunks.join('')) as unknown, chunks };
}

function expectValid(json: unknown): void {
  const ok = validate(json);
  expect(validate.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
}

/** Slice by code points, as a reader of the file in Python or Rust would. */
function slice(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}

describe('writeAlignedJson', () => {
  it('writes every seed, annotated and translated, in a form the schema accepts', () => {
    const docs = seedDocuments().map((found, i) => {
      const doc = found.name.startsWith('001') ? annotatedUnicefDocument() : seedExportDocument(found.name.slice(0, 3), i + 1);
      addSuggestedStatistics(doc);
      return doc;
    });
    const { json } = exportOf(docs);
    expectValid(json);
    const exported = json as Exported;
    expect(exported.documents).toHaveLength(5);
    expect(exported.documents.flatMap((doc) => doc.annotations).length).toBeGreaterThan(50);
  });

  it('writes offsets that slice the quotes out of the normalized and the raw text', () => {
    const { json } = exportOf([annotatedUnicefDocument()]);
    const [doc] = (json as Exported).documents;
    if (!doc) throw new Error('no document');
    for (const annotation of doc.annotations) {
      expect(slice(doc.text, annotation.start ?? -1, annotation.end ?? -1)).toBe(annotation.quote);
      // The raw range covers the same words, with the file's line breaks where the repair joined lines.
      const raw = slice(doc.rawText, annotation.rawStart ?? -1, annotation.rawEnd ?? -1);
      expect(raw.replace(/\s+/g, ' ')).toBe(annotation.quote);
    }
    for (const sentence of doc.sentences) {
      expect(slice(doc.text, sentence.start, sentence.end)).toBe(sentence.text);
    }
  });

  it('shifts offsets by one code point after a character outside the BMP, in both texts', () => {
    const { raw } = seed('001');
    const edited = raw.replace('UNICEF, 100.000', '𝔸UNICEF, 100.000');
    const english = 'According to 😀 UNICEF data, 100,000 children and women are trafficked to Indonesia every year, about 30% of whom are adult women.';
    const plainDoc = (exportOf([annotatedUnicefDocument()]).json as Exported).documents[0];
    const { json } = exportOf([annotatedUnicefDocument(edited, english)]);
    expectValid(json);
    const doc = (json as Exported).documents[0];
    if (!doc || !plainDoc) throw new Error('no document');
    const unicef = doc.annotations.find((annotation) => annotation.id === 'a-unicef');
    const plain = plainDoc.annotations.find((annotation) => annotation.id === 'a-unicef');
    if (!unicef || !plain || unicef.start === null || unicef.rawStart === null || plain.start === null) throw new Error('no UNICEF');
    const utf16Start = doc.text.indexOf('UNICEF, 100.000');
    // UTF-16 moved by two units (the surrogate pair), code points by one.
    expect(utf16Start).toBe(doc.text.indexOf('𝔸') + 2);
    expect(unicef.start).toBe(utf16Start - 1);
    expect(unicef.start).toBe(plain.start + 1);
    expect(slice(doc.text, unicef.start, unicef.end ?? -1)).toBe('UNICEF');
    expect(slice(doc.rawText, unicef.rawStart, unicef.rawEnd ?? -1)).toBe('UNICEF');
    expect(slice(doc.rawText, unicef.rawStart - 1, unicef.rawStart)).toBe('𝔸');
    expect(doc.rawText.indexOf('UNICEF, 100.000')).toBe(unicef.rawStart + 1);
    const aligned = unicef.alignments[0];
    const sentence = doc.sentences.find((candidate) => candidate.id === aligned?.sentence);
    if (!aligned || !sentence?.english) throw new Error('no alignment');
    expect(aligned.start).toBe(english.indexOf('UNICEF') - 1);
    expect(slice(sentence.english.text, aligned.start ?? -1, aligned.end ?? -1)).toBe('UNICEF');
  });

  it('gives an orphaned annotation null offsets and keeps its quote', () => {
    const source = annotatedUnicefDocument();
    const [first] = source.annotations;
    if (!first) throw new Error('no annotation');
    source.annotations.push({ ...first, id: 'orphan', start: null, end: null, anchor: 'orphaned' });
    const { json } = exportOf([source]);
    expectValid(json);
    const orphan = (json as Exported).documents[0]?.annotations.find((annotation) => annotation.id === 'orphan');
    expect(orphan).toMatchObject({ start: null, end: null, rawStart: null, rawEnd: null, quote: first.quote });
  });

  it('names the format, version, offset unit and the filters used', () => {
    const filters = { labels: ['actor'], translationStatuses: ['approved' as const] };
    const doc = filterExportDocument(annotatedUnicefDocument(), filters);
    const { json } = exportOf([doc], { exportedAt: META.exportedAt, filters });
    expectValid(json);
    expect(json).toMatchObject({ format: 'selaras-aligned-corpus', version: 1, offsets: 'unicode-codepoints', filters });
    const exported = (json as Exported).documents[0];
    expect(exported?.annotations.map((annotation) => annotation.id)).toEqual(['a-unicef', 'a-indonesia', 'b-unicef']);
    expect(exported?.sentences.filter((sentence) => sentence.english !== null)).toHaveLength(1);
  });

  it('keeps sentences and blocks inside the text, with raw ranges inside the raw file', () => {
    const { json } = exportOf([seedExportDocument('003')]);
    const [doc] = (json as Exported).documents;
    if (!doc) throw new Error('no document');
    const rawLength = Array.from(doc.rawText).length;
    for (const sentence of doc.sentences) {
      expect(sentence.end).toBeLessThanOrEqual(doc.length);
      expect(sentence.rawEnd).toBeLessThanOrEqual(rawLength);
      expect(sentence.rawStart).toBeLessThanOrEqual(sentence.rawEnd);
    }
  });

  it('rejects a file with a property the schema does not know', () => {
    const { json } = exportOf([seedExportDocument('000')]);
    const tampered = json as { documents: Array<Record<string, unknown>> };
    const [first] = tampered.documents;
    if (first) first.comment = 'added by hand';
    expect(validate(tampered)).toBe(false);
  });

  it('streams: more documents give more chunks, none holding more than one document', () => {
    const one = [...writeAlignedJson([seedExportDocument('000')], META)];
    const three = [...writeAlignedJson([seedExportDocument('000', 1), seedExportDocument('004', 2), seedExportDocument('003', 3)], META)];
    expect(one.length).toBeGreaterThan(20);
    expect(three.length).toBeGreaterThan(one.length * 3);
    // The largest chunk is one text of one document, never the file.
    const longest = Math.max(...three.map((chunk) => chunk.length));
    expect(longest).toBe(JSON.stringify(seed('003').raw).length);
  });

  it('reads documents lazily, one at a time', () => {
    let produced = 0;
    function* docs(): Generator<ExportDocument> {
      for (const prefix of ['000', '004']) {
        produced++;
        yield seedExportDocument(prefix, produced);
      }
    }
    const chunks = writeAlignedJson(docs(), META)[Symbol.iterator]();
    chunks.next();
    chunks.next();
    expect(produced).toBe(1);
  });
});
