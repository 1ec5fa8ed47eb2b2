// The aligned research corpus (DESIGN §6), format "selaras-aligned-corpus" version 1: documents
// with their normalized and raw text, provenance, blocks, sentences with English and status, and
// annotations with raw offsets and their English counterparts. All offsets are Unicode code
// points. Written as a stream of chunks (one per record), so a whole corpus is never one string.
// What a restore needs besides (who wrote, footnote markers, flags) is written when the document
// carries it; read back by read-aligned-json.ts.
// Schema: lib/export/schema/aligned-corpus.schema.json; reference: docs/aligned-json.md.

import { createCodePointIndex, type CodePointIndex } from './code-points';
import type { DocumentFlag } from '../corpus/types';
import type {
  ExportAlignment,
  ExportAnnotation,
  ExportBlock,
  ExportDocument,
  ExportFilters,
  ExportLayerChoice,
  ExportFootnoteRef,
  ExportTranslation,
  ExportUnit,
} from './export-document';
import { createRawCodePointRange, type RawCodePointRange } from './raw-offsets';

export const ALIGNED_CORPUS_FORMAT = 'selaras-aligned-corpus';
export const ALIGNED_CORPUS_VERSION = 1;

const PROVENANCE_RUNS_PER_CHUNK = 500;

/** What the header records about the export itself. */
export interface AlignedJsonMeta {
  exportedAt: string;
  filters: ExportFilters;
  /** How layers were chosen when no `layers` filter names them (see exportLayerChoice). */
  layerChoice?: ExportLayerChoice;
}

/** Offsets of one document, converted once and shared by every record of it. */
interface DocumentOffsets {
  text: CodePointIndex;
  /** Raw range of a normalized range, through the provenance map. */
  raw: RawCodePointRange;
  rawText: CodePointIndex;
  english: Map<number, CodePointIndex>;
}

function filtersForHeader(filters: ExportFilters, layerChoice: ExportLayerChoice | undefined): ExportFilters & { layerChoice?: ExportLayerChoice } {
  const out: ExportFilters & { layerChoice?: ExportLayerChoice } = {};
  if (filters.documents !== undefined) out.documents = [...filters.documents];
  if (filters.labels !== undefined) out.labels = [...filters.labels];
  if (filters.annotationStatuses !== undefined) out.annotationStatuses = [...filters.annotationStatuses];
  if (filters.layers !== undefined) out.layers = [...filters.layers];
  if (filters.translationStatuses !== undefined) out.translationStatuses = [...filters.translationStatuses];
  if (layerChoice !== undefined) out.layerChoice = layerChoice;
  return out;
}

/** Id of the block holding the UTF-16 offset `at` (blocks sorted by start), or null. */
function blockIdAt(blocks: ExportDocument['blocks'], at: number): number | null {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const block = blocks[mid];
    if (!block) break;
    if (at < block.start) hi = mid - 1;
    else if (at >= block.end) lo = mid + 1;
    else return block.id;
  }
  return null;
}

function spanOf(offsets: DocumentOffsets, start: number, end: number) {
  const raw = offsets.raw(start, end);
  return { start: offsets.text.toCodePoint(start), end: offsets.text.toCodePoint(end), rawStart: raw.start, rawEnd: raw.end };
}

// Undefined fields (a document built without restore details) vanish in JSON.stringify.
function englishRecord(translation: ExportTranslation) {
  return {
    text: translation.text,
    status: translation.status,
    translator: translation.translator,
    updatedAt: translation.updatedAt,
    revision: translation.revision,
    comment: translation.comment,
    createdBy: translation.createdBy,
    createdAt: translation.createdAt,
    updatedBy: translation.updatedBy,
    statusChangedBy: translation.statusChangedBy,
    statusChangedAt: translation.statusChangedAt,
  };
}

