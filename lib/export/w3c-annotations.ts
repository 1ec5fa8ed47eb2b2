// W3C Web Annotation Data Model (JSON-LD) export: one Annotation per span, streamed inside an
// AnnotationCollection. Selectors count Unicode code points, as the model requires.
import { createCodePointIndex } from './code-points';
import type { ExportAlignment, ExportAnnotation, ExportDocument } from './export-document';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** Characters of context kept before and after the quote in a TextQuoteSelector. */
const QUOTE_CONTEXT = 32;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ZONED_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

export interface W3cExportMeta {
  /** Where this Selaras instance is served (`https://selaras.example.org`); IRIs are built on it. */
  baseUrl: string;
  exportedAt: string;
}

/** A TextualBody as we write it. */
interface TextualBody {
  type: 'TextualBody';
  purpose: 'classifying' | 'describing';
  value: string;
  format: 'text/plain';
  language?: string;
}

/** One exported annotation (the JSON-LD object, before serialization). */
export interface W3cAnnotation {
  '@context': [typeof ANNOTATION_CONTEXT, Record<string, unknown>];
  id: string;
  type: 'Annotation';
  motivation: 'classifying';
  created?: string;
  modified?: string;
  creator: { type: 'Person'; name: string; nickname: string };
  body: TextualBody[];
  target: {
    source: string;
    selector: [
      { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
      { type: 'TextPositionSelector'; start: number; end: number },
    ];
  };
  'selaras:status': string;
  'selaras:layer': string;
  'selaras:attributes': Record<string, unknown>;
}

function trimBase(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, '');
}

/** Our own terms: a prefix on the instance, and attributes kept as a JSON literal. */
function context(baseUrl: string): W3cAnnotation['@context'] {
  return [ANNOTATION_CONTEXT, { selaras: `${trimBase(baseUrl)}/ns#`, 'selaras:attributes': { '@type': '@json' } }];
}

/** The document's IRI: its reading page on this instance. */
export function documentIri(baseUrl: string, slug: string): string {
  return `${trimBase(baseUrl)}/documents/${encodeURIComponent(slug)}`;
}

/** `urn:uuid:<id>` for a UUID (stable across instances), else an IRI under the instance. */
export function annotationIri(baseUrl: string, id: string): string {
  return UUID.test(id) ? `urn:uuid:${id.toLowerCase()}` : `${trimBase(baseUrl)}/annotations/${encodeURIComponent(id)}`;
}

