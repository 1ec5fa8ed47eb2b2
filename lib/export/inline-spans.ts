// Annotation spans inside one translation unit, for the XLIFF writers: which annotations fall in
// a unit's source (clipped to it), which are aligned in its English, and how to lay overlapping
// spans out as well-formed inline markup (nested elements, standalone markers, or split pieces).
import type { ExportAnnotation, ExportDocument, ExportUnit } from './export-document';

/** An annotation's span inside a unit's source or target text; offsets are relative to that text. */
export interface InlineSpan {
  /** NMTOKEN-safe marker id, the same in source and target and unique within the document. */
  markerId: string;
  start: number;
  end: number;
  annotation: ExportAnnotation;
}

/** One step of inline markup, in document order. */
export type InlinePiece =
  | { kind: 'text'; text: string }
  | { kind: 'open'; span: InlineSpan }
  | { kind: 'close'; span: InlineSpan }
  /** Standalone start / end markers (XLIFF 2 `<sm/>` / `<em/>`) for a span that does not nest. */
  | { kind: 'start-marker'; span: InlineSpan }
  | { kind: 'end-marker'; span: InlineSpan };

/** The spans of one document, grouped by sentence id. */
export interface UnitSpanIndex {
  source(unit: ExportUnit): InlineSpan[];
  /** Aligned spans in the unit's English, only for annotations that also have a span in its source. */
  target(unit: ExportUnit): InlineSpan[];
}

/** Whether an annotation can be placed: live, anchored and inside the text. */
function isPlaceable(annotation: ExportAnnotation, textLength: number): annotation is ExportAnnotation & { start: number; end: number } {
  const { start, end } = annotation;
  return annotation.deletedAt === null && start !== null && end !== null && start >= 0 && start < end && end <= textLength;
}