function sentenceRecord(unit: ExportUnit, blocks: ExportDocument['blocks'], offsets: DocumentOffsets) {
  return {
    id: unit.sentenceId,
    ord: unit.ord,
    block: unit.blockId ?? blockIdAt(blocks, unit.start),
    ...spanOf(offsets, unit.start, unit.end),
    text: unit.source,
    english: unit.translation === null ? null : englishRecord(unit.translation),
  };
}

function blockRecord(block: ExportBlock, offsets: DocumentOffsets) {
  const span = spanOf(offsets, block.start, block.end);
  // The range stored at import wins: a correction moves the text, never the file.
  const stored = block.rawStart !== undefined && block.rawEnd !== undefined;
  return {
    id: block.id,
    kind: block.kind,
    ...span,
    rawStart: stored ? offsets.rawText.toCodePoint(block.rawStart ?? 0) : span.rawStart,
    rawEnd: stored ? offsets.rawText.toCodePoint(block.rawEnd ?? 0) : span.rawEnd,
    level: block.level,
    footnoteLabel: block.footnoteLabel,
  };
}

function footnoteRefRecord(ref: ExportFootnoteRef, offsets: DocumentOffsets) {
  return {
    label: ref.label,
    offset: offsets.text.toCodePoint(ref.offset),
    footnoteBlock: ref.footnoteBlockId,
    rawStart: offsets.rawText.toCodePoint(ref.rawStart),
    rawEnd: offsets.rawText.toCodePoint(ref.rawEnd),
  };
}

function flagRecord(flag: DocumentFlag, offsets: DocumentOffsets) {
  return { kind: flag.kind, start: offsets.text.toCodePoint(flag.start), end: offsets.text.toCodePoint(flag.end), hint: flag.hint };
}

function alignmentRecord(alignment: ExportAlignment, offsets: DocumentOffsets) {
  const english = offsets.english.get(alignment.sentenceId);
  // A broken alignment may point past English that has since been shortened: it keeps its quote only.
  // (Alignment offsets are UTF-16 here: compare with the English's UTF-16 length.)
  const placed =
    english !== undefined && alignment.start >= 0 && alignment.start <= alignment.end && alignment.end <= english.toUtf16(english.length);
  return {
    id: alignment.id,
    sentence: alignment.sentenceId,
    start: placed ? english.toCodePoint(alignment.start) : null,
    end: placed ? english.toCodePoint(alignment.end) : null,
    quote: alignment.quote,
    state: alignment.state,
  };
}

function annotationRecord(annotation: ExportAnnotation, alignments: readonly ExportAlignment[], offsets: DocumentOffsets) {
  const placed = annotation.start !== null && annotation.end !== null;
  const span =
    annotation.start !== null && annotation.end !== null
      ? spanOf(offsets, annotation.start, annotation.end)
      : { start: null, end: null, rawStart: null, rawEnd: null };
  return {
    id: annotation.id,
    label: annotation.label,
    layer: annotation.layer,
    creator: annotation.creator,
    status: annotation.status,
    anchor: placed ? annotation.anchor : 'orphaned',
    origin: annotation.origin,
    ...span,
    quote: annotation.quote,
    prefix: annotation.prefix,
    suffix: annotation.suffix,
    attributes: annotation.attributes,
    revision: annotation.revision,
    createdAt: annotation.createdAt,
    updatedAt: annotation.updatedAt,
    createdBy: annotation.createdBy,
    updatedBy: annotation.updatedBy,
    previousId: annotation.previousId,
    alignments: alignments.map((alignment) => alignmentRecord(alignment, offsets)),
  };
}

