// Reads an aligned corpus file back (the inverse of aligned-json.ts): checks it against the format,
// converts its code point offsets to the UTF-16 offsets the app uses, and checks what a store must
// be able to trust — offsets inside the texts, quotes equal to the text they point at, raw ranges
// that agree with the provenance map, ids that are unique and refer to something. Pure: the result
// is a list of ExportDocuments, or the first problem named by document and record.
import type { z } from 'zod';
import { findProvenanceViolation } from '../corpus/provenance';
import type { AppErrorCode, AppErrorParams } from '../errors';
import { alignedCorpusSchema, alignedHeaderSchema, type AlignedDocumentRecord } from './aligned-json-format';
import { createCodePointIndex, type CodePointIndex } from './code-points';
import type { ExportAlignment, ExportAnnotation, ExportDocument, ExportFilters, ExportUnit } from './export-document';
import { ENTITY_ATTRIBUTES } from './filter-export-document';
import { createRawCodePointRange } from './raw-offsets';

export interface AlignedCorpus {
  exportedAt: string;
  filters: ExportFilters;
  /**
   * Offsets in UTF-16. Ids are the exporting instance's; an annotation's `layerUserId` is 0 (the
   * layer is known by username only) and its `documentId` is the document's id in the file.
   */
  documents: ExportDocument[];
}

export type ReadAlignedJsonResult =
  | { ok: true; corpus: AlignedCorpus }
  | { ok: false; code: AppErrorCode; params: AppErrorParams };

/** A problem found while converting one document: thrown inside, returned as a value outside. */
class ReadFailure extends Error {
  constructor(
    readonly code: AppErrorCode,
    readonly params: AppErrorParams,
  ) {
    super(code);
  }
}

/** Names a place in the file for a person: `annotations[3] (id a-unicef).start`. */
function recordName(path: readonly PropertyKey[], document: unknown): string {
  const [collection, index, ...rest] = path;
  if (collection === undefined) return '-';
  let name = String(collection);
  if (typeof index === 'number') {
    name += `[${index}]`;
    const list = (document as Record<string, unknown> | undefined)?.[String(collection)];
    const item = Array.isArray(list) ? (list[index] as { id?: unknown } | undefined) : undefined;
    if (item && (typeof item.id === 'string' || typeof item.id === 'number')) name += ` (id ${item.id})`;
  } else if (index !== undefined) {
    name += `.${String(index)}`;
  }
  return rest.length > 0 ? `${name}.${rest.map(String).join('.')}` : name;
}

function documentName(document: unknown, index: number): string {
  const slug = (document as { slug?: unknown } | undefined)?.slug;
  return typeof slug === 'string' && slug !== '' ? slug : `#${index + 1}`;
}

function describeIssue(issue: z.core.$ZodIssue, json: unknown): { code: AppErrorCode; params: AppErrorParams } {
  const [top, index, ...rest] = issue.path;
  if (top === 'documents' && typeof index === 'number') {
    const document = (json as { documents: unknown[] }).documents[index];
    return {
      code: 'alignedJson.invalidRecord',
      params: { document: documentName(document, index), record: recordName(rest, document), problem: issue.message },
    };
  }
  return { code: 'alignedJson.invalidRecord', params: { document: '-', record: issue.path.map(String).join('.') || '-', problem: issue.message } };
}

/** Converts code point offsets of one text, refusing any outside it. */
function converter(index: CodePointIndex, document: string, record: string) {
  return (codePoint: number): number => {
    if (codePoint > index.length) throw new ReadFailure('alignedJson.outOfRange', { document, record, offset: codePoint, length: index.length });
    return index.toUtf16(codePoint);
  };
}

function uniqueIds<T extends string | number>(ids: readonly T[], document: string, what: string): Set<T> {
  const seen = new Set<T>();
  for (const id of ids) {
    if (seen.has(id)) throw new ReadFailure('alignedJson.inconsistent', { document, record: `${what} (id ${id})`, problem: 'duplicate id' });
    seen.add(id);
  }
  return seen;
}

function inconsistent(document: string, record: string, problem: string): ReadFailure {
  return new ReadFailure('alignedJson.inconsistent', { document, record, problem });
}