/** An xsd:dateTime with a time zone, as the model requires, or undefined when `value` is no date. */
function dateTime(value: string): string | undefined {
  if (ZONED_DATE_TIME.test(value)) return value;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

/** Up to QUOTE_CONTEXT characters before `start`, not beginning inside a surrogate pair. */
function prefixAt(text: string, start: number): string {
  let from = Math.max(0, start - QUOTE_CONTEXT);
  if (from > 0 && isHighSurrogate(text.charCodeAt(from - 1))) from++;
  return text.slice(from, start);
}

/** Up to QUOTE_CONTEXT characters after `end`, not ending inside a surrogate pair. */
function suffixAt(text: string, end: number): string {
  let to = Math.min(text.length, end + QUOTE_CONTEXT);
  if (to < text.length && isHighSurrogate(text.charCodeAt(to - 1))) to--;
  return text.slice(end, to);
}

/** The English an alignment points at: the unit's text there, or the stored quote. */
function alignedEnglish(doc: ExportDocument, alignment: ExportAlignment): string {
  const english = doc.units.find((unit) => unit.sentenceId === alignment.sentenceId)?.translation?.text;
  if (english !== undefined && alignment.start >= 0 && alignment.end <= english.length && alignment.start < alignment.end) {
    return english.slice(alignment.start, alignment.end);
  }
  return alignment.quote;
}

/**
 * The W3C annotation for one span of `doc`, or undefined when it cannot be placed (orphaned,
 * deleted, outside the text). Bodies: the label (`classifying`), and the aligned English of each
 * non-broken alignment (`describing`, language en). Status, layer and attributes go in
 * `selaras:` terms declared in the annotation's @context.
 */
export function toW3cAnnotation(
  doc: ExportDocument,
  annotation: ExportAnnotation,
  meta: W3cExportMeta,
  toCodePoints: (utf16Offset: number) => number = createCodePointIndex(doc.text).toCodePoint,
  alignments: readonly ExportAlignment[] = doc.alignments.filter((alignment) => alignment.annotationId === annotation.id),
): W3cAnnotation | undefined {
  const { start, end } = annotation;
  if (annotation.deletedAt !== null || start === null || end === null || start < 0 || start >= end || end > doc.text.length) return undefined;
  const body: TextualBody[] = [{ type: 'TextualBody', purpose: 'classifying', value: annotation.label, format: 'text/plain' }];
  for (const alignment of alignments) {
    if (alignment.state === 'broken') continue;
    body.push({ type: 'TextualBody', purpose: 'describing', value: alignedEnglish(doc, alignment), format: 'text/plain', language: 'en' });
  }
  const created = dateTime(annotation.createdAt);
  const modified = dateTime(annotation.updatedAt);
  return {
    '@context': context(meta.baseUrl),
    id: annotationIri(meta.baseUrl, annotation.id),
    type: 'Annotation',
    motivation: 'classifying',
    ...(created === undefined ? {} : { created }),
    ...(modified === undefined ? {} : { modified }),
    creator: { type: 'Person', name: annotation.creator, nickname: annotation.layer },
    body,
    target: {
      source: documentIri(meta.baseUrl, doc.slug),
      selector: [
        { type: 'TextQuoteSelector', exact: doc.text.slice(start, end), prefix: prefixAt(doc.text, start), suffix: suffixAt(doc.text, end) },
        { type: 'TextPositionSelector', start: toCodePoints(start), end: toCodePoints(end) },
      ],
    },
    'selaras:status': annotation.status,
    'selaras:layer': annotation.layer,
    'selaras:attributes': annotation.attributes,
  };
}

/**
 * The annotations of `docs` as one JSON-LD AnnotationCollection, in chunks (one per annotation):
 * the collection embeds its first and only AnnotationPage, whose `items` are full Annotations
 * (each with its own @context, so each stands alone), and ends with `total`.
 */
export function* writeW3cAnnotations(docs: Iterable<ExportDocument>, meta: W3cExportMeta): Iterable<string> {
  const base = trimBase(meta.baseUrl);
  const collectionId = `${base}/api/export?format=w3c&exportedAt=${encodeURIComponent(meta.exportedAt)}`;
  const head = {
    '@context': ANNOTATION_CONTEXT,
    id: collectionId,
    type: 'AnnotationCollection',
    label: 'Selaras annotations',
    generator: { type: 'Software', name: 'Selaras' },
    ...(dateTime(meta.exportedAt) === undefined ? {} : { generated: dateTime(meta.exportedAt) }),
  };
  const opening = JSON.stringify(head, null, 2).replace(/\n}$/, '');
  yield `${opening},\n  "first": {\n    "id": ${JSON.stringify(`${collectionId}&page=0`)},\n    "type": "AnnotationPage",\n    "startIndex": 0,\n    "items": [`;
  let total = 0;
  for (const doc of docs) {
    const toCodePoints = createCodePointIndex(doc.text).toCodePoint;
    const byAnnotation = new Map<string, ExportAlignment[]>();
    for (const alignment of doc.alignments) {
      const list = byAnnotation.get(alignment.annotationId) ?? [];
      list.push(alignment);
      byAnnotation.set(alignment.annotationId, list);
    }
    for (const annotation of doc.annotations) {
      const item = toW3cAnnotation(doc, annotation, meta, toCodePoints, byAnnotation.get(annotation.id) ?? []);
      if (item === undefined) continue;
      yield `${total === 0 ? '' : ','}\n      ${JSON.stringify(item)}`;
      total++;
    }
  }
  yield `\n    ]\n  },\n  "total": ${total}\n}\n`;
}
