import { describe, expect, it } from 'vitest';
import { writeAlignedJson } from '../../lib/export/aligned-json';
import type { ExportDocument } from '../../lib/export/export-document';
import { readAlignedJson, type ReadAlignedJsonResult } from '../../lib/export/read-aligned-json';
import { seed } from '../corpus/seed-documents';
import { annotatedUnicefDocument, seedExportDocument } from './seed-export-document';

const META = { exportedAt: '2024-06-01T12:00:00.000Z', filters: { labels: ['actor', 'claim', 'statistic'] } };

function write(docs: ExportDocument[]): string {
  return [...writeAlignedJson(docs, META)].join('');
}

/** Seed 001 annotated, with a letter outside the BMP before UNICEF and an emoji in the English. */
function astralDocument(): ExportDocument {
  const edited = seed('001').raw.replace('UNICEF, 100.000', '𝔸UNICEF, 100.000');
  return annotatedUnicefDocument(edited, 'According to 😀 UNICEF data, 100,000 children and women are trafficked to Indonesia every year, about 30% of whom are adult women.');
}

function failure(result: ReadAlignedJsonResult): { code: string; params: Record<string, string | number> } {
  if (result.ok) throw new Error('read a file it should refuse');
  return result;
}

type Json = { documents: Array<Record<string, unknown> & { annotations: Array<Record<string, unknown>>; sentences: Array<Record<string, unknown>> }> };

function edit(json: string, change: (file: Json) => void): string {
  const file = JSON.parse(json) as Json;
  change(file);
  return JSON.stringify(file);
}

describe('readAlignedJson', () => {
  it('reads back what writeAlignedJson wrote, offsets in UTF-16 again', () => {
    const doc = astralDocument();
    const json = write([doc, seedExportDocument('003', 2)]);
    const read = readAlignedJson(json);
    if (!read.ok) throw new Error(`refused: ${read.code}`);
    expect(write(read.corpus.documents)).toBe(json);
    const unicef = read.corpus.documents[0]?.annotations.find((a) => a.id === 'a-unicef');
    const original = doc.annotations.find((a) => a.id === 'a-unicef');
    expect(unicef?.start).toBe(original?.start);
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect([...(read.corpus.documents[0]?.alignments ?? [])].sort(byId)).toEqual([...doc.alignments].sort(byId));
    expect(read.corpus.filters).toEqual(META.filters);
  });

  it('refuses text that is not JSON', () => {
    expect(failure(readAlignedJson('{"format": ')).code).toBe('alignedJson.invalidJson');
  });

  it('refuses another format or version, naming them', () => {
    const json = write([seedExportDocument('000')]);
    expect(failure(readAlignedJson(json.replace('"version":1', '"version":2')))).toEqual({
      ok: false,
      code: 'alignedJson.wrongFormat',
      params: { format: 'selaras-aligned-corpus', version: '2' },
    });
    expect(failure(readAlignedJson('[]')).code).toBe('alignedJson.wrongFormat');
  });

  it('refuses a quote that is not the text at its offsets, naming document and annotation', () => {
    const json = edit(write([annotatedUnicefDocument()]), (file) => {
      const annotation = file.documents[0]?.annotations.find((a) => a.id === 'a-count');
      if (annotation) annotation.quote = '200.000 anak-anak';
    });
    expect(failure(readAlignedJson(json))).toMatchObject({
      code: 'alignedJson.quoteMismatch',
      params: { document: '001_3ea582def6b673a3', record: expect.stringContaining('a-count') },
    });
  });

  it('refuses an offset outside the text', () => {
    const json = edit(write([annotatedUnicefDocument()]), (file) => {
      const sentence = file.documents[0]?.sentences[0];
      if (sentence) sentence.end = 10_000_000;
    });
    expect(failure(readAlignedJson(json)).code).toBe('alignedJson.outOfRange');
  });

  it('refuses raw offsets that disagree with the provenance map', () => {
    const json = edit(write([annotatedUnicefDocument()]), (file) => {
      const annotation = file.documents[0]?.annotations[0];
      if (annotation && typeof annotation.rawStart === 'number') annotation.rawStart += 1;
    });
    expect(failure(readAlignedJson(json))).toMatchObject({ code: 'alignedJson.inconsistent', params: { problem: expect.stringContaining('provenance') } });
  });

  it('refuses a provenance map that does not rebuild the text', () => {
    const json = edit(write([seedExportDocument('000')]), (file) => {
      const doc = file.documents[0];
      if (doc) doc.text = `X${String(doc.text).slice(1)}`;
    });
    expect(failure(readAlignedJson(json))).toMatchObject({ code: 'alignedJson.inconsistent', params: { record: 'provenance' } });
  });

  it('refuses an annotation id used twice', () => {
    const json = write([annotatedUnicefDocument(), { ...annotatedUnicefDocument(), slug: 'copy', id: 2 }]);
    expect(failure(readAlignedJson(json))).toMatchObject({ code: 'alignedJson.inconsistent', params: { document: 'copy', problem: 'duplicate id' } });
  });

  it('refuses an entity link to an entity the document does not carry', () => {
    const json = edit(write([annotatedUnicefDocument()]), (file) => {
      const doc = file.documents[0];
      if (doc) doc.entities = [];
    });
    expect(failure(readAlignedJson(json))).toMatchObject({ code: 'alignedJson.inconsistent', params: { problem: expect.stringContaining('no entity') } });
  });

  it('refuses a record of the wrong shape, naming the field', () => {
    const json = edit(write([annotatedUnicefDocument()]), (file) => {
      const annotation = file.documents[0]?.annotations[0];
      if (annotation) annotation.start = -3;
    });
    expect(failure(readAlignedJson(json))).toMatchObject({
      code: 'alignedJson.invalidRecord',
      params: { document: '001_3ea582def6b673a3', record: expect.stringMatching(/^annotations\[0\] \(id a-claim\)\.start$/) },
    });
  });
});