/** Marker ids `a` + the annotation id with characters outside [A-Za-z0-9._-] made `_`, deduplicated. */
function assignMarkerIds(annotations: ExportAnnotation[]): Map<string, string> {
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  for (const annotation of annotations) {
    if (ids.has(annotation.id)) continue;
    const base = `a${annotation.id.replace(/[^A-Za-z0-9._-]/g, '_')}`;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}.${n}`;
    taken.add(id);
    ids.set(annotation.id, id);
  }
  return ids;
}

/** Index of the last unit whose start is <= `offset` (units sorted by start), or -1. */
function lastUnitStartingAtOrBefore(units: ExportUnit[], offset: number): number {
  let low = 0;
  let high = units.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const unit = units[mid];
    if (unit !== undefined && unit.start <= offset) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

/**
 * Builds the span index of `doc`. An annotation crossing sentence boundaries gets a clipped span
 * in each unit it touches (with the same marker id). Orphaned and deleted annotations are left
 * out; so are broken alignments and alignments outside their unit's English.
 */
export function indexUnitSpans(doc: ExportDocument): UnitSpanIndex {
  const units = [...doc.units].sort((a, b) => a.start - b.start);
  const placeable = doc.annotations.filter((annotation) => isPlaceable(annotation, doc.text.length));
  const markerIds = assignMarkerIds(placeable);
  const sourceBySentence = new Map<number, InlineSpan[]>();
  for (const annotation of placeable) {
    const start = annotation.start ?? 0;
    const end = annotation.end ?? 0;
    const markerId = markerIds.get(annotation.id) ?? '';
    for (let i = Math.max(0, lastUnitStartingAtOrBefore(units, start)); i < units.length; i++) {
      const unit = units[i];
      if (unit === undefined || unit.start >= end) break;
      const from = Math.max(start, unit.start);
      const to = Math.min(end, unit.end);
      if (from >= to) continue;
      const spans = sourceBySentence.get(unit.sentenceId) ?? [];
      spans.push({ markerId, start: from - unit.start, end: to - unit.start, annotation });
      sourceBySentence.set(unit.sentenceId, spans);
    }
  }
  const annotationsById = new Map(placeable.map((annotation) => [annotation.id, annotation]));
  const alignmentsBySentence = new Map<number, typeof doc.alignments>();
  for (const alignment of doc.alignments) {
    if (alignment.state === 'broken') continue;
    const list = alignmentsBySentence.get(alignment.sentenceId) ?? [];
    list.push(alignment);
    alignmentsBySentence.set(alignment.sentenceId, list);
  }
  return {
    source: (unit) => sourceBySentence.get(unit.sentenceId) ?? [],
    target(unit) {
      const english = unit.translation?.text;
      if (english === undefined) return [];
      const inSource = new Set((sourceBySentence.get(unit.sentenceId) ?? []).map((span) => span.annotation.id));
      const spans: InlineSpan[] = [];
      for (const alignment of alignmentsBySentence.get(unit.sentenceId) ?? []) {
        const annotation = annotationsById.get(alignment.annotationId);
        if (annotation === undefined || !inSource.has(annotation.id)) continue;
        if (alignment.start < 0 || alignment.start >= alignment.end || alignment.end > english.length) continue;
        spans.push({ markerId: markerIds.get(annotation.id) ?? '', start: alignment.start, end: alignment.end, annotation });
      }
      return spans;
    },
  };
}

/** Spans by start, longer first, so an enclosing span comes before the spans it encloses. */
function sortSpans(spans: InlineSpan[]): InlineSpan[] {
  return [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Sorted distinct boundary offsets of `spans`, with 0 and `length`. */
function boundaries(spans: InlineSpan[], length: number): number[] {
  const set = new Set<number>([0, length]);
  for (const span of spans) set.add(span.start).add(span.end);
  return [...set].sort((a, b) => a - b);
}

/**
 * Lays out spans as XLIFF 2 allows: spans that nest become elements (`open`/`close`, i.e.
 * `<mrk>`), and a span that crosses an enclosing span's end becomes a pair of standalone markers
 * (`<sm/>`/`<em/>`), so the markup is always well-formed. Empty spans are skipped.
 */
export function layOutWithMarkers(text: string, spans: InlineSpan[]): InlinePiece[] {
  const sorted = sortSpans(spans).filter((span) => span.start < span.end && span.end <= text.length);
  const nested = new Set<InlineSpan>();
  const stack: InlineSpan[] = [];
  for (const span of sorted) {
    while (stack.length > 0 && (stack[stack.length - 1]?.end ?? 0) <= span.start) stack.pop();
    const top = stack[stack.length - 1];
    if (top === undefined || top.end >= span.end) {
      nested.add(span);
      stack.push(span);
    }
  }
  const pieces: InlinePiece[] = [];
  const open: InlineSpan[] = [];
  const points = boundaries(sorted, text.length);
  points.forEach((at, i) => {
    while (open.length > 0 && open[open.length - 1]?.end === at) {
      const span = open.pop();
      if (span) pieces.push({ kind: 'close', span });
    }
    for (const span of sorted) if (!nested.has(span) && span.end === at) pieces.push({ kind: 'end-marker', span });
    for (const span of sorted) if (!nested.has(span) && span.start === at) pieces.push({ kind: 'start-marker', span });
    for (const span of sorted) {
      if (nested.has(span) && span.start === at) {
        pieces.push({ kind: 'open', span });
        open.push(span);
      }
    }
    const next = points[i + 1];
    if (next !== undefined && next > at) pieces.push({ kind: 'text', text: text.slice(at, next) });
  });
  return pieces;
}

/**
 * Lays out spans as nested elements only (XLIFF 1.2 has no standalone annotation markers): a span
 * that would cross another is closed and re-opened around it, so it comes out as several
 * consecutive elements with the same marker id. Empty spans are skipped.
 */
export function layOutBySplitting(text: string, spans: InlineSpan[]): InlinePiece[] {
  const sorted = sortSpans(spans).filter((span) => span.start < span.end && span.end <= text.length);
  const pieces: InlinePiece[] = [];
  const open: InlineSpan[] = [];
  const points = boundaries(sorted, text.length);
  points.forEach((at, i) => {
    const deepestEnding = open.findIndex((span) => span.end === at);
    if (deepestEnding >= 0) {
      const closed = open.splice(deepestEnding);
      for (let j = closed.length - 1; j >= 0; j--) {
        const span = closed[j];
        if (span) pieces.push({ kind: 'close', span });
      }
      for (const span of closed) {
        if (span.end === at) continue;
        pieces.push({ kind: 'open', span });
        open.push(span);
      }
    }
    for (const span of sorted) {
      if (span.start === at) {
        pieces.push({ kind: 'open', span });
        open.push(span);
      }
    }
    const next = points[i + 1];
    if (next !== undefined && next > at) pieces.push({ kind: 'text', text: text.slice(at, next) });
  });
  return pieces;
}