/** One document as a sequence of chunks that together form one JSON object. */
function* writeDocument(doc: ExportDocument): Generator<string> {
  const text = createCodePointIndex(doc.text);
  const raw = createCodePointIndex(doc.rawText);
  const english = new Map<number, CodePointIndex>();
  for (const unit of doc.units) {
    if (unit.translation !== null) english.set(unit.sentenceId, createCodePointIndex(unit.translation.text));
  }
  const offsets: DocumentOffsets = { text, raw: createRawCodePointRange(doc.provenance, doc.rawText), rawText: raw, english };
  // Runs as [start, end, rawStart, rawEnd, kind] tuples: a document has thousands of them.
  const provenance = doc.provenance.map((run) => [
    text.toCodePoint(run.start),
    text.toCodePoint(run.end),
    raw.toCodePoint(run.rawStart),
    raw.toCodePoint(run.rawEnd),
    run.kind,
  ]);
  const head = {
    id: doc.id,
    slug: doc.slug,
    title: doc.title,
    sourcePath: doc.sourcePath,
    version: doc.version,
    revision: doc.revision,
    rawSha256: doc.rawSha256,
    length: text.length,
    rawLength: raw.length,
    importedAt: doc.importedAt,
    flags: doc.flags?.map((flag) => flagRecord(flag, offsets)),
  };
  // The two texts are the largest parts of a document: each is a chunk of its own.
  yield `${JSON.stringify(head).slice(0, -1)},"text":`;
  yield JSON.stringify(doc.text);
  yield ',"rawText":';
  yield JSON.stringify(doc.rawText);
  yield ',"provenance":[';
  for (let i = 0; i < provenance.length; i += PROVENANCE_RUNS_PER_CHUNK) {
    yield (i === 0 ? '' : ',') + JSON.stringify(provenance.slice(i, i + PROVENANCE_RUNS_PER_CHUNK)).slice(1, -1);
  }
  yield ']';
  const blocks = doc.blocks.map((block) => blockRecord(block, offsets));
  yield `,"blocks":${JSON.stringify(blocks)}`;
  if (doc.footnoteRefs !== undefined) {
    yield `,"footnoteRefs":${JSON.stringify(doc.footnoteRefs.map((ref) => footnoteRefRecord(ref, offsets)))}`;
  }
  yield ',"sentences":[';
  let first = true;
  for (const unit of doc.units) {
    yield (first ? '' : ',') + JSON.stringify(sentenceRecord(unit, doc.blocks, offsets));
    first = false;
  }
  yield '],"annotations":[';
  const byAnnotation = new Map<string, ExportAlignment[]>();
  for (const alignment of doc.alignments) {
    const list = byAnnotation.get(alignment.annotationId);
    if (list) list.push(alignment);
    else byAnnotation.set(alignment.annotationId, [alignment]);
  }
  first = true;
  for (const annotation of doc.annotations) {
    yield (first ? '' : ',') + JSON.stringify(annotationRecord(annotation, byAnnotation.get(annotation.id) ?? [], offsets));
    first = false;
  }
  const entities = doc.entities.map((entity) => ({
    id: entity.id,
    canonicalName: entity.canonicalName,
    englishName: entity.englishName,
    type: entity.type,
    aliases: entity.aliases,
  }));
  yield `],"entities":${JSON.stringify(entities)}}`;
}

/**
 * The aligned corpus of `docs` (already filtered: see filterExportDocument) as JSON text in
 * chunks: the header, then each document's head, each sentence and each annotation separately.
 * Documents are read from the iterable one at a time, so memory holds one document at most.
 */
export function* writeAlignedJson(docs: Iterable<ExportDocument>, meta: AlignedJsonMeta): Generator<string> {
  const header = {
    format: ALIGNED_CORPUS_FORMAT,
    version: ALIGNED_CORPUS_VERSION,
    offsets: 'unicode-codepoints',
    sourceLanguage: 'id',
    targetLanguage: 'en',
    exportedAt: meta.exportedAt,
    filters: filtersForHeader(meta.filters, meta.layerChoice),
  };
  yield `${JSON.stringify(header).slice(0, -1)},"documents":[`;
  let first = true;
  for (const doc of docs) {
    if (!first) yield ',';
    yield* writeDocument(doc);
    first = false;
  }
  yield ']}\n';
}
