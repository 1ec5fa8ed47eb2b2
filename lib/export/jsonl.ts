// JSONL for NLP training: one Indonesian–English sentence pair per line,
// {id, doc, status, src, tgt, src_spans, tgt_spans}, spans [start, end, label, entity] in Unicode
// code points of src and tgt. One chunk per line, so a whole corpus streams.

import { createCodePointIndex } from './code-points';
import type { ExportAnnotation, ExportDocument } from './export-document';
import type { UnitStatus } from '../translation/unit-status';

/** [start, end, label, entity]: code points into the line's text; entity is the linked registry name, or null. */
export type JsonlSpan = [number, number, string, string | null];

/** One line of the file. */
export interface JsonlRecord {
  /** `<document slug>:<sentence id>`, unique across the corpus. */
  id: string;
  doc: string;
  status: UnitStatus | null;
  src: string;
  tgt: string | null;
  src_spans: JsonlSpan[];
  tgt_spans: JsonlSpan[];
}

export interface JsonlOptions {
  /** Also write sentences without English (tgt null, no tgt_spans). Default false: pairs only. */
  includeUntranslated?: boolean;
}

function entityNameOf(annotation: ExportAnnotation, names: ReadonlyMap<number, string>): string | null {
  const id = annotation.attributes.entity;
  return typeof id === 'number' ? (names.get(id) ?? null) : null;
}

function compareSpans(a: JsonlSpan, b: JsonlSpan): number {
  return a[0] - b[0] || b[1] - a[1] || a[2].localeCompare(b[2]);
}

/** Spans once each, in text order (two annotators marking the same words give one span). */
function uniqueSpans(spans: JsonlSpan[]): JsonlSpan[] {
  const seen = new Set<string>();
  return spans.sort(compareSpans).filter((span) => {
    const key = JSON.stringify(span);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The records of one document, in sentence order. */
export function* jsonlRecordsOf(doc: ExportDocument, options: JsonlOptions = {}): Generator<JsonlRecord> {
  const names = new Map(doc.entities.map((entity) => [entity.id, entity.canonicalName] as const));
  // Rejected and orphaned annotations say nothing about the words; training data leaves them out.
  const usable = doc.annotations.filter(
    (annotation) => annotation.status !== 'rejected' && annotation.start !== null && annotation.end !== null,
  );
  const byId = new Map(usable.map((annotation) => [annotation.id, annotation] as const));
  for (const unit of doc.units) {
    if (unit.translation === null && !options.includeUntranslated) continue;
    const src = createCodePointIndex(unit.source);
    const srcSpans: JsonlSpan[] = [];
    for (const annotation of usable) {
      if (annotation.start === null || annotation.end === null) continue;
      // A span crossing a sentence boundary appears, clipped, in each sentence it touches.
      const start = Math.max(annotation.start, unit.start);
      const end = Math.min(annotation.end, unit.end);
      if (start >= end) continue;
      srcSpans.push([src.toCodePoint(start - unit.start), src.toCodePoint(end - unit.start), annotation.label, entityNameOf(annotation, names)]);
    }
    const tgtSpans: JsonlSpan[] = [];
    if (unit.translation !== null) {
      const tgt = createCodePointIndex(unit.translation.text);
      for (const alignment of doc.alignments) {
        const annotation = byId.get(alignment.annotationId);
        if (alignment.sentenceId !== unit.sentenceId || alignment.state === 'broken' || annotation === undefined) continue;
        if (alignment.start < 0 || alignment.end <= alignment.start || alignment.end > unit.translation.text.length) continue;
        tgtSpans.push([tgt.toCodePoint(alignment.start), tgt.toCodePoint(alignment.end), annotation.label, entityNameOf(annotation, names)]);
      }
    }
    yield {
      id: `${doc.slug}:${unit.sentenceId}`,
      doc: doc.slug,
      status: unit.translation?.status ?? null,
      src: unit.source,
      tgt: unit.translation?.text ?? null,
      src_spans: uniqueSpans(srcSpans),
      tgt_spans: uniqueSpans(tgtSpans),
    };
  }
}

/** JSON leaves U+0085, U+2028 and U+2029 raw; some line readers split on them, so escape them. */
function escapeLineSeparators(json: string): string {
  return json.replace(/[\u0085\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The JSONL file for `docs` (already filtered), one chunk per line, each ending in "\n". */
export function* writeJsonl(docs: Iterable<ExportDocument>, options: JsonlOptions = {}): Generator<string> {
  for (const doc of docs) {
    for (const record of jsonlRecordsOf(doc, options)) yield `${escapeLineSeparators(JSON.stringify(record))}\n`;
  }
}
