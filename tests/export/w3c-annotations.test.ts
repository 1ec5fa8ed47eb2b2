import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { ExportDocument } from '../../lib/export/export-document';
import { writeW3cAnnotations, type W3cAnnotation } from '../../lib/export/w3c-annotations';
import { annotate, bareSeedDocument, collect, SCHEMAS, seedExportDocument } from './xml-export-fixture';

const MODEL = path.join(SCHEMAS, 'w3c-annotation-model');
const meta = { baseUrl: 'https://selaras.example.org/', exportedAt: '2024-06-01T12:00:00.000Z' };

interface Assertion {
  title: string;
  expectedResult: 'valid' | 'invalid';
  assertionType: string;
  [key: string]: unknown;
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/** The annotationMusts assertions, compiled with every definitions file loaded under its id. */
function annotationMusts(): Array<{ file: string; assertion: Assertion; validate: (data: unknown) => boolean }> {
  const ajv = new Ajv({ strict: false, validateSchema: false, allErrors: true });
  addFormats(ajv);
  for (const file of readdirSync(path.join(MODEL, 'definitions'))) ajv.addSchema(readJson<object>(path.join(MODEL, 'definitions', file)));
  const test = readJson<{ assertions: string[] }>(path.join(MODEL, 'annotations/annotationMusts.test'));
  return test.assertions.map((file) => {
    const assertion = readJson<Assertion>(path.join(MODEL, file));
    const validate = ajv.compile(assertion);
    return { file, assertion, validate: (data: unknown) => validate(data) === true };
  });
}

interface Collection {
  type: string;
  total: number;
  first: { type: string; items: W3cAnnotation[] };
}

function exportCollection(docs: ExportDocument[]): Collection {
  return JSON.parse(collect(writeW3cAnnotations(docs, meta))) as Collection;
}

describe('writeW3cAnnotations', () => {
  const doc = seedExportDocument();
  const collection = exportCollection([doc, bareSeedDocument('000', 8)]);
  const items = collection.first.items;

  it('streams one AnnotationCollection whose page holds one annotation per placeable span', () => {
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.first.type).toBe('AnnotationPage');
    expect(items).toHaveLength(doc.annotations.filter((annotation) => annotation.start !== null).length);
    expect(collection.total).toBe(items.length);
  });

  it('passes every annotationMusts assertion of the W3C test suite', () => {
    const musts = annotationMusts();
    expect(musts).toHaveLength(14);
    for (const item of items) {
      for (const { file, assertion, validate } of musts) {
        const passed = validate(item) === (assertion.expectedResult === 'valid');
        expect(passed, `${file} (${assertion.title}) for ${item.id}`).toBe(true);
      }
    }
  });

  it('catches a non-conforming annotation (the assertions do run)', () => {
    const musts = annotationMusts();
    const broken = { ...items[0], '@context': 'http://example.org/other', created: 'yesterday' };
    const failed = musts.filter(({ assertion, validate }) => validate(broken) !== (assertion.expectedResult === 'valid')).map(({ file }) => file);
    expect(failed).toEqual(['annotations/3.1-annotationContextValidated.json', 'annotations/3.3.1-annotationCreatedValidated.json']);
  });

  it('classifies with the label and describes with the aligned English, language en', () => {
    const actor = items.find((item) => item.body[0]?.value === 'actor' && item.target.selector[0].exact.startsWith('International'));
    expect(actor?.body).toEqual([
      { type: 'TextualBody', purpose: 'classifying', value: 'actor', format: 'text/plain' },
      { type: 'TextualBody', purpose: 'describing', value: 'International Organization for Migration (IOM)', format: 'text/plain', language: 'en' },
    ]);
    const government = items.find((item) => item.target.selector[0].exact === 'pemerintah Laos');
    expect(government?.body.map((body) => body.purpose)).toEqual(['classifying']);
  });

  it('targets the document with quote and position selectors that point at the span', () => {
    for (const item of items) {
      const [quote, position] = item.target.selector;
      expect(item.target.source).toBe(`https://selaras.example.org/documents/${doc.slug}`);
      expect([...doc.text].slice(position.start, position.end).join('')).toBe(quote.exact);
      expect(doc.text.slice(0, doc.text.indexOf(quote.prefix + quote.exact + quote.suffix) + quote.prefix.length)).toHaveLength(position.start);
    }
  });

  it('keeps creator, layer, status, attributes and dates', () => {
    const statistic = items.find((item) => item.body[0]?.value === 'statistic');
    expect(statistic).toMatchObject({
      id: expect.stringMatching(/^urn:uuid:[0-9a-f-]{36}$/),
      type: 'Annotation',
      motivation: 'classifying',
      creator: { type: 'Person', name: 'Sari Wulandari', nickname: 'sari' },
      created: '2024-05-01T08:00:00.000Z',
      modified: '2024-05-02T09:30:00.000Z',
      'selaras:status': 'accepted',
      'selaras:layer': 'sari',
      'selaras:attributes': { value: 195, unit: 'korban' },
    });
    expect(statistic?.['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
  });

  it('counts positions in code points when a character outside the BMP comes before the span', () => {
    const base = bareSeedDocument();
    const unit = base.units[4];
    if (!unit) throw new Error('no unit');
    const doc2: ExportDocument = { ...base, text: `𝔸${base.text}`, units: base.units.map((u) => ({ ...u, start: u.start + 2, end: u.end + 2 })) };
    const shifted = doc2.units[4];
    if (!shifted) throw new Error('no unit');
    const annotation = annotate(doc2, shifted, 'actor', 'International Organization for Migration (IOM)');
    doc2.annotations = [annotation];
    const [item] = exportCollection([doc2]).first.items;
    expect(item?.target.selector[1]).toEqual({ type: 'TextPositionSelector', start: (annotation.start ?? 0) - 1, end: (annotation.end ?? 0) - 1 });
    expect(item?.target.selector[0].exact).toBe('International Organization for Migration (IOM)');
  });

  it('exports an empty collection when nothing matches', () => {
    expect(exportCollection([])).toMatchObject({ total: 0, first: { items: [] } });
  });
});