/** One document record as an ExportDocument in UTF-16, after every check. */
function convertDocument(record: AlignedDocumentRecord, name: string, annotationIds: Set<string>): ExportDocument {
  const text = createCodePointIndex(record.text);
  const raw = createCodePointIndex(record.rawText);
  if (text.length !== record.length) throw inconsistent(name, 'length', `text has ${text.length} code points, not ${record.length}`);
  if (raw.length !== record.rawLength) throw inconsistent(name, 'rawLength', `rawText has ${raw.length} code points, not ${record.rawLength}`);

  const provenance = record.provenance.map(([start, end, rawStart, rawEnd, kind], i) => {
    const inText = converter(text, name, `provenance[${i}]`);
    const inRaw = converter(raw, name, `provenance[${i}]`);
    return { start: inText(start), end: inText(end), rawStart: inRaw(rawStart), rawEnd: inRaw(rawEnd), kind };
  });
  const violation = findProvenanceViolation(record.rawText, record.text, provenance);
  if (violation) throw inconsistent(name, 'provenance', violation);
  const rawRange = createRawCodePointRange(provenance, record.rawText);

  /** UTF-16 range of a code point range, checked against the raw range the provenance gives. */
  const span = (at: string, start: number, end: number, rawStart?: number, rawEnd?: number) => {
    const toUtf16 = converter(text, name, at);
    const range = { start: toUtf16(start), end: toUtf16(end) };
    if (range.end < range.start) throw new ReadFailure('alignedJson.outOfRange', { document: name, record: at, offset: end, length: text.length });
    if (rawStart !== undefined && rawEnd !== undefined) {
      const expected = rawRange(range.start, range.end);
      if (expected.start !== rawStart || expected.end !== rawEnd) {
        throw inconsistent(name, at, `raw range [${rawStart}, ${rawEnd}) disagrees with the provenance map ([${expected.start}, ${expected.end}))`);
      }
    }
    return range;
  };

  const blockIds = uniqueIds(record.blocks.map((b) => b.id), name, 'blocks');
  const blocks = record.blocks.map((block, i) => {
    const at = `blocks[${i}] (id ${block.id})`;
    const toRaw = converter(raw, name, at);
    return {
      id: block.id,
      kind: block.kind,
      ...span(at, block.start, block.end),
      level: block.level,
      footnoteLabel: block.footnoteLabel,
      rawStart: toRaw(block.rawStart),
      rawEnd: toRaw(block.rawEnd),
    };
  });
  const footnoteRefs = record.footnoteRefs?.map((ref, i) => {
    const at = `footnoteRefs[${i}]`;
    if (ref.footnoteBlock !== null && !blockIds.has(ref.footnoteBlock)) throw inconsistent(name, at, `no block ${ref.footnoteBlock}`);
    const toRaw = converter(raw, name, at);
    return { label: ref.label, offset: converter(text, name, at)(ref.offset), footnoteBlockId: ref.footnoteBlock, rawStart: toRaw(ref.rawStart), rawEnd: toRaw(ref.rawEnd) };
  });
  const flags = record.flags?.map((flag, i) => ({ ...flag, ...span(`flags[${i}]`, flag.start, flag.end) }));

  const sentenceIds = uniqueIds(record.sentences.map((s) => s.id), name, 'sentences');
  const englishBySentence = new Map<number, CodePointIndex>();
  const units: ExportUnit[] = record.sentences.map((sentence, i) => {
    const at = `sentences[${i}] (id ${sentence.id})`;
    const range = span(at, sentence.start, sentence.end, sentence.rawStart, sentence.rawEnd);
    if (record.text.slice(range.start, range.end) !== sentence.text) throw new ReadFailure('alignedJson.quoteMismatch', { document: name, record: at });
    if (sentence.block !== null && !blockIds.has(sentence.block)) throw inconsistent(name, at, `no block ${sentence.block}`);
    if (sentence.english) englishBySentence.set(sentence.id, createCodePointIndex(sentence.english.text));
    return { sentenceId: sentence.id, ord: sentence.ord, ...range, source: sentence.text, blockId: sentence.block ?? undefined, translation: sentence.english };
  });

  const entityIds = uniqueIds(record.entities.map((e) => e.id), name, 'entities');
  const alignmentIds = new Set<string>();
  const alignments: ExportAlignment[] = [];
  const annotations: ExportAnnotation[] = record.annotations.map((annotation, i) => {
    const at = `annotations[${i}] (id ${annotation.id})`;
    if (annotationIds.has(annotation.id)) throw inconsistent(name, at, 'duplicate id');
    annotationIds.add(annotation.id);
    const placed = annotation.start !== null && annotation.end !== null;
    if ((annotation.start === null) !== (annotation.end === null) || placed !== (annotation.anchor !== 'orphaned')) {
      throw inconsistent(name, at, 'offsets must be null exactly when the anchor is orphaned');
    }
    let range: { start: number | null; end: number | null } = { start: null, end: null };
    if (annotation.start !== null && annotation.end !== null) {
      range = span(at, annotation.start, annotation.end, annotation.rawStart ?? -1, annotation.rawEnd ?? -1);
      if (range.end === range.start) throw inconsistent(name, at, 'empty span');
      if (record.text.slice(range.start ?? 0, range.end ?? 0) !== annotation.quote) {
        throw new ReadFailure('alignedJson.quoteMismatch', { document: name, record: at });
      }
    }
    for (const attribute of ENTITY_ATTRIBUTES) {
      const value = annotation.attributes[attribute];
      if (typeof value === 'number' && !entityIds.has(value)) throw inconsistent(name, `${at}.attributes.${attribute}`, `no entity ${value}`);
    }
    annotation.alignments.forEach((alignment, j) => {
      const where = `${at}.alignments[${j}]`;
      if (alignmentIds.has(alignment.id)) throw inconsistent(name, where, 'duplicate id');
      alignmentIds.add(alignment.id);
      const english = englishBySentence.get(alignment.sentence);
      if (!sentenceIds.has(alignment.sentence) || !english) throw inconsistent(name, where, `sentence ${alignment.sentence} has no English`);
      const toUtf16 = converter(english, name, where);
      // A broken alignment the writer could not place keeps its quote; it is stored at the end of the English.
      const start = alignment.start === null ? english.toUtf16(english.length) : toUtf16(alignment.start);
      const end = alignment.end === null ? start : toUtf16(alignment.end);
      if (end < start) throw new ReadFailure('alignedJson.outOfRange', { document: name, record: where, offset: alignment.end ?? 0, length: english.length });
      const englishText = record.sentences.find((s) => s.id === alignment.sentence)?.english?.text ?? '';
      if (alignment.state === 'aligned' && englishText.slice(start, end) !== alignment.quote) {
        throw new ReadFailure('alignedJson.quoteMismatch', { document: name, record: where });
      }
      alignments.push({ id: alignment.id, annotationId: annotation.id, sentenceId: alignment.sentence, start, end, quote: alignment.quote, state: alignment.state });
    });
    const { alignments: _alignments, rawStart: _rawStart, rawEnd: _rawEnd, ...rest } = annotation;
    return { ...rest, ...range, documentId: record.id, layerUserId: 0, deletedAt: null };
  });

  return {
    id: record.id,
    slug: record.slug,
    title: record.title,
    sourcePath: record.sourcePath,
    version: record.version,
    rawSha256: record.rawSha256,
    revision: record.revision,
    text: record.text,
    rawText: record.rawText,
    provenance,
    blocks,
    units,
    annotations,
    alignments,
    entities: record.entities,
    importedAt: record.importedAt,
    flags,
    footnoteRefs,
  };
}

/**
 * Reads the text of an aligned corpus file. The first problem found is the answer, naming the
 * document (slug) and record; nothing is partly read.
 */
export function readAlignedJson(source: string): ReadAlignedJsonResult {
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (error) {
    return { ok: false, code: 'alignedJson.invalidJson', params: { problem: error instanceof Error ? error.message : String(error) } };
  }
  const header = alignedHeaderSchema.safeParse(json);
  if (!header.success) {
    const value = (json ?? {}) as { format?: unknown; version?: unknown };
    return { ok: false, code: 'alignedJson.wrongFormat', params: { format: String(value.format ?? '-'), version: String(value.version ?? '-') } };
  }
  const parsed = alignedCorpusSchema.safeParse(json);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    if (!issue) return { ok: false, code: 'alignedJson.invalidRecord', params: { document: '-', record: '-', problem: 'invalid' } };
    return { ok: false, ...describeIssue(issue, json) };
  }
  const annotationIds = new Set<string>();
  const slugs = new Set<string>();
  const documents: ExportDocument[] = [];
  try {
    parsed.data.documents.forEach((record, i) => {
      const name = documentName(record, i);
      if (slugs.has(record.slug)) throw inconsistent(name, 'slug', 'two documents have this slug');
      slugs.add(record.slug);
      documents.push(convertDocument(record, name, annotationIds));
    });
  } catch (error) {
    if (error instanceof ReadFailure) return { ok: false, code: error.code, params: error.params };
    throw error;
  }
  return { ok: true, corpus: { exportedAt: parsed.data.exportedAt, filters: parsed.data.filters, documents } };
}
